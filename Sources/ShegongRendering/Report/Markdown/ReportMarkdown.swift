import ShegongAggregation
import ShegongValidation

/// The narrative report `report-<label>.md` (SPEC §7): a template (built in, or from `--templates`) rendered
/// against a view model of already formatted figures.
///
/// The view model (``context(for:language:)``) holds only text, flags, lists and objects:
/// numbers arrive as `12,345`, ratios as `87.5%`, hours as `1,234.50` and undefined values as
/// `—`; text from the inputs (station names, file names) is escaped for Markdown table cells.
public enum ReportMarkdown {
  /// How many overdue beneficiaries the report lists (the longest since contact).
  public static let overdueListed = 20

  /// The file name for `period`: `report-2026-06.md`.
  public static func fileName(for period: Period) -> String {
    "report-\(period.label).md"
  }

  /// Renders `template` with the view model of `figures` in `language`.
  ///
  /// - Throws: ``TemplateError`` naming the template file and line of a name the view model
  ///   does not have, or of a list or flag shown as text.
  public static func render(
    _ figures: Figures, language: ReportLanguage, template: Template, smallCells: SmallCells? = nil
  ) throws(TemplateError) -> String {
    try template.render(context(for: figures, language: language, smallCells: smallCells))
  }

  /// Parses `source` as the template `fileName` and renders it with the view model of `figures`.
  ///
  /// - Throws: ``TemplateError`` naming `fileName` and the line at fault, for a syntax error or
  ///   an unknown name.
  public static func render(
    _ figures: Figures, language: ReportLanguage, templateSource source: String, fileName: String
  ) throws(TemplateError) -> String {
    try render(figures, language: language, template: Template(source: source, fileName: fileName))
  }

  /// The view model of `figures` in `language`: the root object the templates are rendered with.
  ///
  /// Its names: `region` (`name`, `code`, `level`, `whole`, `level_name`, flags `has_name`,
  /// `has_code`); `period` (`label`, `name`, `current`, `previous`, `change`, `year_ago`,
  /// `year_on_year`, `year_to_date`, `start`, `end`, `start_text`, `end_text`, `previous_label`,
  /// `previous_name`, `year_ago_label`, `year_to_date_label`, flags `is_month`, `is_quarter`,
  /// `is_half`, `is_year`); `as_of`; `m`, an object of every headline key by its JSON key and
  /// `summary`, the same in order, each with `key`, `name`, `unit`, `value`, `previous`, `change`,
  /// `year_ago`, `year_on_year`, `ytd`, `definition`; `changes`, for every headline key the
  /// changes in words (`previous`, `year_ago`, `words`); `attention` (`lowest_coverage`,
  /// `non_reporting`, `anomalies`, `on_time`: sentences, empty when there is nothing to say); the lists
  /// `stations`, `townships`, `categories` (with flag `group`), `disability_types`, `ledger`,
  /// `service_types`, `activity_groups` and `definitions`, whose items use the JSON keys of
  /// SPEC §5; `non_reporting` (`count`, `rows`, flag `any`); `anomalies` (`count`, `rows`, flags
  /// `any` and `compared`); `data_quality` (`files`, `totals`,
  /// `issues`, `issue_total`, flag `any_issues`); `overdue` (`count`, `never`, `listed`, `rows`, `file`,
  /// flags `more`, `any` and `withheld`).
  ///
  /// With `smallCells`, the station, township, category and disability tables hide small counts
  /// of beneficiaries and households and the ratios built on them, and the overdue list is left
  /// out (`overdue.withheld`).
  public static func context(
    for figures: Figures, language: ReportLanguage, smallCells: SmallCells? = nil
  ) -> TemplateValue {
    context(of: ReportViewModel(figures: figures, labels: .labels(language), smallCells: smallCells))
  }

  /// Checks every name of `template` against the view model of `language`, without any inputs:
  /// the view model of no data, whose empty lists each hold one item with every column.
  ///
  /// - Throws: ``TemplateError`` naming the template file and line of the first name the view
  ///   model does not have, or of a list or flag shown as text.
  public static func check(_ template: Template, language: ReportLanguage, period: Period) throws(TemplateError) {
    let figures = Aggregator.figures(for: period, from: ValidatedInputs())
    try template.check(context(of: ReportViewModel(figures: figures, labels: .labels(language), isShape: true)))
  }

  /// The root object of `model`.
  private static func context(of model: ReportViewModel) -> TemplateValue {
    .object([
      "region": model.region,
      "period": model.period,
      "as_of": .text(ReportFormat.day(model.figures.asOf)),
      "m": model.headline,
      "changes": model.changes,
      "attention": model.attention,
      "summary": model.summary,
      "stations": model.stations,
      "non_reporting": model.nonReporting,
      "anomalies": model.anomalies,
      "townships": model.townships,
      "categories": model.categories,
      "disability_types": model.disabilityTypes,
      "ledger": model.ledger,
      "service_types": model.serviceTypes,
      "activity_groups": model.activityGroups,
      "data_quality": model.dataQuality,
      "overdue": model.overdue,
      "definitions": model.definitions,
    ])
  }
}

/// Builds the parts of the Markdown view model from figures; one extension per part.
struct ReportViewModel {
  /// The figures shown.
  let figures: Figures
  /// The text of the chosen language.
  let labels: ReportLabels
  /// The small counts hidden from the tables (`--suppress-below`), or nil.
  var smallCells: SmallCells?
  /// Whether this view model is the shape a template is checked against (see ``items(_:_:)``)
  /// rather than the one it is rendered with.
  var isShape = false

  /// The language of the labels.
  var language: ReportLanguage { labels.language }

  /// Inputs' text, escaped for a table cell.
  func cell(_ text: String) -> TemplateValue {
    .text(MarkdownText.cell(text))
  }

  /// A count as text with grouped thousands.
  func count(_ value: Int) -> TemplateValue {
    .text(ReportFormat.integer(value))
  }

}
