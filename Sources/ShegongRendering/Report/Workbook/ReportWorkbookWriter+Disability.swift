import ShegongAggregation

extension ReportWorkbookWriter {
  /// 残疾四色台账: the seven disability types, then the four ledger colours, each shaded in its
  /// colour.
  func writeDisability(to sheet: Worksheet) throws(XLSXError) {
    let columns: [SheetColumn<DisabilityRow>] = [
      SheetColumn(.disabilityCode, .text) { .text($0.code) },
      SheetColumn(.disabilityLabel, .text) { [language] in .text(language == .chinese ? $0.label : $0.englishLabel) },
      SheetColumn(.headline(.beneficiariesRegistered), .integer) { .integer($0.beneficiariesRegistered) },
      SheetColumn(.headline(.registeredServed), .integer) { .integer($0.registeredServed) },
      SheetColumn(.headline(.serviceCoverage), .ratio) { row in
        .numberOrBlank(
          row.beneficiariesRegistered == 0 ? nil : Double(row.registeredServed) / Double(row.beneficiariesRegistered))
      },
    ]
    let table = SheetBlock(
      at: 0, items: figures.byDisability, columns: columns, language: language,
      fill: { row in row.isColour ? Self.ledgerFills[row.code] : nil })
    try writeTable(sheet, blocks: [table])
  }

  /// Light tints of the ledger's colours, by colour code.
  static let ledgerFills: [String: UInt32] = [
    "red": 0xF8CBAD, "blue": 0xBDD7EE, "green": 0xC6EFCE, "yellow": 0xFFEB9C,
  ]
}
