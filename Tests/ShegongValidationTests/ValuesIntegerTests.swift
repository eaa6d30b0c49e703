import Testing

@testable import ShegongValidation

@Suite("ValueParser.integer")
struct ValuesIntegerTests {
  @Test(
    "accepted forms",
    arguments: [
      ("0", 0),
      ("7", 7),
      ("42", 42),
      ("007", 7),
      ("+5", 5),
      ("-5", -5),
      ("-0", 0),
      ("+0", 0),
      ("1000000", 1_000_000),
      ("9223372036854775807", Int64.max),
      ("-9223372036854775808", Int64.min),
      ("+9223372036854775807", Int64.max),
      ("00000000000000000000000000000012", 12),
    ] as [(String, Int64)]
  )
  func acceptedForms(text: String, value: Int64) {
    #expect(ValueParser.integer(text) == value)
    #expect(parseBytes(text) { ValueParser.integer($0) } == value)
  }

  @Test(
    "rejected values",
    arguments: [
      "", "+", "-", "2.0", "2.", ".5", "1e3", "1E3", "1,000", "1 000", " 1", "1 ", "--1", "+-1", "-+1",
      "1-", "1+", "0x10", "ten", "十", "١٢", "１２", "12a", "a12", "∞", "NaN",
      // Beyond Int64.
      "9223372036854775808", "-9223372036854775809", "99999999999999999999", "-99999999999999999999",
      String(repeating: "9", count: 1_000),
    ]
  )
  func rejected(text: String) {
    #expect(ValueParser.integer(text) == nil)
    #expect(parseBytes(text) { ValueParser.integer($0) } == nil)
  }

  @Test("the byte parser stops at the end of its buffer")
  func bufferEnd() {
    #expect(parseBytes("12", followedBy: "34") { ValueParser.integer($0) } == 12)
    #expect(parseBytes("-", followedBy: "3") { ValueParser.integer($0) } == nil)
  }
}
