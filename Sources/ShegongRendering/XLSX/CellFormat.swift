/// How a cell looks: bold, number format, wrapping, alignment, fill and border.
///
/// A value type; the ``Workbook`` turns each distinct `CellFormat` into one libxlsxwriter
/// format the first time it is used and reuses it afterwards.
public struct CellFormat: Sendable, Hashable {
  /// Horizontal placement of a cell's content.
  public enum HorizontalAlignment: Sendable, Hashable {
    /// Against the left edge.
    case left
    /// Centred.
    case center
    /// Against the right edge.
    case right
  }

  /// Vertical placement of a cell's content.
  public enum VerticalAlignment: Sendable, Hashable {
    /// Against the top edge.
    case top
    /// Centred.
    case center
    /// Against the bottom edge (Excel's default).
    case bottom
  }

  /// Whether the font is bold.
  public var isBold: Bool
  /// An Excel number format such as `"0.0%"`, `"0.00"` or `"#,##0"`; `nil` for General.
  /// At most 127 UTF-8 bytes.
  public var numberFormat: String?
  /// Whether long text wraps onto several lines within the cell.
  public var wrapsText: Bool
  /// Horizontal alignment; `nil` leaves Excel's default (text left, numbers right).
  public var horizontalAlignment: HorizontalAlignment?
  /// Vertical alignment; `nil` leaves Excel's default (bottom).
  public var verticalAlignment: VerticalAlignment?
  /// A solid background colour as `0xRRGGBB`; `nil` for none.
  public var backgroundColor: UInt32?
  /// Whether the cell has a thin border on all four sides.
  public var hasBorder: Bool

  /// Makes a format; every argument defaults to Excel's plain cell.
  public init(
    bold: Bool = false, numberFormat: String? = nil, wrapsText: Bool = false,
    horizontalAlignment: HorizontalAlignment? = nil, verticalAlignment: VerticalAlignment? = nil,
    backgroundColor: UInt32? = nil, border: Bool = false
  ) {
    self.isBold = bold
    self.numberFormat = numberFormat
    self.wrapsText = wrapsText
    self.horizontalAlignment = horizontalAlignment
    self.verticalAlignment = verticalAlignment
    self.backgroundColor = backgroundColor
    self.hasBorder = border
  }

  /// Whether this is Excel's plain cell, which needs no libxlsxwriter format at all.
  var isPlain: Bool {
    self == CellFormat()
  }
}

extension CellFormat {
  /// Bold text, for header rows.
  public static let bold = CellFormat(bold: true)
  /// Whole numbers with thousands separators: `#,##0`.
  public static let integer = CellFormat(numberFormat: "#,##0")
  /// Percentages with one decimal: `0.0%` (the cell holds the ratio, 0.123 shows 12.3%).
  public static let percentage = CellFormat(numberFormat: "0.0%")
  /// Hours with two decimals: `0.00`.
  public static let hours = CellFormat(numberFormat: "0.00")
}
