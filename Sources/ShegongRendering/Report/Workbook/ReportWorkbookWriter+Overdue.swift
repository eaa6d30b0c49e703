import ShegongAggregation
import ShegongValidation

extension ReportWorkbookWriter {
  /// 待回访: the overdue beneficiaries, never contacted and longest since contact first, with a
  /// note when the sheet cannot hold them all.
  func writeOverdue(to sheet: Worksheet) throws(XLSXError) {
    var stationNames: [String: String] = [:]
    for station in figures.byStation {
      stationNames[station.stationId] = station.name
    }
    let separator = labels.listSeparator
    let columns: [SheetColumn<OverdueRow>] = [
      SheetColumn(.beneficiaryId, .text) { .text($0.beneficiaryId) },
      SheetColumn(.beneficiaryName, .text) { .text($0.name) },
      SheetColumn(.stationId, .text) { .text($0.stationId) },
      SheetColumn(.stationName, .text) { .text(stationNames[$0.stationId] ?? "") },
      SheetColumn(.areaCode, .text) { .text($0.areaCode) },
      SheetColumn(.categories, .text) { [labels] row in
        .text(row.categories.map { labels.label($0) }.joined(separator: separator))
      },
      SheetColumn(.intervalDays, .integer) { .integer($0.intervalDays) },
      SheetColumn(.lastContact, .date) { [labels] row in
        row.lastContact.map { CellValue.day($0) } ?? .text(labels.neverContacted)
      },
      SheetColumn(.daysSince, .integer) { .numberOrBlank($0.daysSince.map(Double.init)) },
    ]
    let overdue = figures.overdue
    let budget = RowBudget(total: overdue.count, firstDataRow: 1, rowLimit: rowLimit)
    let table = SheetBlock(at: 0, items: overdue.prefix(budget.shown), columns: columns, language: language)
    var blocks = [table]
    if budget.isCut {
      let fileName = MetricsJSON.fileName(for: figures.period)
      blocks.append(
        .note(
          labels.truncationNote(shown: budget.shown, of: overdue.count, fullListIn: fileName), at: table.lastRow + 1))
    }
    try writeTable(sheet, blocks: blocks, frozenColumns: 2)
  }
}
