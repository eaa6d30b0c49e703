import ShegongAggregation

extension ReportWorkbookWriter {
  /// 待回访: the overdue beneficiaries, never contacted and longest since contact first, with a
  /// note when the sheet cannot hold them all.
  func writeOverdue(to sheet: Worksheet) throws(XLSXError) {
    let blocks = listBlocks(
      figures.overdue, table: Tables.overdue, fullListIn: OverdueCSV.fileName(for: figures.period))
    try writeTable(sheet, blocks: blocks, frozenColumns: 2)
  }
}
