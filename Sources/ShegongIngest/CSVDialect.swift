/// How a file's fields are separated, as its header line shows.
public enum CSVDialect {
  /// The delimiter of SPEC §3: on the first non-blank line, `,` if it has one, else tab, else `;`,
  /// and `,` when none of them appears.
  public static func delimiter(of bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
    var index = 0
    let count = bytes.count
    // Skip blank lines (only spaces, tabs and line breaks, as `CSVRecord.isBlank(in:)` trims them).
    var sawText = false
    var sawTab = false
    var sawSemicolon = false
    while index < count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        if sawText || sawSemicolon { return choice(tab: sawTab, semicolon: sawSemicolon) }
        sawTab = false
      case UInt8(ascii: ","):
        return byte
      case UInt8(ascii: "\t"):
        sawTab = true
      case UInt8(ascii: ";"):
        sawSemicolon = true
      case UInt8(ascii: " "):
        break
      default:
        // U+00A0, U+200B, U+3000 and U+FEFF are spaces too.
        if let base = bytes.baseAddress {
          let width = CellText.spaceWidth(base, at: index, limit: count)
          if width > 0 {
            index += width
            continue
          }
        }
        sawText = true
      }
      index += 1
    }
    return choice(tab: sawTab, semicolon: sawSemicolon)
  }

  private static func choice(tab: Bool, semicolon: Bool) -> UInt8 {
    tab ? UInt8(ascii: "\t") : (semicolon ? UInt8(ascii: ";") : UInt8(ascii: ","))
  }
}
