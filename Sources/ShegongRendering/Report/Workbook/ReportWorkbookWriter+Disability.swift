import ShegongAggregation

extension ReportWorkbookWriter {
  /// 残疾四色台账: the seven disability types, then the four ledger colours, each shaded in its
  /// colour.
  func writeDisability(to sheet: Worksheet) throws(XLSXError) {
    let table = SheetBlock(
      at: 0, items: figures.byDisability, table: Tables.byDisability, labels: labels,
      fill: { row in row.isColour ? Self.ledgerFills[row.code] : nil })
    try writeTable(sheet, blocks: [table])
  }

  /// Light tints of the ledger's colours, by colour code.
  static var ledgerFills: [String: UInt32] {
    ["red": 0xF8CBAD, "blue": 0xBDD7EE, "green": 0xC6EFCE, "yellow": 0xFFEB9C]
  }
}
