extension ValueParser {
  /// Parses a time of day into seconds since midnight, or nil when it is not a valid 24-hour time.
  ///
  /// Accepted forms: `HH:MM` and `HH:MM:SS`, the hour of one or two digits (0–23), minutes and
  /// seconds of exactly two digits (00–59). `9:05` is 32 700; `24:00`, `9:5` and `9:05 AM` give nil.
  public static func time(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    let hourEnd = ByteMatching.digitRunEnd(bytes, from: 0)
    guard hourEnd >= 1, hourEnd <= 2 else { return nil }
    let hour = ByteMatching.smallNumber(bytes, from: 0, to: hourEnd)
    guard hour <= 23, let minute = clockField(bytes, at: hourEnd) else { return nil }
    var seconds = hour * 3_600 + minute * 60
    if bytes.count != hourEnd + 3 {
      guard bytes.count == hourEnd + 6, let second = clockField(bytes, at: hourEnd + 3) else { return nil }
      seconds += second
    }
    return Int32(seconds)
  }

  /// The value (00–59) of a `:` at `index` followed by exactly two digits, or nil.
  ///
  /// A third digit right after the two makes it nil, so `9:055` is not read as `9:05`.
  static func clockField(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    guard bytes.count - index >= 3, bytes[index] == ByteMatching.colon,
      ByteMatching.digitRunEnd(bytes, from: index + 1) == index + 3
    else { return nil }
    let value = ByteMatching.smallNumber(bytes, from: index + 1, to: index + 3)
    return value <= 59 ? value : nil
  }
}
