import Testing

@testable import ShegongValidation

@Suite("ValueParser.date")
struct ValuesDateTests {
  @Test(
    "accepted forms",
    arguments: [
      ("2026-10-05", "2026-10-05"),
      ("2026-10-5", "2026-10-05"),
      ("2026-1-5", "2026-01-05"),
      ("2026-01-05", "2026-01-05"),
      ("2026/10/05", "2026-10-05"),
      ("2026/10/5", "2026-10-05"),
      ("2026/1/31", "2026-01-31"),
      ("2026.10.5", "2026-10-05"),
      ("2026.12.31", "2026-12-31"),
      ("20261005", "2026-10-05"),
      ("20240229", "2024-02-29"),
      ("2026年10月5日", "2026-10-05"),
      ("2026年10月05日", "2026-10-05"),
      ("2026年1月5日", "2026-01-05"),
      ("2026年10月5", "2026-10-05"),
      ("2026年1月1", "2026-01-01"),
      ("1970-01-01", "1970-01-01"),
      ("1000-01-01", "1000-01-01"),
      ("9999-12-31", "9999-12-31"),
      ("2024-02-29", "2024-02-29"),
      ("2000/2/29", "2000-02-29"),
    ]
  )
  func acceptedForms(text: String, iso: String) throws {
    let day = try #require(ValueParser.date(text))
    #expect(CivilDate.string(day) == iso)
    #expect(parseBytes(text) { ValueParser.date($0) } == day)
  }

  @Test("pinned day numbers")
  func pinnedDayNumbers() {
    #expect(ValueParser.date("1970-01-01") == 0)
    #expect(ValueParser.date("1969-12-31") == -1)
    #expect(ValueParser.date("2026-10-05") == 20_731)
    #expect(ValueParser.date("2023年3月15日") == 19_431)
    #expect(ValueParser.date("20240229") == 19_782)
  }

  @Test(
    "Excel serial day numbers",
    arguments: [
      ("45000", "2023-03-15"),
      ("46300", "2026-10-05"),
      ("25569", "1970-01-01"),
      ("20000", "1954-10-03"),
      ("80000", "2119-01-11"),
      ("45351", "2024-02-29"),
    ]
  )
  func excelSerials(text: String, iso: String) throws {
    let day = try #require(ValueParser.date(text))
    #expect(CivilDate.string(day) == iso)
  }

  @Test(
    "rejected values",
    arguments: [
      // Time parts.
      "2026-10-05 10:00", "2026-10-05T10:00", "2026-10-05T10:00:00Z", "2026/10/5 9:30", "2026年10月5日 10:00",
      "2026-10-05 00:00:00", "45000.5", "45000.0",
      // Impossible dates.
      "2026-02-30", "2023-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-10-00", "2026-04-31",
      "2026-10-32", "20261305", "20260230", "20261000", "2026年2月30日", "2026年13月1日", "2026.2.29",
      // Years out of range or not four digits.
      "0999-12-31", "999-12-31", "10000-01-01", "26-10-05", "02026-10-05", "09991231", "00001231",
      // Mixed or unknown separators.
      "2026-10/05", "2026/10-05", "2026.10-05", "2026_10_05", "2026 10 05", "2026,10,05", "2026:10:05",
      "2026-10", "2026/10", "2026--10-05", "2026-10-05-", "-2026-10-05", "+2026-10-05",
      // Too many or too few digits.
      "2026-100-5", "2026-10-005", "2026-010-05", "2026--5", "2026-10-", "2026-10-5x",
      "2026100", "202610050", "2026105", "1005", "2026",
      // Excel serials out of range or not five digits.
      "19999", "80001", "99999", "00000", "4500", "450000", "045000",
      // Chinese forms that are incomplete or padded.
      "2026年10月", "2026年", "2026年10月5日日", "2026年 10月 5日", "2026年10月5号", "二〇二六年十月五日",
      "2026年10-5", "2026-10月5日", "26年10月5日",
      // Other text.
      "", " ", "today", "2026-1o-05", "-", "/", "年",
      // Day-first or month-first orders.
      "05/10/2026", "10/05/2026", "05-10-2026", "05.10.2026",
      // Full-width characters the caller would have folded.
      "２０２６-10-05", "2026－10－05",
    ]
  )
  func rejected(text: String) {
    #expect(ValueParser.date(text) == nil)
    #expect(parseBytes(text) { ValueParser.date($0) } == nil)
  }

  @Test("the byte parser stops at the end of its buffer")
  func bufferEnd() {
    // Followed in memory by a time part, which must not be seen.
    #expect(parseBytes("2026-10-05", followedBy: " 10:00") { ValueParser.date($0) } == 20_731)
    // Followed by more digits: the five digits are still a serial, not part of an eight-digit date.
    #expect(parseBytes("45000", followedBy: "123") { ValueParser.date($0) } == 19_431)
    #expect(parseBytes("2026年10月5", followedBy: "日") { ValueParser.date($0) } == 20_731)
    #expect(parseBytes("2026年10月", followedBy: "5日") { ValueParser.date($0) } == nil)
    #expect(parseBytes("", followedBy: "2026-10-05") { ValueParser.date($0) } == nil)
  }

  @Test("a truncated multibyte unit is rejected")
  func truncatedUnit() {
    let full = Array("2026年10月5日".utf8)
    for length in 0..<full.count where length != 13 && length != full.count {
      // 13 bytes is `2026年10月5`, which is valid; every other prefix is not.
      let parsed = full.withUnsafeBufferPointer { ValueParser.date(UnsafeBufferPointer(rebasing: $0[0..<length])) }
      #expect(parsed == nil, "prefix of \(length) bytes")
    }
  }
}
