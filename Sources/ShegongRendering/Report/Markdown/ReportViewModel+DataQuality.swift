import ShegongAggregation

extension ReportViewModel {
  /// `data_quality`: `files` (per file), `totals` (over all files), `issues` (per code) and
  /// `issue_total`, with the flag `any_issues`.
  var dataQuality: TemplateValue {
    let quality = figures.dataQuality
    let files: [TemplateValue] = quality.files.map { file in
      .object([
        "file": cell(file.name),
        "encoding": cell(file.encoding),
        "rows": count(file.rows),
        "accepted": count(file.accepted),
        "rejected": count(file.rejected),
        "warnings": count(file.warnings),
      ])
    }
    let totals: TemplateValue = .object([
      "rows": count(quality.files.reduce(0) { $0 + $1.rows }),
      "accepted": count(quality.files.reduce(0) { $0 + $1.accepted }),
      "rejected": count(quality.files.reduce(0) { $0 + $1.rejected }),
      "warnings": count(quality.files.reduce(0) { $0 + $1.warnings }),
    ])
    let issues: [TemplateValue] = quality.issuesByCode.map { entry in
      .object([
        "code": .text(entry.code.rawValue),
        "severity": .text(labels.severity(entry.code.severity)),
        "count": count(entry.count),
        "meaning": .text(MarkdownText.cell(labels.meaning(of: entry.code))),
      ])
    }
    return .object([
      "files": .list(files),
      "totals": totals,
      "issues": .list(issues),
      "any_issues": .bool(!issues.isEmpty),
      "issue_total": count(quality.issuesByCode.reduce(0) { $0 + $1.count }),
    ])
  }
}
