import ShegongAggregation
import ShegongValidation

/// A rectangle of a worksheet: an optional bold header row and data rows made on demand.
///
/// Blocks let one sheet hold several tables (one below or beside another) while the rows are
/// still written strictly top to bottom, as a constant-memory workbook requires: the writer
/// asks each block for the cells of the current row only.
struct SheetBlock {
  /// The row of the header (or of the first data row when there is no header).
  var firstRow: Int
  /// The leftmost column.
  var firstColumn = 0
  /// The header cells; empty for a block without a header row.
  var headers: [String]
  /// The style of each column's data cells.
  var styles: [ReportCellStyle]
  /// The number of data rows.
  var rowCount: Int
  /// How many of the block's leading columns are sized to fit its text; the others (and titles
  /// and notes, which have none) may run on into empty cells to their right.
  var sizedColumns = Int.max
  /// The header's format.
  var headerFormat = SheetBlock.headerFormat
  /// The data cells of row `index` (0-based among the data rows), one per column.
  var cells: (_ index: Int) -> [CellValue]
  /// A background colour for the data row `index`, or nil.
  var fill: (_ index: Int) -> UInt32? = { _ in nil }
  /// The styles of data row `index` when they differ from ``styles``, or nil.
  var rowStyles: (_ index: Int) -> [ReportCellStyle]? = { _ in nil }

  /// The bold, shaded header of a table; long headers wrap.
  static let headerFormat = CellFormat(
    bold: true, wrapsText: true, verticalAlignment: .center, backgroundColor: 0xDDEBF7, border: true)
  /// A bold title line above a table.
  static let titleFormat = CellFormat(bold: true)

  /// The style of each cell of data row `index`.
  func styles(ofRow index: Int) -> [ReportCellStyle] {
    rowStyles(index) ?? styles
  }

  /// The row of the first data cell.
  var firstDataRow: Int { headers.isEmpty ? firstRow : firstRow + 1 }
  /// The last row the block occupies; `firstRow - 1` for a block with neither header nor rows.
  var lastRow: Int { firstDataRow + rowCount - 1 }
  /// The number of columns.
  var columnCount: Int { max(headers.count, styles.count) }
  /// The cells of the header and data rows, for an autofilter.
  var range: CellRange {
    CellRange(firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: firstColumn + columnCount - 1)
  }

  /// A single bold line of text, such as a section title, that does not widen its column.
  static func title(_ text: String, at row: Int, column: Int = 0) -> SheetBlock {
    SheetBlock(
      firstRow: row, firstColumn: column, headers: [text], styles: [.text], rowCount: 0, sizedColumns: 0,
      headerFormat: titleFormat, cells: { _ in [] })
  }

  /// A single line of plain text, such as a note, that does not widen its column.
  static func note(_ text: String, at row: Int, column: Int = 0) -> SheetBlock {
    SheetBlock(
      firstRow: row, firstColumn: column, headers: [], styles: [.text], rowCount: 1, sizedColumns: 0,
      cells: { _ in [.text(text)] })
  }
}

extension SheetBlock {
  /// A block with a header and the rows of `items`, one column per column of `table` that the
  /// workbook shows.
  init<Items: RandomAccessCollection>(
    at firstRow: Int, column firstColumn: Int = 0, items: Items, table: Table<Items.Element>, labels: ReportLabels,
    fill: ((Items.Element) -> UInt32?)? = nil
  ) where Items.Index == Int {
    let columns = table.columns(in: .workbook)
    self.firstRow = firstRow
    self.firstColumn = firstColumn
    self.headers = columns.map { $0.header.text(labels.language) }
    self.styles = columns.map { ReportCellStyle($0.format) }
    self.rowCount = items.count
    // Taken apart once, so that a million rows do not copy the columns' texts.
    let values = columns.map { $0.value }
    let missing = columns.map { column in column.missing.map { CellValue.text($0.text(labels.language)) } ?? .blank }
    self.cells = { index in
      // Read once: a lazy collection (such as the overdue rows) builds the item on each read.
      let item = items[items.startIndex + index]
      return values.indices.map { labels.cell(values[$0](item), missing: missing[$0]) }
    }
    if let fill {
      self.fill = { index in fill(items[items.startIndex + index]) }
    }
  }
}
