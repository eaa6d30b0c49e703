import ShegongAggregation
import ShegongIngest
import ShegongValidation

extension ReportWorkbookWriter {
  /// The most stations the column chart shows; with more, it shows those with the most records.
  static var chartedStations: Int { 30 }

  /// 站点: every station and point, then, to the right, the stations the column chart shows
  /// (the 30 with the most service records, most first) and the chart itself.
  func writeStations(to sheet: Worksheet) throws(XLSXError) {
    let table = SheetBlock(at: 0, items: figures.byStation, table: Tables.byStation, labels: labels)

    let charted = Array(
      figures.byStation.sorted { lhs, rhs in
        lhs.flows.serviceRecords != rhs.flows.serviceRecords
          ? lhs.flows.serviceRecords > rhs.flows.serviceRecords
          : bytewiseLess(lhs.stationId, rhs.stationId)
      }
      .prefix(Self.chartedStations))
    let dataColumn = table.columnCount + 1
    let chartData = SheetBlock(
      firstRow: 0, firstColumn: dataColumn,
      headers: [labels.chartDataTitle(labels.stationAxis), HeadlineKey.serviceRecords.title.text(language)],
      styles: [.text, .integer], rowCount: charted.count,
      cells: { index in [.text(charted[index].name), .integer(charted[index].flows.serviceRecords)] })
    let blocks = [table, chartData]
    try writeTable(sheet, blocks: blocks, frozenColumns: 2)

    guard !charted.isEmpty else { return }
    let rows = 1...charted.count
    let chart = Chart(
      kind: .column, title: labels.stationChartTitle(shown: charted.count, of: figures.byStation.count),
      categoryAxisName: labels.stationAxis, valueAxisName: labels.personTimesAxis,
      series: [
        Chart.Series(
          name: HeadlineKey.serviceRecords.name.text(language),
          categories: SheetRange(sheetName: sheet.name, cells: CellRange(rows: rows, column: dataColumn)),
          values: SheetRange(sheetName: sheet.name, cells: CellRange(rows: rows, column: dataColumn + 1)))
      ], legendPosition: .none, widthScale: 2.2, heightScale: 1.6)
    try sheet.insertChart(chart, row: 1, column: dataColumn + 3)
  }
}
