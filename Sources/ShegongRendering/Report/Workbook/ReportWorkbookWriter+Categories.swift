import ShegongAggregation

extension ReportWorkbookWriter {
  /// 对象类别: the 13 categories, then the three groups of 一老一少一困 in bold.
  func writeCategories(to sheet: Worksheet) throws(XLSXError) {
    let columns: [SheetColumn<CategoryRow>] = [
      SheetColumn(.categoryCode, .text) { .text($0.code) },
      SheetColumn(.categoryLabel, .text) { [language] in .text(language == .chinese ? $0.label : $0.englishLabel) },
      SheetColumn(.isGroup, .text) { [labels] in .text(labels.flag($0.isGroup)) },
      SheetColumn(.headline(.beneficiariesRegistered), .integer) { .integer($0.beneficiariesRegistered) },
      SheetColumn(.headline(.registeredServed), .integer) { .integer($0.registeredServed) },
      SheetColumn(.headline(.serviceCoverage), .ratio) { .numberOrBlank($0.serviceCoverage) },
      SheetColumn(.headline(.serviceRecords), .integer) { .integer($0.serviceRecords) },
      SheetColumn(.headline(.overdueBeneficiaries), .integer) { .integer($0.overdueBeneficiaries) },
    ]
    let table = SheetBlock(
      at: 0, items: figures.byCategory, columns: columns, language: language,
      fill: { $0.isGroup ? Self.groupFill : nil })
    try writeTable(sheet, blocks: [table])
  }

  /// The light grey behind the rows of the three groups.
  static let groupFill: UInt32 = 0xF2F2F2
}
