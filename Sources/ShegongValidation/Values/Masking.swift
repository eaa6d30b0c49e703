/// Masking of beneficiaries' names and ID numbers for outputs, as the privacy rules require.
public enum Masking {
  /// A name with only its first and last character kept and one `*` between them.
  ///
  /// Characters are grapheme clusters: `张三倩` → `张*倩`, `欧阳娜娜` → `欧*娜`; a two-character name
  /// keeps its first (`张三` → `张*`), a one-character name becomes `*`, and an empty name stays empty.
  public static func name(_ name: String) -> String {
    let scalars = name.unicodeScalars
    if scalars.allSatisfy(standsAlone), let first = scalars.first, let last = scalars.last {
      // Each scalar is a whole character here, so counting scalars counts characters.
      switch scalars.count {
      case 1: return "*"
      case 2: return String(first) + "*"
      default: return String(first) + "*" + String(last)
      }
    }
    guard let first = name.first, let last = name.last else { return "" }
    switch name.count {
    case 1: return "*"
    case 2: return String(first) + "*"
    default: return String(first) + "*" + String(last)
    }
  }

  /// Whether `scalar` is a character on its own whatever surrounds it: printable ASCII and the
  /// common CJK ideographs, which no combining mark, joiner or selector is part of here.
  private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20...0x7E, 0x3400...0x4DBF, 0x4E00...0x9FFF: return true
    default: return false
    }
  }

  /// `text` masked as an ID number when it looks like one (17 digits and a digit or X, any
  /// text around it trimmed away); else `text` unchanged.
  public static func idNumberLike(_ text: String) -> String {
    let utf8 = text.utf8
    guard utf8.count >= 18 else { return text }
    let trimmed = text.trimmingEdges
    guard trimmed.utf8.count == 18, looksLikeIDNumber(trimmed.utf8) else { return text }
    return idNumber(String(trimmed))
  }

  /// Whether `utf8` is 17 ASCII digits and a digit or X.
  private static func looksLikeIDNumber(_ utf8: Substring.UTF8View) -> Bool {
    var count = 0
    for byte in utf8 {
      count += 1
      let isDigit = byte >= 0x30 && byte <= 0x39
      if count < 18 ? !isDigit : !(isDigit || byte == UInt8(ascii: "X") || byte == UInt8(ascii: "x")) { return false }
    }
    return count == 18
  }

  /// An ID number with its first 6 and last 4 characters kept and every character between them `*`.
  ///
  /// `370781199001011234` → `370781********1234`. A value of 10 characters or fewer becomes as many
  /// `*` as it has characters; an empty value stays empty.
  public static func idNumber(_ id: String) -> String {
    let count = id.count
    guard count > 10 else { return String(repeating: "*", count: count) }
    return String(id.prefix(6)) + String(repeating: "*", count: count - 10) + String(id.suffix(4))
  }
}

extension String {
  /// The text without the spaces, tabs and line breaks at its ends.
  fileprivate var trimmingEdges: Substring {
    let isEdge: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = firstIndex(where: { !isEdge($0) }), let last = lastIndex(where: { !isEdge($0) }) else {
      return ""
    }
    return self[first...last]
  }
}
