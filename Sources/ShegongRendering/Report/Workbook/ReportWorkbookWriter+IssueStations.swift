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

  /// The blocks under the 问题汇总 table, from row `firstRow` on: none yet. The station anomalies
  /// (SPEC §11) are listed here.
  func issueStationsFoot(below firstRow: Int) -> [SheetBlock] {
    []
  }
}
