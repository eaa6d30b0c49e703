import ShegongAggregation

extension ReportWorkbookWriter {
  /// 服务类型: the nine service types, then, below them, the activities by target group.
  func writeServiceTypes(to sheet: Worksheet) throws(XLSXError) {
    let types = SheetBlock(at: 0, items: figures.byServiceType, table: Tables.byServiceType, labels: labels)
    let groups = SheetBlock(
      at: types.lastRow + 2, items: figures.byActivityGroup, table: Tables.byActivityGroup, labels: labels)
    try writeTable(sheet, blocks: [types, groups])
  }
}
