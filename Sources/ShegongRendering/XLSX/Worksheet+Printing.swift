import CXLSXWriter

extension Worksheet {
  /// Sets up the sheet for printing: landscape, `width` pages wide (as many pages long as needed),
  /// and the first `repeatedRows` rows repeated at the top of every page.
  ///
  /// Calls `worksheet_set_landscape`, `worksheet_fit_to_pages` and `worksheet_repeat_rows`.
  ///
  /// - Throws: ``XLSXError`` for a closed workbook or a repeated-row count outside the sheet.
  public func setUpPrinting(pagesWide width: Int = 1, repeatedRows: Int = 1) throws(XLSXError) {
    let function = "worksheet_fit_to_pages"
    try workbook.ensureOpen(for: function)
    guard width >= 1, width <= Int(UInt16.max) else {
      throw XLSXError(function: function, message: "\(width) is not a page count")
    }
    worksheet_set_landscape(handle)
    worksheet_fit_to_pages(handle, UInt16(width), 0)
    if repeatedRows > 0 {
      let last = try CellAddress.row(repeatedRows - 1, for: "worksheet_repeat_rows")
      try XLSXError.check(worksheet_repeat_rows(handle, 0, last), from: "worksheet_repeat_rows")
    }
  }
}
