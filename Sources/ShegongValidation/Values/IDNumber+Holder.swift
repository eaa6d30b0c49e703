extension IDNumber {
  /// The birth date an ID number gives in characters 7–14 (`YYYYMMDD`), or nil when those eight
  /// characters are not digits making a real date (years 1000–9999).
  ///
  /// Call it on a number that ``checksumProblem(_:)`` passed: 18 bytes, the first 17 digits.
  public static func birthDate(_ bytes: UnsafeBufferPointer<UInt8>) -> Day? {
    guard bytes.count >= 14 else { return nil }
    var value = 0
    for index in 6..<14 {
      guard ByteMatching.isDigit(bytes[index]) else { return nil }
      value = value * 10 + Int(bytes[index] &- ByteMatching.zero)
    }
    return CivilDate.dayNumber(year: value / 10000, month: value / 100 % 100, day: value % 100)
  }

  /// Whether the holder is male: character 17 odd (GB 11643); nil when it is not a digit.
  public static func isMale(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    guard bytes.count >= 17, ByteMatching.isDigit(bytes[16]) else { return nil }
    return (bytes[16] &- ByteMatching.zero) % 2 == 1
  }

  /// Completed years of a person born on `birth` on the day `day` (0 before the first
  /// birthday). A person born on 29 February turns a year older on 1 March in common years.
  public static func age(born birth: Day, on day: Day) -> Int {
    let born = CivilDate.components(of: birth)
    let now = CivilDate.components(of: day)
    let beforeBirthday = now.month < born.month || (now.month == born.month && now.day < born.day)
    return now.year - born.year - (beforeBirthday ? 1 : 0)
  }

  /// A number that equals another's exactly when the two are the same ID number, the check
  /// character compared without case: for 17 digits and a digit or `X`/`x`; nil for anything else.
  ///
  /// The 17 digits and the check character's value (0–10) make at most 1.1 × 10¹⁸, under 2⁶⁰.
  public static func comparisonKey(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
    guard bytes.count == 18 else { return nil }
    var key: UInt64 = 0
    for index in 0..<17 {
      guard ByteMatching.isDigit(bytes[index]) else { return nil }
      key = key * 10 + UInt64(bytes[index] &- ByteMatching.zero)
    }
    let check = bytes[17]
    if ByteMatching.isDigit(check) { return key * 11 + UInt64(check &- ByteMatching.zero) }
    guard check == UInt8(ascii: "X") || check == UInt8(ascii: "x") else { return nil }
    return key * 11 + 10
  }
}
