import ShegongAggregation
import ShegongValidation

extension ReportWorkbookWriter {
  /// 月度趋势: one row per month of the year to date, and a line chart of the person-times.
  func writeTrend(to sheet: Worksheet) throws(XLSXError) {
    let table = SheetBlock(at: 0, items: figures.trend, table: Tables.trend, labels: labels)
    try writeTable(sheet, blocks: [table])

    guard !figures.trend.isEmpty else { return }
    let rows = 1...figures.trend.count
    let columnKeys = Tables.trend.columns(in: .workbook).map(\.key)
    let charted: [(key: HeadlineKey, column: Int)] = [HeadlineKey.serviceRecords, .activityParticipants, .personTimes]
      .compactMap { key in columnKeys.firstIndex(of: key.rawValue).map { (key, $0) } }
    let chart = Chart(
      kind: .line,
      title: labels.trendChartTitle(year: figures.period.year, lastMonth: figures.period.lastMonth),
      categoryAxisName: labels.monthAxis, valueAxisName: labels.personTimesAxis,
      series: charted.map { key, column in
        Chart.Series(
          name: key.name.text(language),
          categories: SheetRange(sheetName: sheet.name, cells: CellRange(rows: rows, column: 0)),
          values: SheetRange(sheetName: sheet.name, cells: CellRange(rows: rows, column: column)))
      }, legendPosition: .bottom, widthScale: 1.6, heightScale: 1.3)
    try sheet.insertChart(chart, row: table.lastRow + 2, column: 0)
  }
}
