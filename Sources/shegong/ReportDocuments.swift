import ShegongAggregation
import ShegongRendering
import ShegongValidation

/// The language of the workbook and the Markdown report.
enum ReportLanguage: String {
  case chinese = "zh"
  case english = "en"
}

/// Every output of one report run, rendered before the output folder is touched.
struct ReportDocuments {
  let label: String
  let metrics: [UInt8]
  let issues: [UInt8]

  /// Renders the outputs; a template error throws here, before anything is written.
  init(figures: Figures, validated: ValidatedInputs, language: ReportLanguage, templates: String) throws {
    label = figures.period.label
    metrics = MetricsJSON.render(figures)
    issues = IssuesCSV.bytes(validated.issues)
  }

  /// Stages every output in `folder`.
  func write(into folder: OutputFolder) throws {
    try folder.stage("metrics-\(label).json", bytes: metrics)
    try folder.stage("issues-\(label).csv", bytes: issues)
  }
}
