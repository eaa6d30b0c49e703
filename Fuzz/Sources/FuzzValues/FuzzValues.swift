import ShegongValidation

/// libFuzzer entry point: splits the input at newlines and commas and runs every value parser
/// and the ID-number check on each piece, as bytes and as a `String`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  check(bytes)
  var start = 0
  for index in 0...size {
    if index == size || bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: ",") {
      // Copy each piece so that a read past its end is caught by the address sanitizer.
      let piece = Array(bytes[start..<index])
      piece.withUnsafeBufferPointer { check($0) }
      start = index + 1
    }
  }
  return 0
}

/// Runs every parser on `bytes` and checks the results stay in range.
func check(_ bytes: UnsafeBufferPointer<UInt8>) {
  let text = String(decoding: bytes, as: UTF8.self)
  if let day = ValueParser.date(bytes) {
    let parts = CivilDate.components(of: day)
    precondition(CivilDate.dayNumber(year: parts.year, month: parts.month, day: parts.day) == day, "date round trip")
  }
  _ = ValueParser.date(text)
  if let second = ValueParser.time(bytes) { precondition(second >= 0 && second < 86_400, "time out of range") }
  if let duration = ValueParser.duration(bytes), bytes.first != UInt8(ascii: "-") {
    precondition(duration >= 0, "negative duration without a minus sign")
  }
  _ = ValueParser.integer(bytes)
  _ = ValueParser.boolean(bytes)
  _ = IDNumber.checksumProblem(bytes)
}
