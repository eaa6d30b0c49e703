import CXLSXWriter

extension Workbook {
  /// The libxlsxwriter format for `format`, made on first use and cached; `nil` for no format
  /// or a plain one.
  ///
  /// Calls `workbook_add_format`, then `format_set_bold`, `format_set_num_format`,
  /// `format_set_text_wrap`, `format_set_align`, `format_set_bg_color` and `format_set_border`
  /// as the format asks.
  ///
  /// - Throws: ``XLSXError`` when the number format is longer than libxlsxwriter keeps or
  ///   `workbook_add_format` returns NULL.
  func formatHandle(for format: CellFormat?) throws(XLSXError) -> UnsafeMutablePointer<lxw_format>? {
    guard let format, !format.isPlain else { return nil }
    if let cached = formats[format] {
      return cached
    }
    if let numberFormat = format.numberFormat, numberFormat.utf8.count >= Int(LXW_FORMAT_FIELD_LEN) {
      throw XLSXError(
        function: "format_set_num_format",
        message: "number format \"\(numberFormat)\" is longer than \(Int(LXW_FORMAT_FIELD_LEN) - 1) bytes")
    }
    let handle = try XLSXError.nonNull(
      workbook_add_format(self.handle), from: "workbook_add_format", "cannot add a cell format")
    if format.isBold {
      format_set_bold(handle)
    }
    if let numberFormat = format.numberFormat {
      format_set_num_format(handle, numberFormat)
    }
    if format.wrapsText {
      format_set_text_wrap(handle)
    }
    if let alignment = format.horizontalAlignment {
      format_set_align(handle, Self.alignmentCode(alignment))
    }
    if let alignment = format.verticalAlignment {
      format_set_align(handle, Self.alignmentCode(alignment))
    }
    if let color = format.backgroundColor {
      // A background colour without a pattern is drawn as a solid fill by libxlsxwriter.
      format_set_bg_color(handle, lxw_color_t(color & 0xFF_FFFF))
    }
    if format.hasBorder {
      format_set_border(handle, UInt8(LXW_BORDER_THIN.rawValue))
    }
    formats[format] = handle
    return handle
  }

  /// The `lxw_format_alignments` value for a horizontal alignment.
  private static func alignmentCode(_ alignment: CellFormat.HorizontalAlignment) -> UInt8 {
    switch alignment {
    case .left: UInt8(LXW_ALIGN_LEFT.rawValue)
    case .center: UInt8(LXW_ALIGN_CENTER.rawValue)
    case .right: UInt8(LXW_ALIGN_RIGHT.rawValue)
    }
  }

  /// The `lxw_format_alignments` value for a vertical alignment.
  private static func alignmentCode(_ alignment: CellFormat.VerticalAlignment) -> UInt8 {
    switch alignment {
    case .top: UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)
    case .center: UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue)
    case .bottom: UInt8(LXW_ALIGN_VERTICAL_BOTTOM.rawValue)
    }
  }
}
