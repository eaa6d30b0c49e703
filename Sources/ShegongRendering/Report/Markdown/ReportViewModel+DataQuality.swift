import ShegongAggregation

extension ReportViewModel {
  /// `data_quality`: `files` (per file), `totals` (over all files), `issues` (per code) and
  /// `issue_total`, with the flag `any_issues`.
  var dataQuality: TemplateValue {
    let quality = figures.dataQuality
    let files = items(quality.files, Tables.files)
    let totals: TemplateValue = .object([
      "rows": count(quality.files.reduce(0) { $0 + $1.rows }),
      "accepted": count(quality.files.reduce(0) { $0 + $1.accepted }),
      "rejected": count(quality.files.reduce(0) { $0 + $1.rejected }),
      "warnings": count(quality.files.reduce(0) { $0 + $1.warnings }),
    ])
    let issues = items(quality.issuesByCode, Tables.issuesByCode)
    return .object([
      "files": .list(files),
      "totals": totals,
      "issues": .list(issues),
      "any_issues": .bool(!issues.isEmpty),
      "issue_total": count(quality.issuesByCode.reduce(0) { $0 + $1.count }),
    ])
  }
}
