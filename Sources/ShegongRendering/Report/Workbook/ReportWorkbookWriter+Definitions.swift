import ShegongAggregation

extension ReportWorkbookWriter {
  /// 指标说明: every headline key with its name, unit and definition.
  func writeDefinitions(to sheet: Worksheet) throws(XLSXError) {
    let columns: [SheetColumn<HeadlineKey>] = [
      SheetColumn(.indicator, .text) { [language] in .text($0.name(language)) },
      SheetColumn(.jsonKey, .text) { .text($0.rawValue) },
      SheetColumn(.unit, .text) { [language] in .text($0.unit?.name(language) ?? "%") },
      SheetColumn(.definition, .text) { [language] in .text($0.definition(language)) },
    ]
    let table = SheetBlock(at: 0, items: HeadlineKey.allCases, columns: columns, language: language)
    try writeTable(sheet, blocks: [table])
  }
}
