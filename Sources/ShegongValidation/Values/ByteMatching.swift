/// Byte-level helpers shared by the value parsers: digits, literals, letters and spaces.
///
/// Every helper works on an `UnsafeBufferPointer<UInt8>` holding UTF-8 and never allocates.
enum ByteMatching {
  /// The byte `0` (U+0030).
  static let zero: UInt8 = 0x30
  /// The byte `+`.
  static let plus: UInt8 = 0x2B
  /// The byte `-`.
  static let minus: UInt8 = 0x2D
  /// The byte `.`.
  static let point: UInt8 = 0x2E
  /// The byte `/`.
  static let slash: UInt8 = 0x2F
  /// The byte `:`.
  static let colon: UInt8 = 0x3A

  /// Whether `byte` is an ASCII decimal digit.
  @inline(__always)
  static func isDigit(_ byte: UInt8) -> Bool {
    byte &- zero < 10
  }

  /// Whether `byte` is an ASCII letter, upper or lower case.
  @inline(__always)
  static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- 0x61 < 26
  }

  /// The end of the run of ASCII digits that starts at `start`.
  static func digitRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < bytes.count, isDigit(bytes[index]) {
      index += 1
    }
    return index
  }

  /// The end of the run of ASCII letters that starts at `start`.
  static func letterRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < bytes.count, isLetter(bytes[index]) {
      index += 1
    }
    return index
  }

  /// The value of the digits in `start..<end`, which the caller keeps short enough not to overflow.
  static func smallNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
    var value = 0
    for index in start..<end {
      value = value * 10 + Int(bytes[index] &- zero)
    }
    return value
  }

  /// The value of the digits in `start..<end`, or nil when it does not fit an `Int64`.
  static func wholeNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int64? {
    var value: Int64 = 0
    for index in start..<end {
      let (shifted, shiftOverflow) = value.multipliedReportingOverflow(by: 10)
      let (sum, sumOverflow) = shifted.addingReportingOverflow(Int64(bytes[index] &- zero))
      if shiftOverflow || sumOverflow { return nil }
      value = sum
    }
    return value
  }

  /// The index after any spaces at `start`: ASCII space and tab, U+00A0 and U+3000.
  static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < bytes.count {
      if bytes[index] == 0x20 || bytes[index] == 0x09 {
        index += 1
      } else if hasLiteral("\u{00A0}", in: bytes, at: index) {
        index += 2
      } else if hasLiteral("\u{3000}", in: bytes, at: index) {
        index += 3
      } else {
        break
      }
    }
    return index
  }

  /// Whether the UTF-8 bytes of `literal` occur in `bytes` at `index`.
  static func hasLiteral(_ literal: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    literal.withUTF8Buffer { expected in
      guard index >= 0, bytes.count - index >= expected.count else { return false }
      for offset in 0..<expected.count where bytes[index + offset] != expected[offset] {
        return false
      }
      return true
    }
  }

  /// Whether `bytes[start..<end]` spell the lower-case ASCII `literal`, ignoring ASCII case.
  static func equalsIgnoringCase(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, _ literal: StaticString
  ) -> Bool {
    literal.withUTF8Buffer { expected in
      guard end - start == expected.count else { return false }
      for offset in 0..<expected.count {
        var byte = bytes[start + offset]
        if isLetter(byte) { byte |= 0x20 }
        if byte != expected[offset] { return false }
      }
      return true
    }
  }

  /// Whether all of `bytes` spell the lower-case ASCII `literal`, ignoring ASCII case.
  static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
    equalsIgnoringCase(bytes, from: 0, to: bytes.count, literal)
  }

  /// Whether all of `bytes` equal the UTF-8 bytes of `literal` exactly.
  static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
    literal.withUTF8Buffer { $0.count } == bytes.count && hasLiteral(literal, in: bytes, at: 0)
  }
}
