import ShegongAggregation

extension ReportViewModel {
  /// `stations`: every station and point.
  var stations: TemplateValue {
    .list(
      figures.byStation.map { row in
        .object([
          "station_id": cell(row.stationId),
          "name": cell(row.name),
          "type": .text(labels.label(row.type)),
          "township": cell(row.townshipCode),
          "township_name": cell(row.townshipName),
          "active": .text(labels.flag(row.active)),
          "posts_planned": count(row.postsPlanned),
          "social_workers_on_post": count(row.socialWorkersOnPost),
          "vacancies": count(row.vacancies),
          "beneficiaries_registered": count(row.beneficiariesRegistered),
          "registered_served": count(row.registeredServed),
          "service_coverage": percent(row.serviceCoverage),
          "households_visited": count(row.householdsVisited),
          "service_records": count(row.serviceRecords),
          "activities": count(row.activities),
          "activity_participants": count(row.activityParticipants),
          "person_times": count(row.personTimes),
          "social_worker_hours": hours(minutes: row.socialWorkerMinutes),
          "volunteer_hours": hours(minutes: row.volunteerMinutes),
          "reporting": .text(labels.flag(row.reporting)),
          "overdue_beneficiaries": count(row.overdueBeneficiaries),
        ])
      })
  }

  /// `non_reporting`: `count`, `rows` (the active stations and points with nothing in the period)
  /// and the flag `any`.
  var nonReporting: TemplateValue {
    var townshipNames: [String: String] = [:]
    for township in figures.byTownship {
      townshipNames[township.areaCode] = township.name
    }
    let rows: [TemplateValue] = figures.nonReportingStations.map { row in
      .object([
        "station_id": cell(row.stationId),
        "name": cell(row.name),
        "type": .text(labels.label(row.type)),
        "township": cell(row.townshipCode),
        "township_name": cell(townshipNames[row.townshipCode] ?? ""),
      ])
    }
    return .object(["count": count(rows.count), "rows": .list(rows), "any": .bool(!rows.isEmpty)])
  }
}
