/// How many columns text takes in a fixed-width layout: 2 for East Asian wide and full-width
/// characters (Chinese, Japanese, Korean, full-width punctuation), 1 for the others.
public enum DisplayWidth {
  /// The display width of `text`.
  public static func of(_ text: some StringProtocol) -> Int {
    scalarWidth(of: text) ?? text.reduce(0) { total, character in total + of(character) }
  }

  /// The width of `text` counted scalar by scalar, when each of its scalars is a character of its
  /// own: ASCII other than CR (which joins a following LF), Latin letters and signs before the
  /// combining marks, common punctuation, kana, CJK ideographs, Hangul syllables and full-width
  /// forms, none of which joins its neighbours. Nil for any other scalar, and the caller then
  /// counts characters, which is exact but several times slower; a table's cells are nearly all
  /// of the first kind.
  static func scalarWidth(of text: some StringProtocol) -> Int? {
    var width = 0
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        // CR joins a following LF into one character.
        guard scalar != "\r" else { return nil }
        width += 1
      } else {
        guard standsAlone(scalar.value) else { return nil }
        width += isWide(scalar) ? 2 : 1
      }
    }
    return width
  }

  /// Whether a scalar beyond ASCII never joins the scalars beside it into one
  /// character (no combining mark, joiner, variation selector, jamo or prepended mark).
  private static func standsAlone(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x80...0x2FF,  // Latin-1, Latin extended, spacing modifiers
      0x2010...0x2027, 0x2030...0x205E,  // dashes, quotes, ellipsis, per mille, primes
      0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF,  // CJK punctuation and kana
      0x3400...0x4DBF, 0x4E00...0x9FFF,  // CJK ideographs
      0xAC00...0xD7A3,  // Hangul syllables
      0xFF01...0xFF9D, 0xFFE0...0xFFE6:  // full-width forms
      return true
    default:
      return false
    }
  }

  /// The display width of one character: 2 when its first scalar is wide, else 1.
  public static func of(_ character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    return isWide(scalar) ? 2 : 1
  }

  /// Whether `scalar` lies in a block that East Asian fonts draw two columns wide.
  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x115F,  // Hangul Jamo initials
      0x2E80...0x303E,  // CJK radicals, Kangxi, CJK symbols and punctuation
      0x3041...0x33FF,  // Kana, Bopomofo, Hangul compatibility, CJK compatibility
      0x3400...0x4DBF,  // CJK extension A
      0x4E00...0x9FFF,  // CJK unified ideographs
      0xA000...0xA4CF,  // Yi
      0xAC00...0xD7A3,  // Hangul syllables
      0xF900...0xFAFF,  // CJK compatibility ideographs
      0xFE10...0xFE19,  // vertical forms
      0xFE30...0xFE6F,  // CJK compatibility forms, small forms
      0xFF00...0xFF60,  // full-width ASCII forms
      0xFFE0...0xFFE6,  // full-width signs
      0x1F300...0x1F64F,  // pictographs and emoticons
      0x1F900...0x1F9FF,  // supplemental pictographs
      0x20000...0x3FFFD:  // CJK extensions B and later
      return true
    default:
      return false
    }
  }
}
