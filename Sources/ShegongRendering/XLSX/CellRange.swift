/// A rectangle of cells, zero-based and inclusive at both ends, like libxlsxwriter's
/// `first_row, first_col, last_row, last_col` arguments.
public struct CellRange: Sendable, Hashable {
  /// The top row.
  public var firstRow: Int
  /// The leftmost column.
  public var firstColumn: Int
  /// The bottom row.
  public var lastRow: Int
  /// The rightmost column.
  public var lastColumn: Int

  /// Makes a range from its corners.
  public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
    self.firstRow = firstRow
    self.firstColumn = firstColumn
    self.lastRow = lastRow
    self.lastColumn = lastColumn
  }

  /// Makes a range over rows `rows` of the single column `column`.
  public init(rows: ClosedRange<Int>, column: Int) {
    self.init(firstRow: rows.lowerBound, firstColumn: column, lastRow: rows.upperBound, lastColumn: column)
  }
}

/// A cell range on a named worksheet, as used by chart series.
public struct SheetRange: Sendable, Hashable {
  /// The worksheet's name, exactly as given to ``Workbook/addWorksheet(named:)``.
  public var sheetName: String
  /// The cells.
  public var cells: CellRange

  /// Makes a range of `cells` on the worksheet named `sheetName`.
  public init(sheetName: String, cells: CellRange) {
    self.sheetName = sheetName
    self.cells = cells
  }
}
