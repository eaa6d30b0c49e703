import CXLSXWriter

extension Worksheet {
  /// Sets the width of `columns`, in Excel's units (about one digit of the default font).
  ///
  /// Calls `worksheet_set_column`; `format`, when given, becomes the columns' default format.
  ///
  /// - Throws: ``XLSXError`` for a column outside the sheet or a negative width.
  public func setColumnWidth(_ width: Double, columns: ClosedRange<Int>, format: CellFormat? = nil) throws(XLSXError) {
    let function = "worksheet_set_column"
    guard width.isFinite, width >= 0 else {
      throw XLSXError(function: function, message: "column width \(width) is not a width")
    }
    let (_, first, cFormat) = try prepare(row: 0, column: columns.lowerBound, format: format, for: function)
    let last = try CellAddress.column(columns.upperBound, for: function)
    try XLSXError.check(worksheet_set_column(handle, first, last, width, cFormat), from: function)
  }

  /// Sets the width of one column; calls `worksheet_set_column`.
  ///
  /// - Throws: ``XLSXError`` for a column outside the sheet or a negative width.
  public func setColumnWidth(_ width: Double, column: Int, format: CellFormat? = nil) throws(XLSXError) {
    try setColumnWidth(width, columns: column...column, format: format)
  }

  /// Sets the height of `row` in points; calls `worksheet_set_row`.
  ///
  /// - Throws: ``XLSXError`` for a row outside the sheet or a negative height.
  public func setRowHeight(_ height: Double, row: Int, format: CellFormat? = nil) throws(XLSXError) {
    let function = "worksheet_set_row"
    guard height.isFinite, height >= 0 else {
      throw XLSXError(function: function, message: "row height \(height) is not a height")
    }
    let (cRow, _, cFormat) = try prepare(row: row, column: 0, format: format, for: function)
    try XLSXError.check(worksheet_set_row(handle, cRow, height, cFormat), from: function)
  }

  /// Keeps the rows above `row` and the columns left of `column` in view while scrolling;
  /// `freezePanes(row: 1, column: 0)` freezes a header row.
  ///
  /// Calls `worksheet_freeze_panes` (which reports no errors itself).
  ///
  /// - Throws: ``XLSXError`` for a position outside the sheet or a closed workbook.
  public func freezePanes(row: Int, column: Int) throws(XLSXError) {
    let function = "worksheet_freeze_panes"
    let (cRow, cColumn, _) = try prepare(row: row, column: column, format: nil, for: function)
    worksheet_freeze_panes(handle, cRow, cColumn)
  }

  /// Adds filter buttons to the header row of `range` (its first row).
  ///
  /// Calls `worksheet_autofilter`.
  ///
  /// - Throws: ``XLSXError`` for a range outside the sheet.
  public func setAutofilter(_ range: CellRange) throws(XLSXError) {
    let function = "worksheet_autofilter"
    let (firstRow, firstColumn, _) = try prepare(
      row: range.firstRow, column: range.firstColumn, format: nil, for: function)
    let lastRow = try CellAddress.row(range.lastRow, for: function)
    let lastColumn = try CellAddress.column(range.lastColumn, for: function)
    try XLSXError.check(
      worksheet_autofilter(handle, firstRow, firstColumn, lastRow, lastColumn), from: function)
  }
}
