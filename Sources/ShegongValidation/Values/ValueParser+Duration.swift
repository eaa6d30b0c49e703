extension ValueParser {
  /// Parses a duration into signed whole minutes, rounded half-up, or nil when it does not parse.
  ///
  /// Accepted forms (a leading `+` or `-` applies to the whole value):
  /// - a plain number of hours: `2`, `1.5`, `0.25`, `.5`; a trailing point (`2.`) is rejected as a
  ///   likely cut-off value;
  /// - a number with an hour unit: `h`, `hr`, `hrs`, `hour`, `hours`, `小时`, `个小时`, `时`;
  /// - a number with a minute unit: `m`, `min`, `mins`, `minute`, `minutes`, `分钟`, `分`;
  /// - hours then minutes, both whole numbers and the minutes 0–59: `1小时30分`, `1小时30分钟`,
  ///   `1h30min`, `1h30m`, `1h 30min`, and with the minute unit left off, `1h30`, `1小时30`;
  /// - a clock reading `h:mm` (`1:30`) or, as Excel writes durations, `h:mm:ss` (`1:30:00`), with
  ///   minutes and seconds of two digits, 00–59.
  ///
  /// Units are matched in any ASCII case, and spaces (ASCII space, tab, U+00A0, U+3000) may stand
  /// between a number and its unit and between the hour and minute parts.
  ///
  /// The value is converted with exact decimal arithmetic: hours × 60, or the minutes given,
  /// rounded half-up to a whole minute (`0.0083` hours is 0.498 minutes, so 0; `1.5min` is 2).
  /// Seconds of a clock reading round the same way (`0:00:30` is 1). A negative value rounds its
  /// magnitude, so `-1.5min` is -2; the caller rejects negative durations. A value too large for
  /// `Int64` minutes gives nil.
  public static func duration(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    var index = 0
    var negative = false
    if index < bytes.count, bytes[index] == ByteMatching.plus || bytes[index] == ByteMatching.minus {
      negative = bytes[index] == ByteMatching.minus
      index += 1
    }
    guard let magnitude = unsignedDuration(bytes, from: index) else { return nil }
    return negative ? -magnitude : magnitude
  }

  /// The unit written after the number of a duration.
  private enum DurationUnit {
    case hours
    case minutes
  }

  /// Parses the unsigned part of a duration, from `start` to the end of `bytes`, into minutes.
  private static func unsignedDuration(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int64? {
    guard let number = DecimalDigits(bytes, from: start) else { return nil }
    if number.end < bytes.count, bytes[number.end] == ByteMatching.colon {
      guard !number.hasPoint else { return nil }
      return clockDuration(bytes, hoursFrom: start, to: number.end)
    }
    if number.end == bytes.count {
      return number.roundedMinutes(bytes, minutesPerUnit: 60)
    }
    let unitStart = ByteMatching.skipSpaces(bytes, from: number.end)
    guard let (unit, unitEnd) = durationUnit(bytes, from: unitStart) else { return nil }
    switch unit {
    case .minutes:
      guard unitEnd == bytes.count else { return nil }
      return number.roundedMinutes(bytes, minutesPerUnit: 1)
    case .hours:
      if unitEnd == bytes.count {
        return number.roundedMinutes(bytes, minutesPerUnit: 60)
      }
      let minutesStart = ByteMatching.skipSpaces(bytes, from: unitEnd)
      guard !number.hasPoint,
        let hours = ByteMatching.wholeNumber(bytes, from: number.integerStart, to: number.integerEnd),
        let minutes = minutesAfterHours(bytes, from: minutesStart)
      else { return nil }
      return addingMinutes(minutes, toHours: hours)
    }
  }

  /// The minutes (0–59) written after an hour unit, from `start` to the end of `bytes`.
  ///
  /// One or two digits, then optionally spaces and a minute unit.
  private static func minutesAfterHours(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int64? {
    let digitsEnd = ByteMatching.digitRunEnd(bytes, from: start)
    guard digitsEnd > start, digitsEnd - start <= 2 else { return nil }
    let minutes = ByteMatching.smallNumber(bytes, from: start, to: digitsEnd)
    guard minutes <= 59 else { return nil }
    if digitsEnd == bytes.count { return Int64(minutes) }
    let unitStart = ByteMatching.skipSpaces(bytes, from: digitsEnd)
    guard let (unit, unitEnd) = durationUnit(bytes, from: unitStart), unit == .minutes, unitEnd == bytes.count
    else { return nil }
    return Int64(minutes)
  }

  /// Parses `h:mm` or `h:mm:ss` whose hour digits are `hoursStart..<hoursEnd`, into minutes.
  private static func clockDuration(
    _ bytes: UnsafeBufferPointer<UInt8>, hoursFrom hoursStart: Int, to hoursEnd: Int
  ) -> Int64? {
    guard let hours = ByteMatching.wholeNumber(bytes, from: hoursStart, to: hoursEnd),
      let minutes = clockField(bytes, at: hoursEnd)
    else { return nil }
    var roundedMinutes = Int64(minutes)
    if bytes.count != hoursEnd + 3 {
      guard bytes.count == hoursEnd + 6, let seconds = clockField(bytes, at: hoursEnd + 3) else { return nil }
      if seconds >= 30 { roundedMinutes += 1 }
    }
    return addingMinutes(roundedMinutes, toHours: hours)
  }

  /// `hours` × 60 + `minutes`, or nil on overflow.
  private static func addingMinutes(_ minutes: Int64, toHours hours: Int64) -> Int64? {
    let (hourMinutes, productOverflow) = hours.multipliedReportingOverflow(by: 60)
    let (total, sumOverflow) = hourMinutes.addingReportingOverflow(minutes)
    return productOverflow || sumOverflow ? nil : total
  }

  /// The duration unit that starts at `start`, with the index after it.
  ///
  /// An ASCII unit is the whole run of letters at `start`, so `1hours` is read as `hours`, never as
  /// `h` followed by `ours`.
  private static func durationUnit(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> (DurationUnit, Int)? {
    let lettersEnd = ByteMatching.letterRunEnd(bytes, from: start)
    if lettersEnd > start {
      func spelled(_ word: StaticString) -> Bool {
        ByteMatching.equalsIgnoringCase(bytes, from: start, to: lettersEnd, word)
      }
      if spelled("h") || spelled("hr") || spelled("hrs") || spelled("hour") || spelled("hours") {
        return (.hours, lettersEnd)
      }
      if spelled("m") || spelled("min") || spelled("mins") || spelled("minute") || spelled("minutes") {
        return (.minutes, lettersEnd)
      }
      return nil
    }
    if ByteMatching.hasLiteral("小时", in: bytes, at: start) { return (.hours, start + 6) }
    if ByteMatching.hasLiteral("个小时", in: bytes, at: start) { return (.hours, start + 9) }
    if ByteMatching.hasLiteral("时", in: bytes, at: start) { return (.hours, start + 3) }
    if ByteMatching.hasLiteral("分钟", in: bytes, at: start) { return (.minutes, start + 6) }
    if ByteMatching.hasLiteral("分", in: bytes, at: start) { return (.minutes, start + 3) }
    return nil
  }
}

/// The position of an unsigned decimal number `123`, `1.5` or `.5` within a cell's bytes.
private struct DecimalDigits {
  /// The first digit before the point (equal to `integerEnd` when there is none, as in `.5`).
  let integerStart: Int
  /// The index after the digits before the point.
  let integerEnd: Int
  /// Whether the number has a decimal point.
  let hasPoint: Bool
  /// The index after the whole number: after its fraction digits, or equal to `integerEnd`.
  let end: Int

  /// Scans the number at `start`; nil when there is no digit or the point is not followed by one.
  init?(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
    integerStart = start
    integerEnd = ByteMatching.digitRunEnd(bytes, from: start)
    if integerEnd < bytes.count, bytes[integerEnd] == ByteMatching.point {
      let fractionEnd = ByteMatching.digitRunEnd(bytes, from: integerEnd + 1)
      guard fractionEnd > integerEnd + 1 else { return nil }
      hasPoint = true
      end = fractionEnd
    } else {
      guard integerEnd > start else { return nil }
      hasPoint = false
      end = integerEnd
    }
  }

  /// The number times `minutesPerUnit`, rounded half-up to a whole number, or nil on overflow.
  ///
  /// Exact for any number of fraction digits: with f the fraction and k = `minutesPerUnit`,
  /// round(k·f) = ⌊(⌊2k·f⌋ + 1) / 2⌋, and ⌊2k·f⌋ is the carry out of multiplying the fraction digits
  /// by 2k from the last digit to the first, a carry that always stays below 2k.
  func roundedMinutes(_ bytes: UnsafeBufferPointer<UInt8>, minutesPerUnit: Int64) -> Int64? {
    guard let whole = ByteMatching.wholeNumber(bytes, from: integerStart, to: integerEnd) else { return nil }
    let (wholeMinutes, productOverflow) = whole.multipliedReportingOverflow(by: minutesPerUnit)
    if productOverflow { return nil }
    var carry: Int64 = 0
    var index = end
    while index > integerEnd + 1 {
      index -= 1
      carry = (Int64(bytes[index] &- ByteMatching.zero) * 2 * minutesPerUnit + carry) / 10
    }
    let (total, sumOverflow) = wholeMinutes.addingReportingOverflow((carry + 1) / 2)
    return sumOverflow ? nil : total
  }
}
