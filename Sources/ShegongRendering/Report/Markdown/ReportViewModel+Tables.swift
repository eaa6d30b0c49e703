import ShegongAggregation
import ShegongValidation

extension ReportViewModel {
  /// The Markdown items of `rows`: one object per row, the columns of `table` that the report
  /// shows by their template names. Building a shape (``ReportViewModel/isShape``), an empty
  /// list gets one item whose every column has no value, so that a template's names inside the
  /// list's section are checked too.
  func items<Rows: Sequence>(_ rows: Rows, _ table: Table<Rows.Element>) -> [TemplateValue] {
    let columns = table.columns(in: .markdown)
    let items: [TemplateValue] = rows.map { .object(members($0, columns)) }
    guard isShape, items.isEmpty else { return items }
    return [.object(Dictionary(uniqueKeysWithValues: columns.map { ($0.templateName, value(.none, in: $0)) }))]
  }

  /// The Markdown items of `rows`, as ``items(_:_:)`` makes them, with the small counts of
  /// beneficiaries and households hidden when the report suppresses them (``smallCells``).
  func protectedItems<Rows: Sequence>(_ rows: Rows, _ table: Table<Rows.Element>) -> [TemplateValue]
  where Rows.Element: FigureRow {
    guard let smallCells else { return items(rows, table) }
    let columns = table.columns(in: .markdown)
    let keyed = columns.compactMap { column in HeadlineKey(rawValue: column.key).map { (column.templateName, $0) } }
    let items: [TemplateValue] = rows.map { row in
      var members = members(row, columns)
      for (name, key) in keyed {
        if let text = smallCells.replacement(for: key, in: row) { members[name] = .text(text) }
      }
      return .object(members)
    }
    return items.isEmpty ? self.items(rows, table) : items
  }

  /// The members of one row's item: each column's value by its template name.
  func members<Row>(_ row: Row, _ columns: [TableColumn<Row>]) -> [String: TemplateValue] {
    Dictionary(uniqueKeysWithValues: columns.map { ($0.templateName, value($0.value(row), in: $0)) })
  }

  /// A table cell as the report shows it: formatted figures, labels in the report's language,
  /// inputs' text escaped for a table cell, and `—` (or the column's own wording) for no value.
  func value<Row>(_ field: FieldValue, in column: TableColumn<Row>) -> TemplateValue {
    switch field {
    case .figure(let figure): .text(figure.text)
    case .text(let text): cell(text)
    case .term(_, let label), .label(let label): cell(label.text(language))
    case .flag(let flag): column.isCondition ? .bool(flag) : .text(labels.flag(flag))
    case .day(let day): .text(ReportFormat.day(day))
    case .categories(let categories): cell(categories.map { labels.label($0) }.joined(separator: labels.listSeparator))
    case .none: .text(column.missing?.text(language) ?? ReportFormat.missing)
    }
  }

  /// `stations`: every station and point.
  var stations: TemplateValue { .list(protectedItems(figures.byStation, Tables.byStation)) }

  /// `non_reporting`: `count`, `rows` (the active stations and points with nothing in the period)
  /// and the flag `any`.
  var nonReporting: TemplateValue {
    let rows = items(figures.nonReportingStations, Tables.nonReportingStations)
    return .object(["count": count(rows.count), "rows": .list(rows), "any": .bool(!rows.isEmpty)])
  }

  /// `anomalies`: `count`, `rows` (the stations whose services are far from their usual month's),
  /// and the flags `any` and `compared` (a month period: the only kind stations are compared for).
  var anomalies: TemplateValue {
    let rows = items(figures.stationAnomalies, Tables.stationAnomalies)
    return .object([
      "count": count(rows.count), "rows": .list(rows), "any": .bool(!rows.isEmpty),
      "compared": .bool(figures.period.kind == .month),
    ])
  }

  /// `townships`: every township with the figures of the beneficiaries living in it.
  var townships: TemplateValue { .list(protectedItems(figures.byTownship, Tables.byTownship)) }

  /// `categories`: the 13 categories, then the three groups (`group` true).
  var categories: TemplateValue { .list(protectedItems(figures.byCategory, Tables.byCategory)) }

  /// `disability_types`: the seven disability types.
  var disabilityTypes: TemplateValue {
    .list(protectedItems(figures.byDisability.filter { !$0.isColour }, Tables.byDisability))
  }

  /// `ledger`: the four colours of the ledger (四色台账).
  var ledger: TemplateValue { .list(protectedItems(figures.byDisability.filter(\.isColour), Tables.byDisability)) }

  /// `service_types`: all nine service types.
  var serviceTypes: TemplateValue { .list(items(figures.byServiceType, Tables.byServiceType)) }

  /// `activity_groups`: the activities by target group.
  var activityGroups: TemplateValue { .list(items(figures.byActivityGroup, Tables.byActivityGroup)) }
}
