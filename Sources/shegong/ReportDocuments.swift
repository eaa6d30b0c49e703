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
  /// The most rows the workbook's list sheets show.
  let sheetRows: Int
  let markdown: [UInt8]
  /// Whether each station gets its feedback workbook (`--feedback`).
  let feedback: Bool
  /// The callback sample, when `--callback-sample` asked for one.
  let callback: [CallbackRow]?

  /// Renders the Markdown; a template error throws here, before anything is written.
  init(
    figures: Figures, validated: ValidatedInputs, language: ReportLanguage, template: Template,
    sheetRows: Int, feedback: Bool = false, smallCells: SmallCells?, callback: [CallbackRow]? = nil
  ) throws {
    self.figures = figures
    self.callback = callback
    self.issues = validated.issues
    self.language = language
    self.sheetRows = sheetRows
    self.feedback = feedback
    markdown = Array(
      try ReportMarkdown.render(figures, language: language, template: template, smallCells: smallCells).utf8)
  }

  /// Writes every output into staged files of `folder`: the workbook on a thread of its own,
  /// the text outputs meanwhile on this one.
  func write(into folder: OutputFolder, timer: StageTimer) throws {
    let period = figures.period
    let workbookName = ReportWorkbook.fileName(for: period)
    let workbookPath = folder.stagedPath(for: workbookName)
    let (figures, issues, language, sheetRows) = (self.figures, self.issues, self.language, self.sheetRows)
    let outPath = folder.path
    let workingFolder = folder.stagingPath
    let workbook = BackgroundWork { () throws -> (elapsed: Duration, processor: Duration) in
      let clock = ContinuousClock()
      let start = clock.now
      let processorStart = StageTimer.threadProcessorTime()
      do throws(XLSXError) {
        // libxlsxwriter keeps its working files (unlinked as soon as they are opened) in the
        // staging folder, which goes with the run; the workbook reads the finished file back,
        // since the library does not check its writes to them.
        try ReportWorkbook.write(
          figures: figures, issues: issues, language: language, sheetRows: sheetRows, path: workbookPath,
          created: ReportWorkbook.creationTime(for: period), temporaryDirectory: workingFolder)
        return (start.duration(to: clock.now), StageTimer.threadProcessorTime() - processorStart)
      } catch {
        throw OutputFolder.writeFailure(
          outPath, workbookName, reason: "\(error)" + (error.systemErrorCode.map(OutputFolder.spaceHint(for:)) ?? ""))
      }
    }
    // The period's feedback is replaced as a whole, or dropped by a run without --feedback: a
    // workbook left from an earlier run would tell a station about rows it may have fixed.
    folder.replaces(in: "feedback", endingWith: "-\(period.label).xlsx")
    folder.replaces(in: "feedback", endingWith: "index-\(period.label).csv")
    // The feedback workbooks are written on every processor beside the text outputs, which keep
    // one processor only partly busy.
    let feedbackWork = feedback ? startFeedback(into: folder) : nil
    // Whatever happens here, the other threads must be done before the folder discards its files.
    do {
      try folder.stage(ReportMarkdown.fileName(for: period), bytes: markdown)
      // The metrics document and the lists can run to hundreds of MB at province scale: stream them.
      try folder.stage(MetricsJSON.fileName(for: period)) { append in
        try MetricsJSON.write(figures, to: append)
      }
      timer.lap("write markdown + metrics JSON")
      // So can the issues of a province: each is worded as its row is written.
      try folder.stage(IssuesCSV.fileName(for: period)) { append in
        try IssuesCSV.write(issues, to: append)
      }
      timer.lap("write issues CSV")
      try folder.stage(OverdueCSV.fileName(for: period)) { append in
        try OverdueCSV.write(figures.overdue, to: append)
      }
      timer.lap("write overdue CSV")
      if let callback {
        try folder.stage(CallbackCSV.fileName(for: period)) { append in try CallbackCSV.write(callback, to: append) }
      }
    } catch {
      _ = try? workbook.wait()
      _ = try? feedbackWork?.wait()
      throw error
    }
    let workbookTime: (elapsed: Duration, processor: Duration)
    do {
      workbookTime = try workbook.wait()
    } catch {
      _ = try? feedbackWork?.wait()
      throw error
    }
    timer.lap("workbook (after the text outputs)")
    timer.record("workbook (on its own thread, from the start of the writing)", workbookTime.elapsed)
    timer.record("workbook (processor time of its thread)", workbookTime.processor)
    if let feedbackWork {
      let (stations, feedbackTime) = try feedbackWork.wait()
      try folder.stage(StationFeedback.indexFileName(for: period)) { append in
        try FeedbackWorkbook.writeIndex(stations, to: append)
      }
      timer.lap("feedback workbooks (after the other outputs)")
      timer.record("feedback workbooks (on their own threads, from the start of the writing)", feedbackTime)
    }
  }

  /// Starts writing `feedback/<station_id>-<label>.xlsx` for every station with an attributed issue
  /// or an overdue person, on every processor; the work ends with the stations written and the
  /// time it took. The index is staged by the caller, on its own thread.
  private func startFeedback(into folder: OutputFolder) -> BackgroundWork<([StationFeedback], Duration)> {
    let stations = StationFeedback.stations(figures: figures, issues: issues)
    // Staged paths are taken here, on one thread: the folder records each name it hands out.
    let paths = stations.map { folder.stagedPath(for: $0.fileName) }
    let (figures, issues, language, outPath) = (self.figures, self.issues, self.language, folder.path)
    return BackgroundWork {
      let clock = ContinuousClock()
      let start = clock.now
      do throws(XLSXError) {
        try FeedbackWorkbook.writeAll(stations, paths: paths, figures: figures, issues: issues, language: language)
      } catch {
        throw OutputFolder.writeFailure(
          outPath, "feedback/", reason: "\(error)" + (error.systemErrorCode.map(OutputFolder.spaceHint(for:)) ?? ""))
      }
      return (stations, start.duration(to: clock.now))
    }
  }
}
