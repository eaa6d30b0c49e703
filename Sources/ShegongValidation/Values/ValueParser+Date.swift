extension ValueParser {
  /// Parses a date into its day number (days since 1970-01-01), or nil when it is not a valid date.
  ///
  /// Accepted forms, with a year of exactly four digits and a month and day of one or two digits:
  /// - `2026-10-05`, `2026/10/5`, `2026.10.5` (both separators the same);
  /// - `20261005` (exactly eight digits);
  /// - `2026年10月5日`, the closing `日` optional;
  /// - an Excel serial day number of exactly five digits from 20000 to 80000, counted from 1899-12-30.
  ///
  /// A time part (`2026-10-05 10:00`), inner spaces, an impossible date (`2026-02-30`) or a year
  /// outside 1000–9999 give nil.
  public static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    let yearEnd = ByteMatching.digitRunEnd(bytes, from: 0)
    if yearEnd == bytes.count {
      switch yearEnd {
      case 5: return excelSerialDate(bytes)
      case 8:
        return CivilDate.dayNumber(
          year: ByteMatching.smallNumber(bytes, from: 0, to: 4),
          month: ByteMatching.smallNumber(bytes, from: 4, to: 6),
          day: ByteMatching.smallNumber(bytes, from: 6, to: 8))
      default: return nil
      }
    }
    guard yearEnd == 4 else { return nil }
    let year = ByteMatching.smallNumber(bytes, from: 0, to: 4)
    let separator = bytes[4]
    if separator == ByteMatching.minus || separator == ByteMatching.slash || separator == ByteMatching.point {
      guard let (month, monthEnd) = dateField(bytes, from: 5),
        monthEnd < bytes.count, bytes[monthEnd] == separator,
        let (day, dayEnd) = dateField(bytes, from: monthEnd + 1),
        dayEnd == bytes.count
      else { return nil }
      return CivilDate.dayNumber(year: year, month: month, day: day)
    }
    return chineseDate(bytes, year: year)
  }

  /// Parses a date given as text; see ``date(_:)-(UnsafeBufferPointer<UInt8>)``.
  public static func date(_ text: String) -> Int32? {
    var text = text
    return text.withUTF8 { date($0) }
  }

  /// The day number of the Excel serial date in the five digits of `bytes`, when from 20000 to 80000.
  private static func excelSerialDate(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    let serial = ByteMatching.smallNumber(bytes, from: 0, to: 5)
    guard (20_000...80_000).contains(serial) else { return nil }
    // Excel's day 0 is 1899-12-30, which is day -25569 counted from 1970-01-01.
    return Int32(serial - 25_569)
  }

  /// Parses the `10月5日` part of a date whose four-digit year is followed by `年`.
  private static func chineseDate(_ bytes: UnsafeBufferPointer<UInt8>, year: Int) -> Int32? {
    guard ByteMatching.hasLiteral("年", in: bytes, at: 4),
      let (month, monthEnd) = dateField(bytes, from: 7),
      ByteMatching.hasLiteral("月", in: bytes, at: monthEnd),
      let (day, dayEnd) = dateField(bytes, from: monthEnd + 3)
    else { return nil }
    let end = ByteMatching.hasLiteral("日", in: bytes, at: dayEnd) ? dayEnd + 3 : dayEnd
    guard end == bytes.count else { return nil }
    return CivilDate.dayNumber(year: year, month: month, day: day)
  }

  /// A month or day of one or two digits at `start`, with the index after it.
  private static func dateField(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Int)? {
    let end = ByteMatching.digitRunEnd(bytes, from: start)
    guard end > start, end - start <= 2 else { return nil }
    return (ByteMatching.smallNumber(bytes, from: start, to: end), end)
  }
}
