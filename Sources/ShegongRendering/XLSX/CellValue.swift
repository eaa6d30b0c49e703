/// The content of one cell, for writing mixed rows with ``Worksheet/writeRow(_:row:column:formats:)``.
public enum CellValue: Sendable, Hashable {
  /// A string, always stored as text (never read as a formula).
  case text(String)
  /// A finite number.
  case number(Double)
  /// `TRUE` or `FALSE`.
  case bool(Bool)
  /// An empty cell (it still shows its format, if any).
  case blank
}

extension CellValue {
  /// A number cell from an integer (exact up to 2^53).
  public static func integer(_ value: Int) -> CellValue {
    .number(Double(value))
  }
}
