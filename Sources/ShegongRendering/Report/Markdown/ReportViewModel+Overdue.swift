import ShegongAggregation

extension ReportViewModel {
  /// `overdue`: `count` (all overdue beneficiaries), `never` (never contacted), `listed` and
  /// `rows` (the first ``ReportMarkdown/overdueListed``, longest since contact first) and `more`
  /// (whether some are not listed) and `any` (whether any are listed); `withheld` is true when
  /// the report suppresses small cells (``smallCells``), which leaves the list out; `file` names
  /// the CSV that holds the complete list.
  var overdue: TemplateValue {
    let withheld = smallCells != nil && !isShape
    let rows = withheld ? [] : items(figures.overdue.prefix(ReportMarkdown.overdueListed), Tables.overdue)
    return .object([
      "count": count(figures.overdue.count),
      "never": count(figures.overdue.neverContactedCount),
      "listed": count(rows.count),
      "rows": .list(rows),
      "more": .bool(figures.overdue.count > rows.count),
      "any": .bool(!rows.isEmpty),
      "withheld": .bool(withheld && figures.overdue.count > 0),
      "file": .text(OverdueCSV.fileName(for: figures.period)),
    ])
  }
}
