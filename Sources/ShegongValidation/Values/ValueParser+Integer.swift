extension ValueParser {
  /// Parses an integer of the form `[+-]?[0-9]+`, or nil for anything else or a value beyond `Int64`.
  ///
  /// Leading zeros are allowed (`007` is 7); a decimal point (`2.0`), inner spaces, thousands
  /// separators or an exponent give nil.
  public static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    var index = 0
    var negative = false
    if index < bytes.count, bytes[index] == ByteMatching.plus || bytes[index] == ByteMatching.minus {
      negative = bytes[index] == ByteMatching.minus
      index += 1
    }
    guard index < bytes.count, ByteMatching.digitRunEnd(bytes, from: index) == bytes.count else { return nil }
    // Accumulate toward the sign so that Int64.min, whose magnitude Int64 cannot hold, parses.
    var value: Int64 = 0
    while index < bytes.count {
      let digit = Int64(bytes[index] &- ByteMatching.zero)
      let (shifted, shiftOverflow) = value.multipliedReportingOverflow(by: 10)
      let (next, digitOverflow) =
        negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
      if shiftOverflow || digitOverflow { return nil }
      value = next
      index += 1
    }
    return value
  }
}
