import ShegongAggregation
import ShegongValidation

extension Tables {
  /// The issues per code, with what each code means, as the workbook's 数据问题 sheet and the
  /// Markdown report's data-quality section list them (the metrics JSON writes `issues_by_code`
  /// as an object instead).
  static let issuesByCode = Table<IssueCount>(
    "issues_by_code",
    [
      TableColumn("code", Header.issueCode, in: .reports) { .text($0.code.rawValue) },
      TableColumn("severity", Header.severity, in: .reports) {
        .term(code: $0.code.severity.rawValue, label: $0.code.severity.name)
      },
      TableColumn("count", Bilingual("条数", "Issues"), .count, in: .reports) { .count($0.count) },
      TableColumn("meaning", Bilingual("含义", "Meaning"), in: .reports) {
        .label($0.code.meaning)
      },
    ])
}
