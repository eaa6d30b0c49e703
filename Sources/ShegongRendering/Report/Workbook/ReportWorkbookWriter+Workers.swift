import ShegongAggregation

extension ReportWorkbookWriter {
  /// 人员工时: every worker with a service or led activity in the period.
  func writeWorkers(to sheet: Worksheet) throws(XLSXError) {
    let table = SheetBlock(at: 0, items: figures.byWorker, table: Tables.byWorker, labels: labels)
    try writeTable(sheet, blocks: [table], frozenColumns: 2)
  }
}
