import ShegongAggregation
import ShegongValidation

extension ReportWorkbookWriter {
  /// 数据问题: every issue that fits in the sheet (a note follows when some do not), and, to the
  /// right, the rows read, accepted and rejected per file and the issues per code.
  func writeIssues(to sheet: Worksheet) throws(XLSXError) {
    let budget = RowBudget(total: issues.count, firstDataRow: 1, rowLimit: rowLimit)
    let list = SheetBlock(at: 0, items: issues.prefix(budget.shown), table: Tables.issues, labels: labels)
    var blocks = [list]
    if budget.isCut {
      let fileName = IssuesCSV.fileName(for: figures.period)
      blocks.append(
        .note(labels.truncationNote(shown: budget.shown, of: issues.count, fullListIn: fileName), at: list.lastRow + 1))
    }

    let side = list.columnCount + 1
    let quality = figures.dataQuality
    blocks.append(.title(labels.filesTitle, at: 0, column: side))
    let files = SheetBlock(at: 1, column: side, items: quality.files, table: Tables.files, labels: labels)
    blocks.append(files)
    let codesRow = files.lastRow + 2
    blocks.append(.title(labels.issueCodesTitle, at: codesRow, column: side))
    var codes = SheetBlock(
      at: codesRow + 1, column: side, items: quality.issuesByCode, table: Tables.issuesByCode, labels: labels)
    // The meanings are long; they run on into the empty cells to their right.
    codes.sizedColumns = 3
    blocks.append(codes)
    try writeTable(sheet, blocks: blocks)
  }
}
