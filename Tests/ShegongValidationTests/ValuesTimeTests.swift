import Testing

@testable import ShegongValidation

@Suite("ValueParser.time")
struct ValuesTimeTests {
  @Test(
    "accepted forms",
    arguments: [
      ("00:00", 0),
      ("0:00", 0),
      ("9:05", 32_700),
      ("09:05", 32_700),
      ("12:00", 43_200),
      ("13:30", 48_600),
      ("23:59", 86_340),
      ("00:00:01", 1),
      ("9:05:30", 32_730),
      ("09:05:30", 32_730),
      ("23:59:59", 86_399),
      ("10:00:00", 36_000),
    ] as [(String, Int32)]
  )
  func acceptedForms(text: String, seconds: Int32) {
    #expect(ValueParser.time(text) == seconds)
    #expect(parseBytes(text) { ValueParser.time($0) } == seconds)
  }

  @Test(
    "rejected values",
    arguments: [
      "24:00", "24:00:00", "25:00", "99:00", "9:60", "9:99", "9:05:60", "123:00", "009:05",
      "9:5", "9:5:30", "9:05:3", "9:055", "9:05:300", "9:0530", ":30", "9:", "9:05:", "9::05", "9",
      "905", "0905", "9-05", "9.05", "9h05", "9时05分", "9:05 AM", "9:05am", "9:05 ", " 9:05", "+9:05",
      "-9:05", "9:05:00:00", "9:05:00.5", "", ":", "::", "ab:cd", "2026-10-05 09:05", "09：05",
    ]
  )
  func rejected(text: String) {
    #expect(ValueParser.time(text) == nil)
    #expect(parseBytes(text) { ValueParser.time($0) } == nil)
  }

  @Test("the byte parser stops at the end of its buffer")
  func bufferEnd() {
    #expect(parseBytes("9:05", followedBy: ":30") { ValueParser.time($0) } == 32_700)
    #expect(parseBytes("9:05", followedBy: "5") { ValueParser.time($0) } == 32_700)
    #expect(parseBytes("9:0", followedBy: "5") { ValueParser.time($0) } == nil)
    #expect(parseBytes("9:05:", followedBy: "30") { ValueParser.time($0) } == nil)
  }
}
