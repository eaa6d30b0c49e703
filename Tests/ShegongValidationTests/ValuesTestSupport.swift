@testable import ShegongValidation

/// Runs a byte parser over the UTF-8 of `text` while more bytes follow in memory.
///
/// The buffer handed to `parse` ends where `text` ends, but `junk` sits right after it, so a parser
/// that reads past the end of its buffer gives a different answer than the `String` overload.
func parseBytes<Result>(
  _ text: String, followedBy junk: String = "9:0h分X",
  _ parse: (UnsafeBufferPointer<UInt8>) -> Result
) -> Result {
  let bytes = Array(text.utf8) + Array(junk.utf8)
  let length = text.utf8.count
  return bytes.withUnsafeBufferPointer { whole in
    parse(UnsafeBufferPointer(rebasing: whole[0..<length]))
  }
}

/// The parsers on text, for tests: each runs the byte parser through ``parseBytes(_:followedBy:_:)``.
extension ValueParser {
  static func duration(_ text: String) -> Int64? { parseBytes(text) { duration($0) } }
  static func integer(_ text: String) -> Int64? { parseBytes(text) { integer($0) } }
  static func boolean(_ text: String) -> Bool? { parseBytes(text) { boolean($0) } }
  static func time(_ text: String) -> Int32? { parseBytes(text) { time($0) } }
}

extension IDNumber {
  static func checksumProblem(_ text: String) -> String? { parseBytes(text) { checksumProblem($0) } }
}
