import ShegongAggregation

extension ReportViewModel {
  /// `townships`: every township with the figures of the beneficiaries living in it.
  var townships: TemplateValue {
    .list(
      figures.byTownship.map { row in
        .object([
          "area_code": cell(row.areaCode),
          "name": cell(row.name),
          "has_station": .text(labels.flag(row.hasStation)),
          "villages_total": count(row.villagesTotal),
          "villages_with_station_or_point": count(row.villagesWithStationOrPoint),
          "village_station_coverage": percent(ratio(row.villagesWithStationOrPoint, row.villagesTotal)),
          "beneficiaries_registered": count(row.beneficiariesRegistered),
          "registered_served": count(row.registeredServed),
          "service_coverage": percent(row.serviceCoverage),
          "households_visited": count(row.householdsVisited),
          "service_records": count(row.serviceRecords),
          "overdue_beneficiaries": count(row.overdueBeneficiaries),
        ])
      })
  }

  /// `categories`: the 13 categories, then the three groups (`group` true).
  var categories: TemplateValue {
    .list(
      figures.byCategory.map { row in
        .object([
          "code": .text(row.code),
          "label": cell(language == .chinese ? row.label : row.englishLabel),
          "group": .bool(row.isGroup),
          "beneficiaries_registered": count(row.beneficiariesRegistered),
          "registered_served": count(row.registeredServed),
          "service_coverage": percent(row.serviceCoverage),
          "service_records": count(row.serviceRecords),
          "overdue_beneficiaries": count(row.overdueBeneficiaries),
        ])
      })
  }

  /// `disability_types`: the seven disability types.
  var disabilityTypes: TemplateValue {
    .list(figures.byDisability.filter { !$0.isColour }.map(disabilityItem))
  }

  /// `ledger`: the four colours of the ledger (四色台账).
  var ledger: TemplateValue {
    .list(figures.byDisability.filter(\.isColour).map(disabilityItem))
  }

  private func disabilityItem(_ row: DisabilityRow) -> TemplateValue {
    .object([
      "code": .text(row.code),
      "label": cell(language == .chinese ? row.label : row.englishLabel),
      "beneficiaries_registered": count(row.beneficiariesRegistered),
      "registered_served": count(row.registeredServed),
      "service_coverage": percent(ratio(row.registeredServed, row.beneficiariesRegistered)),
    ])
  }

  /// `service_types`: all nine service types.
  var serviceTypes: TemplateValue {
    .list(
      figures.byServiceType.map { row in
        .object([
          "code": .text(row.serviceType.code),
          "label": .text(labels.label(row.serviceType)),
          "records": count(row.records),
          "hours": hours(minutes: row.minutes),
          "beneficiaries": count(row.beneficiaries),
        ])
      })
  }

  /// `activity_groups`: the activities by target group.
  var activityGroups: TemplateValue {
    .list(
      figures.byActivityGroup.map { row in
        .object([
          "code": .text(row.targetGroup.code),
          "label": .text(labels.label(row.targetGroup)),
          "activities": count(row.activities),
          "activity_participants": count(row.activityParticipants),
          "beneficiaries": count(row.beneficiaries),
        ])
      })
  }
}
