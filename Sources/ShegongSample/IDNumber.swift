/// Resident identity numbers (GB 11643): 6 digits of region, 8 of birth date, 3 of sequence
/// (odd for men, even for women) and a check character (ISO 7064 MOD 11-2).
enum IDNumber {
  /// The weights of the first 17 digits.
  static let weights: [Int] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  /// The check character for each remainder of the weighted sum modulo 11.
  static let checkCharacters: [UInt8] = Array("10X98765432".utf8)

  /// The check character of the first 17 ASCII digits of `digits`.
  static func checkCharacter<Digits: Collection>(of digits: Digits) -> UInt8 where Digits.Element == UInt8 {
    var sum = 0
    for (weight, digit) in zip(weights, digits) {
      sum += weight * Int(digit &- 0x30)
    }
    return checkCharacters[sum % 11]
  }

  /// Appends an 18-character number for a person of `region` (a six-digit county code) born on
  /// `birthDay`. With `corrupt` set, the check character is deliberately wrong.
  static func append(to sink: ByteSink, region: Int, birthDay: Int, sequence: Int, corrupt: Bool = false) {
    let date = CivilDay.components(birthDay)
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 18) { digits in
      var position = 0
      func put(_ value: Int, width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
          digits[position] = UInt8(truncatingIfNeeded: 0x30 + (rest / divisor) % 10)
          rest %= divisor
          divisor /= 10
          position += 1
        }
      }
      put(region, width: 6)
      put(date.year, width: 4)
      put(date.month, width: 2)
      put(date.day, width: 2)
      put(sequence % 1000, width: 3)
      let check = checkCharacter(of: digits.prefix(17))
      if corrupt {
        let index = checkCharacters.firstIndex(of: check) ?? 0
        digits[17] = checkCharacters[(index + 1) % checkCharacters.count]
      } else {
        digits[17] = check
      }
      for index in 0..<18 { sink.byte(digits[index]) }
    }
  }
}
