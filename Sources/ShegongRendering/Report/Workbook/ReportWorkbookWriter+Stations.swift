import ShegongAggregation

extension ReportWorkbookWriter {
  /// The most stations the column chart shows; with more, it shows those with the most records.
  static let chartedStations = 30

  /// 站点: every station and point, then, to the right, the stations the column chart shows
  /// (the 30 with the most service records, most first) and the chart itself.
  func writeStations(to sheet: Worksheet) throws(XLSXError) {
    let columns = stationColumns
    let table = SheetBlock(at: 0, items: figures.byStation, columns: columns, language: language)

    let charted = Array(
      figures.byStation.sorted { lhs, rhs in
        lhs.serviceRecords != rhs.serviceRecords
          ? lhs.serviceRecords > rhs.serviceRecords : lhs.stationId.utf8.lexicographicallyPrecedes(rhs.stationId.utf8)
      }
      .prefix(Self.chartedStations))
    let dataColumn = columns.count + 1
    let chartData = SheetBlock(
      at: 0, column: dataColumn,
      headers: [labels.chartDataTitle(labels.stationAxis), HeadlineKey.serviceRecords.title(language)],
      styles: [.text, .integer], rowCount: charted.count
    ) { index in [.text(charted[index].name), .integer(charted[index].serviceRecords)] }
    let blocks = [table, chartData]
    try writeTable(sheet, blocks: blocks, frozenColumns: 2)

    guard !charted.isEmpty else { return }
    let rows = 1...charted.count
    let chart = Chart(
      kind: .column, title: labels.stationChartTitle(shown: charted.count, of: figures.byStation.count),
      categoryAxisName: labels.stationAxis, valueAxisName: labels.personTimesAxis,
      series: [
        Chart.Series(
          name: HeadlineKey.serviceRecords.name(language),
          categories: SheetRange(sheetName: sheet.name, cells: CellRange(rows: rows, column: dataColumn)),
          values: SheetRange(sheetName: sheet.name, cells: CellRange(rows: rows, column: dataColumn + 1)))
      ], legendPosition: .none, widthScale: 2.2, heightScale: 1.6)
    try sheet.insertChart(chart, row: 1, column: dataColumn + 3)
  }

  /// The columns of `by_station`, in the order of SPEC §5.
  private var stationColumns: [SheetColumn<StationRow>] {
    [
      SheetColumn(.stationId, .text) { .text($0.stationId) },
      SheetColumn(.stationName, .text) { .text($0.name) },
      SheetColumn(.stationType, .text) { [labels] in .text(labels.label($0.type)) },
      SheetColumn(.areaCode, .text) { .text($0.areaCode) },
      SheetColumn(.townshipCode, .text) { .text($0.townshipCode) },
      SheetColumn(.townshipName, .text) { .text($0.townshipName) },
      SheetColumn(.active, .text) { [labels] in .text(labels.flag($0.active)) },
      SheetColumn(.headline(.postsPlanned), .integer) { .integer($0.postsPlanned) },
      SheetColumn(.headline(.socialWorkersOnPost), .integer) { .integer($0.socialWorkersOnPost) },
      SheetColumn(.headline(.vacancies), .integer) { .integer($0.vacancies) },
      SheetColumn(.headline(.beneficiariesRegistered), .integer) { .integer($0.beneficiariesRegistered) },
      SheetColumn(.headline(.registeredServed), .integer) { .integer($0.registeredServed) },
      SheetColumn(.headline(.serviceCoverage), .ratio) { .numberOrBlank($0.serviceCoverage) },
      SheetColumn(.headline(.householdsVisited), .integer) { .integer($0.householdsVisited) },
      SheetColumn(.headline(.serviceRecords), .integer) { .integer($0.serviceRecords) },
      SheetColumn(.headline(.activities), .integer) { .integer($0.activities) },
      SheetColumn(.headline(.activityParticipants), .integer) { .integer($0.activityParticipants) },
      SheetColumn(.headline(.personTimes), .integer) { .integer($0.personTimes) },
      SheetColumn(.headline(.socialWorkerHours), .hours) { .hours(minutes: $0.socialWorkerMinutes) },
      SheetColumn(.headline(.volunteerHours), .hours) { .hours(minutes: $0.volunteerMinutes) },
      SheetColumn(.reporting, .text) { [labels] in .text(labels.flag($0.reporting)) },
      SheetColumn(.headline(.overdueBeneficiaries), .integer) { .integer($0.overdueBeneficiaries) },
    ]
  }
}
