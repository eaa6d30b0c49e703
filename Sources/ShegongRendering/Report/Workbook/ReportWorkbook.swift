import ShegongAggregation
import ShegongValidation

/// The report workbook `shegong-<label>.xlsx` (SPEC §7): the headline summary, the tables of
/// SPEC §5, the overdue list, the issues and the definitions, with charts.
///
/// Every sheet has a bold, frozen header row, number formats (`#,##0`, `0.0%`, `0.00` hours,
/// `yyyy-mm-dd`) and columns sized for Chinese text; table sheets have an autofilter.
///
/// The list sheets 待回访 and 数据问题 show at most `sheetRows` rows (`--sheet-rows`), the rest
/// being in the overdue and issues CSV files, so that the workbook takes the same time however long
/// the lists are.
///
/// Every sheet is written strictly row by row, so the same code serves both of libxlsxwriter's
/// modes. A workbook whose rows (the list sheets as shown, workers, stations) number more than
/// ``constantMemoryRows`` rows is written in constant-memory mode, so that a million issues do
/// not sit in memory; its strings are then stored inline and its charts carry no cached values
/// (spreadsheet programs read the cells when the file is opened). Smaller workbooks are built in
/// memory, with shared strings and charts whose cached values and text categories let any viewer
/// draw them.
public enum ReportWorkbook {
  /// Above this many list rows the workbook is written in constant-memory mode.
  public static let constantMemoryRows = 100_000

  /// The rows 待回访 and 数据问题 show by default (`--sheet-rows`).
  public static let defaultSheetRows = 20_000

  /// The file name for `period`: `shegong-2026-06.xlsx`.
  public static func fileName(for period: Period) -> String {
    "shegong-\(period.label).xlsx"
  }

  /// The creation time to record for `period`: the midnight that ends its last day in China
  /// Standard Time (UTC+8), in seconds since 1970. Pinning it makes reruns byte-identical.
  public static func creationTime(for period: Period) -> Int {
    (Int(period.end) + 1) * 86_400 - 8 * 3_600
  }

  /// Writes the workbook for `figures` to `path`.
  ///
  /// - Parameters:
  ///   - figures: The figures of the period.
  ///   - issues: Every issue of the run, in the order the issues CSV lists them; the 数据问题 sheet
  ///     lists the first `sheetRows` and says so when it is cut.
  ///   - language: The language of sheet names, headers and labels.
  ///   - sheetRows: The most rows 待回访 and 数据问题 show (positive).
  ///   - path: The `.xlsx` file to write; its folder must exist.
  ///   - created: The creation time recorded in the file (see ``creationTime(for:)``).
  ///   - temporaryDirectory: Where libxlsxwriter keeps its row files while writing; nil for the
  ///     system's default.
  /// - Throws: ``XLSXError`` when the file cannot be written.
  public static func write<Issues: RandomAccessCollection<Issue>>(
    figures: Figures, issues: Issues, language: ReportLanguage, sheetRows: Int = defaultSheetRows, path: String,
    created: Int, temporaryDirectory: String? = nil
  ) throws(XLSXError) where Issues.Index == Int {
    try write(
      figures: figures, issues: issues, language: language, path: path, created: created,
      temporaryDirectory: temporaryDirectory, rowLimit: RowBudget.excelRowLimit, sheetRows: sheetRows,
      constantMemory: nil)
  }

  /// Writes the workbook with sheets of `rowLimit` rows, so that tests can see a list being cut,
  /// in constant-memory mode or not as `constantMemory` says (nil: by the number of list rows).
  static func write<Issues: RandomAccessCollection<Issue>>(
    figures: Figures, issues: Issues, language: ReportLanguage, path: String, created: Int,
    temporaryDirectory: String? = nil, rowLimit: Int, sheetRows: Int = defaultSheetRows, constantMemory: Bool?
  ) throws(XLSXError) where Issues.Index == Int {
    let listRows =
      min(issues.count, sheetRows) + min(figures.overdue.count, sheetRows) + figures.byWorker.count
      + figures.byStation.count
    let workbook = try Workbook(
      path: path, created: created, constantMemory: constantMemory ?? (listRows > constantMemoryRows),
      temporaryDirectory: temporaryDirectory)
    let labels = ReportLabels.labels(language)
    var sheets: [Worksheet] = []
    for name in labels.sheets.all {
      let sheet = try workbook.addWorksheet(named: name)
      // Printed, each sheet is one landscape page wide with its header row on every page.
      try sheet.setUpPrinting()
      sheets.append(sheet)
    }
    let writer = ReportWorkbookWriter(
      figures: figures, issues: issues, labels: labels, rowLimit: rowLimit, sheetRows: sheetRows)
    try writer.writeSummary(to: sheets[0])
    try writer.writeStations(to: sheets[1])
    try writer.writeTownships(to: sheets[2])
    try writer.writeCategories(to: sheets[3])
    try writer.writeDisability(to: sheets[4])
    try writer.writeServiceTypes(to: sheets[5])
    try writer.writeWorkers(to: sheets[6])
    try writer.writeTrend(to: sheets[7])
    try writer.writeOverdue(to: sheets[8])
    try writer.writeIssueStations(to: sheets[9])
    try writer.writeIssues(to: sheets[10])
    try writer.writeDefinitions(to: sheets[11])
    try workbook.close()
  }
}

/// Writes the sheets of one report workbook; one extension per sheet.
struct ReportWorkbookWriter<Issues: RandomAccessCollection<Issue>> where Issues.Index == Int {
  /// The figures shown.
  let figures: Figures
  /// The issues listed on the issues sheet, worded one at a time as their rows are written.
  let issues: Issues
  /// The text of the chosen language.
  let labels: ReportLabels
  /// Rows per sheet (Excel's limit, or less in tests).
  let rowLimit: Int
  /// The most rows a list sheet shows (`--sheet-rows`).
  let sheetRows: Int

  /// The language of the labels.
  var language: ReportLanguage { labels.language }

  /// Writes `blocks` to `sheet`, freezes the rows above the first block's data (and `frozenColumns`
  /// columns), and puts an autofilter on the first block.
  ///
  /// The panes and the filter are set before any row: in constant-memory mode libxlsxwriter
  /// refuses ranges above rows already written.
  func writeTable(
    _ sheet: Worksheet, blocks: [SheetBlock], frozenColumns: Int = 0, filtered: Bool = true
  ) throws(XLSXError) {
    try SheetWriter.writeTable(sheet, blocks: blocks, frozenColumns: frozenColumns, filtered: filtered)
  }

  /// The blocks of a list that may be longer than a sheet shows: its first `sheetRows` rows (or
  /// as many as fit), under the header of `table`, and, when some are left out, a note that the
  /// full list is in `fileName`.
  func listBlocks<Items: RandomAccessCollection>(
    _ items: Items, table: Table<Items.Element>, fullListIn fileName: String
  ) -> [SheetBlock] where Items.Index == Int {
    let budget = RowBudget(total: items.count, firstDataRow: 1, rowLimit: rowLimit, sheetRows: sheetRows)
    let list = SheetBlock(at: 0, items: items.prefix(budget.shown), table: table, labels: labels)
    guard budget.isCut else { return [list] }
    let note = labels.truncationNote(shown: budget.shown, of: items.count, fullListIn: fileName)
    return [list, .note(note, at: list.lastRow + 1)]
  }
}
