import CXLSXWriter

/// Checks and converts zero-based cell coordinates for libxlsxwriter.
enum CellAddress {
  /// The number of rows in a worksheet.
  static let rowCount = Int(LXW_ROW_MAX)
  /// The number of columns in a worksheet.
  static let columnCount = Int(LXW_COL_MAX)

  /// `row` as an `lxw_row_t`, or an error for `function` when it is outside the sheet.
  static func row(_ row: Int, for function: String) throws(XLSXError) -> lxw_row_t {
    guard (0..<rowCount).contains(row), let converted = lxw_row_t(exactly: row) else {
      throw XLSXError(function: function, message: "row \(row) is outside 0…\(rowCount - 1)")
    }
    return converted
  }

  /// `column` as an `lxw_col_t`, or an error for `function` when it is outside the sheet.
  static func column(_ column: Int, for function: String) throws(XLSXError) -> lxw_col_t {
    guard (0..<columnCount).contains(column), let converted = lxw_col_t(exactly: column) else {
      throw XLSXError(function: function, message: "column \(column) is outside 0…\(columnCount - 1)")
    }
    return converted
  }

  /// The A1-style name of a cell, such as `B3` for row 2, column 1, for messages: the name
  /// ``XMLBytes/appendCellName(row:column:)`` writes into a sheet.
  static func name(row: Int, column: Int) -> String {
    var xml = XMLBytes()
    xml.appendCellName(row: row, column: column)
    return String(decoding: xml.bytes, as: UTF8.self)
  }
}
