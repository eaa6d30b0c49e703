import ShegongAggregation
import ShegongValidation

extension ReportWorkbookWriter {
  /// 数据问题: every issue that fits in the sheet (a note follows when some do not), and, to the
  /// right, the rows read, accepted and rejected per file and the issues per code.
  func writeIssues(to sheet: Worksheet) throws(XLSXError) {
    let budget = RowBudget(total: issues.count, firstDataRow: 1, rowLimit: rowLimit)
    let list = SheetBlock(
      at: 0,
      headers: [ReportColumn.file, .line, .column, .severity, .issueCode, .message, .value].map { $0.header(language) },
      styles: [.text, .integer, .text, .text, .text, .text, .text], rowCount: budget.shown
    ) { [issues, labels] index in
      let issue = issues[index]
      return [
        .text(issue.file), .integer(issue.line), .text(issue.column), .text(labels.severity(issue.severity)),
        .text(issue.code.rawValue), .text(issue.message), .text(issue.value),
      ]
    }
    var blocks = [list]
    if budget.isCut {
      let fileName = IssuesCSV.fileName(for: figures.period)
      blocks.append(
        .note(labels.truncationNote(shown: budget.shown, of: issues.count, fullListIn: fileName), at: list.lastRow + 1))
    }

    let side = list.columnCount + 1
    let quality = figures.dataQuality
    blocks.append(.title(labels.filesTitle, at: 0, column: side))
    let files = SheetBlock(
      at: 1, column: side, items: quality.files,
      columns: [
        SheetColumn(.file, .text) { .text($0.name) },
        SheetColumn(.encoding, .text) { .text($0.encoding) },
        SheetColumn(.rowsRead, .integer) { .integer($0.rows) },
        SheetColumn(.accepted, .integer) { .integer($0.accepted) },
        SheetColumn(.rejected, .integer) { .integer($0.rejected) },
        SheetColumn(.warnings, .integer) { .integer($0.warnings) },
      ], language: language)
    blocks.append(files)
    let codesRow = files.lastRow + 2
    blocks.append(.title(labels.issueCodesTitle, at: codesRow, column: side))
    var codes = SheetBlock(
      at: codesRow + 1, column: side, items: quality.issuesByCode,
      columns: [
        SheetColumn(.issueCode, .text) { .text($0.code.rawValue) },
        SheetColumn(.severity, .text) { [labels] in .text(labels.severity($0.code.severity)) },
        SheetColumn(.issueCount, .integer) { .integer($0.count) },
        SheetColumn(.issueMeaning, .text) { [labels] in .text(labels.meaning(of: $0.code)) },
      ], language: language)
    // The meanings are long; they run on into the empty cells to their right.
    codes.sizedColumns = 3
    blocks.append(codes)
    try writeTable(sheet, blocks: blocks)
  }
}
