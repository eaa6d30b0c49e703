import ShegongAggregation

extension ReportViewModel {
  /// `overdue`: `count` (all overdue beneficiaries), `never` (never contacted), `listed` and
  /// `rows` (the first ``ReportMarkdown/overdueListed``, longest since contact first) and `more`
  /// (whether some are not listed) and `any` (whether there are any).
  var overdue: TemplateValue {
    var stationNames: [String: String] = [:]
    for station in figures.byStation {
      stationNames[station.stationId] = station.name
    }
    let listed = figures.overdue.prefix(ReportMarkdown.overdueListed)
    let rows: [TemplateValue] = listed.map { row in
      .object([
        "beneficiary_id": cell(row.beneficiaryId),
        "name": cell(row.name),
        "station_id": cell(row.stationId),
        "station_name": cell(stationNames[row.stationId] ?? ""),
        "area_code": cell(row.areaCode),
        "categories": cell(row.categories.map { labels.label($0) }.joined(separator: labels.listSeparator)),
        "interval_days": count(row.intervalDays),
        "last_contact": .text(row.lastContact.map { ReportFormat.day($0) } ?? labels.neverContacted),
        "days_since": .text(row.daysSince.map { ReportFormat.integer($0) } ?? ReportFormat.missing),
      ])
    }
    return .object([
      "count": count(figures.overdue.count),
      "never": count(figures.overdue.neverContactedCount),
      "listed": count(rows.count),
      "rows": .list(rows),
      "more": .bool(figures.overdue.count > rows.count),
      "any": .bool(!rows.isEmpty),
    ])
  }
}
