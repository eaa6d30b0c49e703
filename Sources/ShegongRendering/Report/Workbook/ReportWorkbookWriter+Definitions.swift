import ShegongAggregation

extension ReportWorkbookWriter {
  /// 指标说明: every headline key with its name, unit and definition.
  func writeDefinitions(to sheet: Worksheet) throws(XLSXError) {
    let table = SheetBlock(at: 0, items: HeadlineKey.allCases, table: Tables.definitions, labels: labels)
    try writeTable(sheet, blocks: [table])
  }
}
