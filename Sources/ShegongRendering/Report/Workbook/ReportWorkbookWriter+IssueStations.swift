import ShegongAggregation
import ShegongValidation

extension ReportWorkbookWriter {
  /// 问题汇总: one row per station with attributed issues (SPEC §5), then the issues attributed to
  /// none, then the total: station id and name, township, rejected rows, warnings, and one column
  /// per issue code that occurred, headed by its rule name. The sheet's foot follows the table.
  func writeIssueStations(to sheet: Worksheet) throws(XLSXError) {
    let quality = figures.dataQuality
    let rows = quality.stations + (quality.stations.isEmpty ? [] : [quality.total])
    let table = Table<StationIssuesRow>(
      Tables.issueStations.key,
      Tables.issueStations.columns
        + quality.issuesByCode.map { occurred in
          let code = occurred.code
          return TableColumn(code.rawValue, code.ruleName, .count, in: .workbook) { .count($0.count(of: code)) }
        })
    let list = SheetBlock(at: 0, items: rows, table: table, labels: labels)
    try writeTable(
      sheet, blocks: [list] + issueStationsFoot(below: list.lastRow + 2), frozenColumns: 1, filtered: false)
  }

  /// The blocks under the 问题汇总 table, from row `firstRow` on: the stations whose services in
  /// the month are under half or over twice their usual month's (`station_anomalies`, SPEC §10)
  /// under a title, or a line saying there are none or that only months are compared.
  func issueStationsFoot(below firstRow: Int) -> [SheetBlock] {
    let title = SheetBlock.title(labels.anomaliesTitle, at: firstRow)
    let anomalies = figures.stationAnomalies
    guard figures.period.kind == .month else { return [title, .note(labels.anomaliesMonthsOnly, at: firstRow + 1)] }
    guard !anomalies.isEmpty else { return [title, .note(labels.noAnomalies, at: firstRow + 1)] }
    return [title, SheetBlock(at: firstRow + 1, items: anomalies, table: Tables.stationAnomalies, labels: labels)]
  }
}
