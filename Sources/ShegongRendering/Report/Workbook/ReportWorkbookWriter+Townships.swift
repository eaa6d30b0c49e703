import ShegongAggregation

extension ReportWorkbookWriter {
  /// 乡镇: every township with the figures of the beneficiaries living in it.
  func writeTownships(to sheet: Worksheet) throws(XLSXError) {
    let columns: [SheetColumn<TownshipRow>] = [
      SheetColumn(.areaCode, .text) { .text($0.areaCode) },
      SheetColumn(.townshipName, .text) { .text($0.name) },
      SheetColumn(.hasStation, .text) { [labels] in .text(labels.flag($0.hasStation)) },
      SheetColumn(.headline(.villagesTotal), .integer) { .integer($0.villagesTotal) },
      SheetColumn(.headline(.villagesWithStationOrPoint), .integer) { .integer($0.villagesWithStationOrPoint) },
      SheetColumn(.villageCoverage, .ratio) { row in
        .numberOrBlank(
          row.villagesTotal == 0 ? nil : Double(row.villagesWithStationOrPoint) / Double(row.villagesTotal))
      },
      SheetColumn(.headline(.beneficiariesRegistered), .integer) { .integer($0.beneficiariesRegistered) },
      SheetColumn(.headline(.registeredServed), .integer) { .integer($0.registeredServed) },
      SheetColumn(.headline(.serviceCoverage), .ratio) { .numberOrBlank($0.serviceCoverage) },
      SheetColumn(.headline(.householdsVisited), .integer) { .integer($0.householdsVisited) },
      SheetColumn(.headline(.serviceRecords), .integer) { .integer($0.serviceRecords) },
      SheetColumn(.headline(.overdueBeneficiaries), .integer) { .integer($0.overdueBeneficiaries) },
    ]
    let table = SheetBlock(at: 0, items: figures.byTownship, columns: columns, language: language)
    try writeTable(sheet, blocks: [table], frozenColumns: 2)
  }
}
