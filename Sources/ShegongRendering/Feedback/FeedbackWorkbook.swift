import ShegongAggregation
import ShegongIngest
import ShegongValidation

/// A station's feedback workbook `feedback/<station_id>-<label>.xlsx` (SPEC §7): what the bureau
/// sends back to the station.
///
/// Sheets: 说明 (the station, the period, its headline figures beside the whole region's, its
/// issues counted by code with what to fix), 数据问题 (every issue attributed to it, in file and
/// line order, with the rule it breaks and what to fix) and 待回访 (every overdue person on its
/// register, masked unless the figures are unmasked). The lists are not capped: a station's are short.
public enum FeedbackWorkbook {
  /// How many rows of a list are measured for its column widths. A station's list is read by
  /// people who scroll it; its first rows show the widths well enough, and measuring every row of
  /// thousands of stations would cost more than writing them.
  static let measuredRows = 200

  /// Writes the workbook of `feedback` to `path`.
  ///
  /// - Parameters:
  ///   - feedback: The station and the positions of its issues and overdue people.
  ///   - figures: The figures of the period (the station's row, the region's headline, the overdue list).
  ///   - issues: Every issue of the run, which `feedback` indexes.
  ///   - language: The language of sheet names, headers and text.
  ///   - path: The `.xlsx` file to write; its folder must exist.
  ///   - created: The creation time recorded in the file (``ReportWorkbook/creationTime(for:)``).
  ///
  /// Written by ``StreamedWorkbook``: a province writes thousands of these, and the report's
  /// library would take most of a run for them (docs/performance.md).
  public static func write<Issues: RandomAccessCollection<Issue>>(
    _ feedback: StationFeedback, figures: Figures, issues: Issues, language: ReportLanguage, path: String,
    created: Int
  ) throws(XLSXError) where Issues.Index == Int {
    let labels = ReportLabels.labels(language)
    let workbook = StreamedWorkbook(created: created)
    var sheets: [StreamedWorksheet] = []
    for name in labels.feedbackSheets {
      let sheet = try workbook.addWorksheet(named: name)
      try sheet.setUpPrinting()
      sheets.append(sheet)
    }
    let stationIssues = feedback.issues.map { issues[Int($0)] }
    try writeAbout(feedback, issues: stationIssues, figures: figures, labels: labels, to: sheets[0])
    let issueBlock = SheetBlock(at: 0, items: stationIssues, table: Tables.stationIssues, labels: labels)
    try SheetWriter.writeTable(sheets[1], blocks: [issueBlock], frozenColumns: 2, measuredRows: measuredRows)
    let overdueBlock = SheetBlock(
      at: 0, items: feedback.overdueRows(in: figures.overdue), table: Tables.stationOverdue, labels: labels)
    try SheetWriter.writeTable(sheets[2], blocks: [overdueBlock], frozenColumns: 2, measuredRows: measuredRows)
    try workbook.close(writingTo: path)
  }

  /// 说明: the station and period, the figures beside the region's, the issues by code, and how to
  /// read the other two sheets.
  private static func writeAbout(
    _ feedback: StationFeedback, issues: [Issue], figures: Figures, labels: ReportLabels, to sheet: StreamedWorksheet
  ) throws(XLSXError) {
    let station = feedback.station
    let period = figures.period
    let language = labels.language
    var blocks: [SheetBlock] = []
    blocks.append(
      .title(labels.feedbackTitle(station: station.name, id: station.stationId, period: period.label), at: 0))
    let about: [(String, String)] = [
      (labels.stationIdTitle, station.stationId),
      (labels.stationNameTitle, station.name),
      (labels.townshipTitle, station.townshipName),
      (labels.periodTitle, labels.periodSpan(period)),
      (labels.asOfTitle, ReportFormat.day(figures.asOf)),
    ]
    let aboutBlock = SheetBlock(
      firstRow: 1, headers: [], styles: [.text, .text], rowCount: about.count, sizedColumns: 1,
      cells: { index in [.text(about[index].0), .text(about[index].1)] })
    blocks.append(aboutBlock)

    var row = aboutBlock.lastRow + 2
    for sentence in labels.feedbackGuide(issues: feedback.issues.count, overdue: feedback.overdue.count) {
      blocks.append(.note(sentence, at: row))
      row += 1
    }

    row += 1
    blocks.append(.title(labels.feedbackFiguresTitle, at: row))
    let keys = Tables.byStation.columns.compactMap { HeadlineKey(rawValue: $0.key) }
    let figuresBlock = SheetBlock(
      firstRow: row + 1,
      headers: [Tables.indicator.header.text(language), labels.stationColumn, labels.regionColumn],
      styles: [.text, .integer, .integer], rowCount: keys.count,
      cells: { index in
        let key = keys[index]
        return [
          .text(key.title.text(language)), .numberOrBlank(station[key]?.cellNumber),
          .numberOrBlank(figures.metrics[key].cellNumber),
        ]
      },
      rowStyles: { index in
        let style = keys[index].cellStyle
        return [.text, style, style]
      })
    blocks.append(figuresBlock)

    row = figuresBlock.lastRow + 2
    blocks.append(.title(labels.feedbackIssuesTitle, at: row))
    let counts = issueCounts(issues)
    if counts.isEmpty {
      blocks.append(.note(labels.noIssues, at: row + 1))
    } else {
      var byCode = SheetBlock(at: row + 1, items: counts, table: Tables.stationIssuesByCode, labels: labels)
      // The what-to-fix sentences are long: their column is as wide as a column gets, and they run on
      // into the empty cells to its right.
      byCode.sizedColumns = 5
      blocks.append(byCode)
    }
    // The first block is the title: no frozen rows (row 0 above it) and no filter.
    try SheetWriter.writeTable(sheet, blocks: blocks, filtered: false)
  }

  /// Each code's position in `IssueCode.allCases`.
  private static let codePositions = Dictionary(uniqueKeysWithValues: IssueCode.allCases.enumerated().map { ($1, $0) })

  /// The issues per code, errors before warnings, then by code.
  static func issueCounts(_ issues: [Issue]) -> [IssueCount] {
    var counts = [Int](repeating: 0, count: IssueCode.allCases.count)
    for issue in issues { counts[codePositions[issue.code] ?? 0] += 1 }
    return IssueCode.allCases.enumerated()
      .filter { counts[$0.offset] > 0 }
      .map { IssueCount(code: $0.element, count: counts[$0.offset]) }
      .sorted { ($0.code.severity, $0.code.rawValue) < ($1.code.severity, $1.code.rawValue) }
  }
}

extension FeedbackWorkbook {
  /// Writes the workbook of every station in `stations` to the path of the same position in
  /// `paths`, on every processor at once (each workbook on one thread).
  ///
  /// - Throws: The error of the first station, in the list's order, whose workbook failed.
  public static func writeAll<Issues: RandomAccessCollection<Issue> & Sendable>(
    _ stations: [StationFeedback], paths: [String], figures: Figures, issues: Issues, language: ReportLanguage
  ) throws(XLSXError) where Issues.Index == Int {
    precondition(paths.count == stations.count, "one path per station")
    let created = ReportWorkbook.creationTime(for: figures.period)
    let failures = (0..<stations.count).concurrentMap { index -> XLSXError? in
      do throws(XLSXError) {
        try write(
          stations[index], figures: figures, issues: issues, language: language, path: paths[index], created: created)
        return nil
      } catch {
        return error
      }
    }
    if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
  }

  /// Writes `feedback/index-<label>.csv`: one row per station of `stations`, handing the bytes to
  /// `output` in pieces.
  public static func writeIndex<Failure: Error>(
    _ stations: [StationFeedback], to output: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) {
    try ListCSV.write(Tables.feedbackIndex, rows: stations, to: output)
  }
}
