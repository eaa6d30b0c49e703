import ShegongAggregation

extension ReportWorkbookWriter {
  /// 月度趋势: one row per month of the year to date, and a line chart of the person-times.
  func writeTrend(to sheet: Worksheet) throws(XLSXError) {
    let columns: [SheetColumn<TrendRow>] = [
      SheetColumn(.month, .text) { .text($0.month.label) },
      SheetColumn(.headline(.serviceRecords), .integer) { .integer($0.serviceRecords) },
      SheetColumn(.headline(.householdsVisited), .integer) { .integer($0.householdsVisited) },
      SheetColumn(.headline(.homeVisitRecords), .integer) { .integer($0.homeVisitRecords) },
      SheetColumn(.headline(.activities), .integer) { .integer($0.activities) },
      SheetColumn(.headline(.activityParticipants), .integer) { .integer($0.activityParticipants) },
      SheetColumn(.headline(.personTimes), .integer) { .integer($0.personTimes) },
      SheetColumn(.headline(.beneficiariesServed), .integer) { .integer($0.beneficiariesServed) },
      SheetColumn(.headline(.socialWorkerHours), .hours) { .hours(minutes: $0.socialWorkerMinutes) },
      SheetColumn(.headline(.volunteerHours), .hours) { .hours(minutes: $0.volunteerMinutes) },
    ]
    let table = SheetBlock(at: 0, items: figures.trend, columns: columns, language: language)
    try writeTable(sheet, blocks: [table])

    guard !figures.trend.isEmpty else { return }
    let rows = 1...figures.trend.count
    let charted: [(key: HeadlineKey, column: Int)] = [
      (.serviceRecords, 1), (.activityParticipants, 5), (.personTimes, 6),
    ]
    let chart = Chart(
      kind: .line,
      title: labels.trendChartTitle(year: figures.period.year, lastMonth: figures.period.lastMonth),
      categoryAxisName: labels.monthAxis, valueAxisName: labels.personTimesAxis,
      series: charted.map { key, column in
        Chart.Series(
          name: key.name(language),
          categories: SheetRange(sheetName: sheet.name, cells: CellRange(rows: rows, column: 0)),
          values: SheetRange(sheetName: sheet.name, cells: CellRange(rows: rows, column: column)))
      }, legendPosition: .bottom, widthScale: 1.6, heightScale: 1.3)
    try sheet.insertChart(chart, row: table.lastRow + 2, column: 0)
  }
}
