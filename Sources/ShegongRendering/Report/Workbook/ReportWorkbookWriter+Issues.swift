import ShegongAggregation
import ShegongValidation

extension ReportWorkbookWriter {
  /// 数据问题: every issue that fits in the sheet (a note follows when some do not), and, to the
  /// right, the rows read, accepted and rejected per file and the issues per code.
  func writeIssues(to sheet: Worksheet) throws(XLSXError) {
    var blocks = listBlocks(issues, table: Tables.issues, fullListIn: IssuesCSV.fileName(for: figures.period))
    let side = blocks[0].columnCount + 1
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
