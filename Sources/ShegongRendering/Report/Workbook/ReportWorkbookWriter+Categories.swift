import ShegongAggregation

extension ReportWorkbookWriter {
  /// 对象类别: the 13 categories, then the three groups of 一老一少一困 in bold.
  func writeCategories(to sheet: Worksheet) throws(XLSXError) {
    let table = SheetBlock(
      at: 0, items: figures.byCategory, table: Tables.byCategory, labels: labels,
      fill: { $0.isGroup ? Self.groupFill : nil })
    try writeTable(sheet, blocks: [table])
  }

  /// The light grey behind the rows of the three groups.
  static var groupFill: UInt32 { 0xF2F2F2 }
}
