extension ValueParser {
  /// Parses a yes/no value, or nil when it is none of the accepted words.
  ///
  /// True: `yes`, `true`, `y`, `1`, `是`; false: `no`, `false`, `n`, `0`, `否`. ASCII words are
  /// matched in any case (`YES`, `True`, `y`).
  public static func boolean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    switch bytes.count {
    case 1:
      switch bytes[0] {
      case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "1"): return true
      case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "0"): return false
      default: return nil
      }
    case 2:
      return ByteMatching.equalsIgnoringCase(bytes, "no") ? false : nil
    case 3:
      if ByteMatching.equalsIgnoringCase(bytes, "yes") { return true }
      if ByteMatching.equals(bytes, "是") { return true }
      if ByteMatching.equals(bytes, "否") { return false }
      return nil
    case 4:
      return ByteMatching.equalsIgnoringCase(bytes, "true") ? true : nil
    case 5:
      return ByteMatching.equalsIgnoringCase(bytes, "false") ? false : nil
    default:
      return nil
    }
  }
}
