import ShegongValidation

extension IDNumber {
  /// Appends an 18-character resident identity number (GB 11643) for a person of `region` (a
  /// six-digit county code) born on `birthDay`: region, birth date, a three-digit `sequence` and
  /// the check character. With `corrupt` set, the check character is deliberately wrong (the one
  /// of the next remainder).
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
      let remainder = checkRemainder(of: UnsafeBufferPointer(rebasing: digits[0..<17]))
      digits[17] = checkCharacter(forRemainder: corrupt ? (remainder + 1) % 11 : remainder)
      for index in 0..<18 { sink.byte(digits[index]) }
    }
  }
}
