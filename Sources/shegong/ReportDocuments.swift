import Foundation
import ShegongAggregation
import ShegongRendering
import ShegongValidation

/// Every output of one report run: rendered before the output folder is touched where possible,
/// then staged in the folder and committed together.
struct ReportDocuments {
  let figures: Figures
  let issues: IssueList
  let language: ReportLanguage
  let markdown: [UInt8]
  /// The callback sample, when `--callback-sample` asked for one.
  let callback: [CallbackRow]?

  /// Renders the Markdown; a template error throws here, before anything is written.
  init(
    figures: Figures, validated: ValidatedInputs, language: ReportLanguage, template: Template,
    smallCells: SmallCells?, callback: [CallbackRow]? = nil
  ) throws {
    self.figures = figures
    self.callback = callback
    self.issues = validated.issues
    self.language = language
    markdown = Array(
      try ReportMarkdown.render(figures, language: language, template: template, smallCells: smallCells).utf8)
  }

  /// Writes every output into staged files of `folder`: the workbook on a thread of its own,
  /// the text outputs meanwhile on this one.
  func write(into folder: OutputFolder, timer: StageTimer) throws {
    let period = figures.period
    let workbookName = ReportWorkbook.fileName(for: period)
    let workbookPath = folder.stagedPath(for: workbookName)
    let (figures, issues, language, outPath) = (self.figures, self.issues, self.language, folder.path)
    let workingFolder = folder.stagingPath
    let workbook = BackgroundWork {
      do throws(XLSXError) {
        // libxlsxwriter keeps its working files (unlinked as soon as they are opened) in the
        // staging folder, which goes with the run; the workbook reads the finished file back,
        // since the library does not check its writes to them.
        try ReportWorkbook.write(
          figures: figures, issues: issues, language: language, path: workbookPath,
          created: ReportWorkbook.creationTime(for: period), temporaryDirectory: workingFolder)
      } catch {
        throw OutputFolder.writeFailure(
          outPath, workbookName, reason: "\(error)" + (error.systemErrorCode.map(OutputFolder.spaceHint(for:)) ?? ""))
      }
    }
    // Whatever happens here, the workbook's thread must be done before the folder discards its files.
    do {
      try folder.stage(ReportMarkdown.fileName(for: period), bytes: markdown)
      // The metrics document can run to hundreds of MB at province scale: stream it to its file.
      try folder.stage(MetricsJSON.fileName(for: period)) { append in
        try MetricsJSON.write(figures, to: append)
      }
      // So can the issues of a province: each is worded as its row is written.
      try folder.stage(IssuesCSV.fileName(for: period)) { append in
        try IssuesCSV.write(issues, to: append)
      }
      if let callback {
        try folder.stage(CallbackCSV.fileName(for: period)) { append in try CallbackCSV.write(callback, to: append) }
      }
    } catch {
      _ = try? workbook.wait()
      throw error
    }
    timer.lap("write text outputs")
    try workbook.wait()
    timer.lap("workbook (after the text outputs)")
  }
}
