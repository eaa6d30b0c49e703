extension Worksheet {
  /// The most UTF-16 code units Excel keeps in one cell (32 767).
  public static let maximumTextLength = 32_767

  /// `text` as a cell can hold it: unchanged when it fits, otherwise cut after as many whole
  /// characters as fit with a visible "…" after them, at most ``maximumTextLength`` UTF-16 code
  /// units in all. (The full value stays in the CSV outputs.)
  public static func fittingCell(_ text: String) -> String {
    // UTF-16 never needs more code units than UTF-8 needs bytes, so most text is done here.
    guard text.utf8.count > maximumTextLength, text.utf16.count > maximumTextLength else { return text }
    let room = maximumTextLength - 1
    var kept = 0
    var end = text.startIndex
    while end < text.endIndex {
      let next = text.index(after: end)
      let units = text.utf16.distance(from: end, to: next)
      guard kept + units <= room else { break }
      kept += units
      end = next
    }
    return text[..<end] + "…"
  }

  /// `text` as libxlsxwriter is given it: cut as ``fittingCell(_:)`` says, and with U+FFFE and
  /// U+FFFF, which XML cannot hold and libxlsxwriter writes as they are, in Excel's `_xHHHH_`
  /// form, which Excel reads back as the character. (libxlsxwriter escapes control characters
  /// itself.)
  static func libraryText(_ text: String) -> String {
    let fitted = fittingCell(text)
    guard fitted.unicodeScalars.contains(where: { $0.value & 0xFFFE == 0xFFFE && $0.value <= 0xFFFF }) else {
      return fitted
    }
    var escaped = ""
    for scalar in fitted.unicodeScalars {
      switch scalar.value {
      case 0xFFFE: escaped += "_xFFFE_"
      case 0xFFFF: escaped += "_xFFFF_"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }
}
