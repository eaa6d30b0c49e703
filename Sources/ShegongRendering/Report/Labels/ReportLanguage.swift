/// The language of the workbook and the Markdown report (SPEC §2 `--lang`).
public enum ReportLanguage: String, Sendable, CaseIterable {
  /// Chinese (`zh`), the default.
  case chinese = "zh"
  /// English (`en`).
  case english = "en"

  /// The file name of the Markdown template for this language: `report.zh.md` or `report.en.md`.
  public var templateFileName: String { "report.\(rawValue).md" }
}
