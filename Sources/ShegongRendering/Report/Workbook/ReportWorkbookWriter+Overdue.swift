import ShegongAggregation

extension ReportWorkbookWriter {
  /// 待回访: the overdue beneficiaries, never contacted and longest since contact first, with a
  /// note when the sheet cannot hold them all.
  func writeOverdue(to sheet: Worksheet) throws(XLSXError) {
    let overdue = figures.overdue
    let budget = RowBudget(total: overdue.count, firstDataRow: 1, rowLimit: rowLimit)
    let table = SheetBlock(at: 0, items: overdue.prefix(budget.shown), table: Tables.overdue, labels: labels)
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
