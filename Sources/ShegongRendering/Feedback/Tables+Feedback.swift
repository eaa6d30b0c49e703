import ShegongAggregation
import ShegongValidation

extension Tables {
  /// `feedback/index-<label>.csv`: one row per station that got a feedback workbook.
  public static let feedbackIndex = Table<StationFeedback>(
    "feedback_index",
    [
      TableColumn("station_id", Header.stationId) { .text($0.station.stationId) },
      TableColumn("name", Header.stationName) { .text($0.station.name) },
      TableColumn("township", Header.townshipName) { .text($0.station.townshipName) },
      TableColumn("file", Header.file) { .text($0.fileName) },
      TableColumn("rejected", Bilingual("拒绝行数", "Rejected rows"), .count) { .count($0.rejected) },
      TableColumn("warnings", Header.warnings, .count) { .count($0.warnings) },
      TableColumn("overdue", HeadlineKey.overdueBeneficiaries.title, .count) { .count($0.overdue.count) },
    ])

  /// A station's issues on its feedback workbook's 数据问题 sheet (SPEC §7): where each is, what
  /// rule it breaks, the value, and what to change, all in the report's language (the issues CSV
  /// has each issue's message too).
  static let stationIssues = Table<Issue>(
    "station_issues",
    [
      TableColumn("file", Header.file) { .text($0.file) },
      // Without digit grouping: a station looks for line 25004 of its file, not 25,004.
      TableColumn("line", Bilingual("行号", "Line"), .text) { .count($0.line) },
      TableColumn("column", Bilingual("列", "Column")) { .text($0.column) },
      TableColumn("severity", Header.severity) { .term(code: $0.severity.rawValue, label: $0.severity.name) },
      TableColumn("rule", Bilingual("规则", "Rule")) { .label($0.code.ruleName) },
      TableColumn("value", Bilingual("原值", "Value")) { .text($0.value) },
      TableColumn("fix", Bilingual("如何修改", "What to fix")) { .label($0.code.fixAdvice) },
    ])

  /// A station's overdue people on its feedback workbook's 待回访 sheet: the columns of
  /// ``Tables/overdue`` without the station's id and name, which every row would repeat.
  static let stationOverdue = Table<OverdueRow>(
    "station_overdue", Tables.overdue.columns.filter { $0.key != "station_id" && $0.key != "station_name" })

  /// A station's issues per code on its feedback workbook's 说明 sheet, with what to fix; the
  /// narrow columns first, as they sit under the narrow columns of the figures beside the region's.
  static let stationIssuesByCode = Table<IssueCount>(
    "station_issues_by_code",
    [
      TableColumn("code", Header.issueCode) { .text($0.code.rawValue) },
      TableColumn("count", Bilingual("条数", "Issues"), .count) { .count($0.count) },
      TableColumn("severity", Header.severity) { .term(code: $0.code.severity.rawValue, label: $0.code.severity.name) },
      TableColumn("rule", Bilingual("规则", "Rule")) { .label($0.code.ruleName) },
      TableColumn("fix", Bilingual("如何修改", "What to fix")) { .label($0.code.fixAdvice) },
    ])
}
