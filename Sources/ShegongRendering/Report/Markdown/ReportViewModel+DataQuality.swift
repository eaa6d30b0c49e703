import ShegongAggregation
import ShegongValidation

extension ReportViewModel {
  /// `data_quality`: `files` (per file), `totals` (over all files), `issues` (per code) and
  /// `issue_total`, with the flag `any_issues`.
  var dataQuality: TemplateValue {
    let quality = figures.dataQuality
    let files = items(quality.files, Tables.files)
    // The totals are a row of the same table: the rows, accepted, rejected and warnings of all files.
    var total = FileReport(name: "", encoding: "")
    for file in quality.files {
      total.rows += file.rows
      total.accepted += file.accepted
      total.rejected += file.rejected
      total.warnings += file.warnings
    }
    let totals = TemplateValue.object(members(total, Tables.files.columns(in: .markdown)))
    let issues = items(quality.issuesByCode, Tables.issuesByCode)
    return .object([
      Tables.files.key: .list(files),
      "totals": totals,
      "issues": .list(issues),
      "any_issues": .bool(!issues.isEmpty),
      "issue_total": count(quality.issuesByCode.reduce(0) { $0 + $1.count }),
    ])
  }
}
