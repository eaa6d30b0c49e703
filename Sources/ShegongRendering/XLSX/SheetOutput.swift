/// A worksheet that tables are written to: ``Worksheet`` (libxlsxwriter, for the report, whose
/// sheets carry charts) and ``StreamedWorksheet`` (our own, for the feedback workbooks).
///
/// Zero-based rows and columns. Widths, panes and filters come before the first row; rows are
/// written from the top and a row's cells from the left.
protocol SheetOutput {
  /// A cell format looked up once, for writing many cells with it.
  associatedtype ResolvedFormat

  /// Looks `format` up for ``write(_:row:column:resolved:)``.
  func resolve(_ format: CellFormat?) throws(XLSXError) -> ResolvedFormat
  /// Writes one cell in a format from ``resolve(_:)``.
  func write(_ value: CellValue, row: Int, column: Int, resolved: ResolvedFormat) throws(XLSXError)
  /// Writes `values` on `row` from `column` rightwards, each in the format at the same position in
  /// `resolved` (none past its end).
  func writeRow(_ values: [CellValue], row: Int, column: Int, resolved: [ResolvedFormat]) throws(XLSXError)
  /// Sets the width of one column, in Excel's units.
  func setColumnWidth(_ width: Double, column: Int, format: CellFormat?) throws(XLSXError)
  /// Sets the height of a row, in points.
  func setRowHeight(_ height: Double, row: Int, format: CellFormat?) throws(XLSXError)
  /// Keeps the rows above `row` and the columns left of `column` in view.
  func freezePanes(row: Int, column: Int) throws(XLSXError)
  /// Adds filter buttons to the first row of `range`.
  func setAutofilter(_ range: CellRange) throws(XLSXError)
}

extension Worksheet: SheetOutput {
  /// Writes the cells one by one with ``write(_:row:column:resolved:)``.
  func writeRow(_ values: [CellValue], row: Int, column: Int, resolved: [ResolvedFormat]) throws(XLSXError) {
    let plain = ResolvedFormat(handle: nil)
    for (offset, value) in values.enumerated() {
      try write(value, row: row, column: column + offset, resolved: offset < resolved.count ? resolved[offset] : plain)
    }
  }
}

extension StreamedWorksheet: SheetOutput {}
