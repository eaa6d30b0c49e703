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
}
