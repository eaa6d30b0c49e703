import ShegongAggregation

extension ReportWorkbookWriter {
  /// 乡镇: every township with the figures of the beneficiaries living in it.
  func writeTownships(to sheet: Worksheet) throws(XLSXError) {
    let table = SheetBlock(at: 0, items: figures.byTownship, table: Tables.byTownship, labels: labels)
    try writeTable(sheet, blocks: [table], frozenColumns: 2)
  }
}
