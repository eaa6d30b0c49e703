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
  checkIDNumber(bytes)
}

/// The ID number's check, and what a number that passes it gives: a birth date that round-trips
/// through the calendar, an age that is never negative on a later day, and a comparison key that
/// does not depend on the case of the check character.
func checkIDNumber(_ bytes: UnsafeBufferPointer<UInt8>) {
  let problem = IDNumber.checksumProblem(bytes)
  _ = IDNumber.isMale(bytes)
  if let birth = IDNumber.birthDate(bytes) {
    let parts = CivilDate.components(of: birth)
    precondition(CivilDate.dayNumber(year: parts.year, month: parts.month, day: parts.day) == birth, "birth round trip")
    precondition(IDNumber.age(born: birth, on: birth) == 0, "age on the birth day")
    let later = birth + Day(bytes.count * 97)
    let age = IDNumber.age(born: birth, on: later)
    precondition(age >= 0 && age <= bytes.count * 97 / 365 + 1, "age out of range")
  }
  let key = IDNumber.comparisonKey(bytes)
  if problem == nil { precondition(key != nil, "a well-formed number has a comparison key") }
  if let key {
    precondition(key < 1 << 60, "comparison key out of range")
    var upper = Array(bytes)
    if upper.last == UInt8(ascii: "x") { upper[upper.count - 1] = UInt8(ascii: "X") }
    precondition(upper.withUnsafeBufferPointer { IDNumber.comparisonKey($0) } == key, "x and X differ")
  }
}
