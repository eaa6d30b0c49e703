import CXLSXWriter

/// One sheet of a ``Workbook``; made by ``Workbook/addWorksheet(named:)``.
///
/// Rows and columns are zero-based. In a constant-memory workbook rows must be written in
/// increasing order (see ``Workbook``). Every method throws ``XLSXError`` once the workbook is
/// closed.
public final class Worksheet {
  /// The workbook that owns the C worksheet; kept alive as long as the sheet is.
  let workbook: Workbook
  /// The libxlsxwriter worksheet, owned and freed by the workbook.
  let handle: UnsafeMutablePointer<lxw_worksheet>
  /// The sheet's name, as shown on its tab.
  public let name: String

  init(workbook: Workbook, handle: UnsafeMutablePointer<lxw_worksheet>, name: String) {
    self.workbook = workbook
    self.handle = handle
    self.name = name
  }

  /// Writes `text` as a string cell.
  ///
  /// Calls `worksheet_write_string`, never a formula function: text such as `=SUM(A1)`,
  /// `+86 138…`, `-x` or `@x` stays literal. Empty text without a format leaves the cell
  /// empty. Text ends at its first NUL character, as C strings do. Text longer than a cell
  /// holds is cut with a visible "…"; U+FFFE and U+FFFF are written in Excel's escape form
  /// (``libraryText(_:)``).
  ///
  /// - Throws: ``XLSXError`` for a cell outside the sheet, or a row above the current one in
  ///   constant-memory mode.
  public func write(_ text: String, row: Int, column: Int, format: CellFormat? = nil) throws(XLSXError) {
    let function = "worksheet_write_string"
    let (cRow, cColumn, cFormat) = try prepare(row: row, column: column, format: format, for: function)
    try XLSXError.check(
      worksheet_write_string(handle, cRow, cColumn, Self.libraryText(text), cFormat), from: function)
  }

  /// Writes `number` as a number cell.
  ///
  /// Calls `worksheet_write_number`. NaN and infinities are refused before the call, because
  /// Excel cannot store them.
  ///
  /// - Throws: ``XLSXError`` for a number that is not finite or a cell outside the sheet.
  public func write(_ number: Double, row: Int, column: Int, format: CellFormat? = nil) throws(XLSXError) {
    let function = "worksheet_write_number"
    guard number.isFinite else {
      throw XLSXError(
        function: function,
        message: "refusing to write \(number) to \(name)!\(CellAddress.name(row: row, column: column))")
    }
    let (cRow, cColumn, cFormat) = try prepare(row: row, column: column, format: format, for: function)
    try XLSXError.check(worksheet_write_number(handle, cRow, cColumn, number, cFormat), from: function)
  }

  /// Writes an integer as a number cell (exact up to 2^53); calls `worksheet_write_number`.
  ///
  /// - Throws: ``XLSXError`` for a cell outside the sheet.
  public func write(_ number: Int, row: Int, column: Int, format: CellFormat? = nil) throws(XLSXError) {
    try write(Double(number), row: row, column: column, format: format)
  }

  /// Writes `TRUE` or `FALSE`; calls `worksheet_write_boolean`.
  ///
  /// - Throws: ``XLSXError`` for a cell outside the sheet.
  public func write(_ flag: Bool, row: Int, column: Int, format: CellFormat? = nil) throws(XLSXError) {
    let function = "worksheet_write_boolean"
    let (cRow, cColumn, cFormat) = try prepare(row: row, column: column, format: format, for: function)
    try XLSXError.check(worksheet_write_boolean(handle, cRow, cColumn, flag ? 1 : 0, cFormat), from: function)
  }

  /// Writes an empty cell that carries `format`; calls `worksheet_write_blank`.
  ///
  /// libxlsxwriter ignores a blank cell without a format, which leaves the cell empty too.
  ///
  /// - Throws: ``XLSXError`` for a cell outside the sheet.
  public func writeBlank(row: Int, column: Int, format: CellFormat? = nil) throws(XLSXError) {
    let function = "worksheet_write_blank"
    let (cRow, cColumn, cFormat) = try prepare(row: row, column: column, format: format, for: function)
    try XLSXError.check(worksheet_write_blank(handle, cRow, cColumn, cFormat), from: function)
  }

  /// Writes one cell of any kind.
  ///
  /// Calls `worksheet_write_string`, `worksheet_write_number`, `worksheet_write_boolean` or
  /// `worksheet_write_blank`, as the value's kind asks.
  ///
  /// - Throws: ``XLSXError`` as the function for that kind does.
  public func write(_ value: CellValue, row: Int, column: Int, format: CellFormat? = nil) throws(XLSXError) {
    switch value {
    case .text(let text): try write(text, row: row, column: column, format: format)
    case .number(let number): try write(number, row: row, column: column, format: format)
    case .bool(let flag): try write(flag, row: row, column: column, format: format)
    case .blank: try writeBlank(row: row, column: column, format: format)
    }
  }

  /// A cell format looked up once, for writing many cells with it.
  struct ResolvedFormat {
    /// The libxlsxwriter format; nil for none.
    let handle: UnsafeMutablePointer<lxw_format>?
  }

  /// Looks `format` up (making it on first use) for ``write(_:row:column:resolved:)``.
  func resolve(_ format: CellFormat?) throws(XLSXError) -> ResolvedFormat {
    ResolvedFormat(handle: try workbook.formatHandle(for: format))
  }

  /// Writes one cell of any kind with a format resolved by ``resolve(_:)``: in a table of a
  /// million rows, looking the format up for every cell costs more than writing the cell.
  ///
  /// Calls `worksheet_write_string`, `worksheet_write_number`, `worksheet_write_boolean` or
  /// `worksheet_write_blank`, as the value's kind asks; refuses NaN and infinities.
  func write(_ value: CellValue, row: Int, column: Int, resolved: ResolvedFormat) throws(XLSXError) {
    let function = "worksheet_write_cell"
    try workbook.ensureOpen(for: function)
    let cRow = try CellAddress.row(row, for: function)
    let cColumn = try CellAddress.column(column, for: function)
    let format = resolved.handle
    switch value {
    case .text(let text):
      try XLSXError.check(
        worksheet_write_string(handle, cRow, cColumn, Self.libraryText(text), format), from: "worksheet_write_string")
    case .number(let number):
      guard number.isFinite else {
        throw XLSXError(
          function: "worksheet_write_number",
          message: "refusing to write \(number) to \(name)!\(CellAddress.name(row: row, column: column))")
      }
      try XLSXError.check(worksheet_write_number(handle, cRow, cColumn, number, format), from: "worksheet_write_number")
    case .bool(let flag):
      try XLSXError.check(
        worksheet_write_boolean(handle, cRow, cColumn, flag ? 1 : 0, format), from: "worksheet_write_boolean")
    case .blank:
      try XLSXError.check(worksheet_write_blank(handle, cRow, cColumn, format), from: "worksheet_write_blank")
    }
  }

  /// Writes `values` left to right from `column` on `row`, each with the format at the same
  /// position in `formats` (missing or `nil` entries mean no format).
  ///
  /// Calls, per cell, `worksheet_write_string`, `worksheet_write_number`,
  /// `worksheet_write_boolean` or `worksheet_write_blank`.
  ///
  /// - Throws: ``XLSXError`` from the first cell that fails.
  public func writeRow(
    _ values: [CellValue], row: Int, column: Int = 0, formats: [CellFormat?] = []
  ) throws(XLSXError) {
    for (offset, value) in values.enumerated() {
      let format = offset < formats.count ? formats[offset] : nil
      try write(value, row: row, column: column + offset, format: format)
    }
  }

  /// Checks that the workbook is open and converts a cell and its format for a C call.
  func prepare(
    row: Int, column: Int, format: CellFormat?, for function: String
  ) throws(XLSXError) -> (lxw_row_t, lxw_col_t, UnsafeMutablePointer<lxw_format>?) {
    try workbook.ensureOpen(for: function)
    let cRow = try CellAddress.row(row, for: function)
    let cColumn = try CellAddress.column(column, for: function)
    return (cRow, cColumn, try workbook.formatHandle(for: format))
  }
}
