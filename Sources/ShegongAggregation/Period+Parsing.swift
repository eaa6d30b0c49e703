extension Period {
  /// Parses `YYYY-MM` (month), `YYYY-Qn` (quarter), `YYYY-Hn` (half year) or `YYYY` (year).
  ///
  /// The year has exactly four digits (1000–9999); the month one or two (`2026-3` is `2026-03`);
  /// `q` and `h` may be lower case. Anything else, such as `2026-13` or `2026-Q5`, is nil.
  public init?(parsing text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count >= 4, let year = Period.decimal(bytes[0..<4]) else { return nil }
    if bytes.count == 4 {
      self.init(kind: .year, year: year, number: 1)
      return
    }
    guard bytes.count >= 6, bytes[4] == UInt8(ascii: "-") else { return nil }
    let rest = bytes[5...]
    switch rest.first {
    case UInt8(ascii: "Q"), UInt8(ascii: "q"):
      guard rest.count == 2, let number = Period.decimal(rest.dropFirst()) else { return nil }
      self.init(kind: .quarter, year: year, number: number)
    case UInt8(ascii: "H"), UInt8(ascii: "h"):
      guard rest.count == 2, let number = Period.decimal(rest.dropFirst()) else { return nil }
      self.init(kind: .half, year: year, number: number)
    default:
      guard rest.count <= 2, let month = Period.decimal(rest) else { return nil }
      self.init(kind: .month, year: year, number: month)
    }
  }

  /// The value of a non-empty run of ASCII digits, or nil.
  private static func decimal(_ digits: ArraySlice<UInt8>) -> Int? {
    guard !digits.isEmpty else { return nil }
    var value = 0
    for byte in digits {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
  }
}
