/// Makes text safe to place in a Markdown table cell.
public enum MarkdownText {
  /// `text` with `|` escaped as `\|` and every line break (CR LF, CR, LF, U+2028, U+2029)
  /// replaced by `<br>`, so that it stays inside one cell of one table row.
  public static func cell(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscaping) else { return text }
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count + 8)
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let scalar = pending {
      pending = scalars.next()
      switch scalar {
      case "|":
        escaped += "\\|"
      case "\r":
        escaped += "<br>"
        if pending == "\n" {
          pending = scalars.next()
        }
      case "\n", "\u{2028}", "\u{2029}":
        escaped += "<br>"
      default:
        escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }

  private static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "|" || scalar == "\r" || scalar == "\n" || scalar == "\u{2028}" || scalar == "\u{2029}"
  }
}
