/// Checks of resident identity card numbers (GB 11643) for the `id-checksum` warning.
public enum IDNumber {
  /// Nil when `bytes` hold a well-formed 18-character ID number; otherwise a short English reason.
  ///
  /// A well-formed number is 17 digits and a check character, `0`–`9` or `X` (`x` is accepted),
  /// that equals the ISO 7064 MOD 11-2 check of the 17 digits. The reasons read after the value,
  /// for example "is not 18 characters (Excel scientific notation)" or "check character should be 7".
  public static func checksumProblem(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard bytes.count == 18 else { return lengthProblem(bytes) }
    for index in 0..<17 where !ByteMatching.isDigit(bytes[index]) {
      return "has a character other than a digit among the first 17"
    }
    let expected = checkCharacter(forRemainder: checkRemainder(of: bytes))
    let given = bytes[17]
    guard ByteMatching.isDigit(given) || given == UInt8(ascii: "X") || given == UInt8(ascii: "x") else {
      return "check character must be a digit or X"
    }
    if given == expected || (given == UInt8(ascii: "x") && expected == UInt8(ascii: "X")) { return nil }
    return "check character should be " + String(UnicodeScalar(expected))
  }

  /// The weight of the digit at `index` (0–16): 2^(17 − index) mod 11.
  private static func weight(at index: Int) -> Int {
    switch index {
    case 0, 10: return 7
    case 1, 11: return 9
    case 2, 12: return 10
    case 3, 13: return 5
    case 4, 14: return 8
    case 5, 15: return 4
    case 6, 16: return 2
    case 7: return 1
    case 8: return 6
    default: return 3
    }
  }

  /// The check character for a weighted digit sum with `remainder` (0–10) modulo 11.
  public static func checkCharacter(forRemainder remainder: Int) -> UInt8 {
    switch remainder {
    case 0: return UInt8(ascii: "1")
    case 1: return UInt8(ascii: "0")
    case 2: return UInt8(ascii: "X")
    default: return UInt8(ascii: "0") + UInt8(12 - remainder)
    }
  }

  /// The reason for an ID number whose UTF-8 is not 18 bytes long.
  private static func lengthProblem(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var characters = 0
    var digits = 0
    var exponent = false
    for byte in bytes {
      // Count code points: every byte except UTF-8 continuation bytes starts one.
      if byte & 0xC0 != 0x80 { characters += 1 }
      if ByteMatching.isDigit(byte) { digits += 1 }
      if byte == UInt8(ascii: "E") || byte == UInt8(ascii: "e") { exponent = true }
    }
    if characters == 18 {
      // Eighteen characters, some of them not ASCII: say which part is wrong.
      if ByteMatching.digitRunEnd(bytes, from: 0) >= 17 { return "check character must be a digit or X" }
      return "has a character other than a digit among the first 17"
    }
    if exponent && digits > 0 { return "is not 18 characters (Excel scientific notation)" }
    if characters == 15 && digits == 15 { return "is not 18 characters (an old 15-digit number)" }
    return "is not 18 characters"
  }

  /// The weighted sum of the ASCII digits `digits` (the first 17 of an ID number) modulo 11, which
  /// ``checkCharacter(forRemainder:)`` turns into the number's check character.
  public static func checkRemainder(of digits: UnsafeBufferPointer<UInt8>) -> Int {
    var sum = 0
    for (index, digit) in digits.prefix(17).enumerated() {
      sum += Int(digit &- ByteMatching.zero) * weight(at: index)
    }
    return sum % 11
  }
}
