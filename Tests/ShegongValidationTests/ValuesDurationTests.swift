import Testing

@testable import ShegongValidation

@Suite("ValueParser.duration")
struct ValuesDurationTests {
  @Test(
    "plain numbers are hours",
    arguments: [
      ("2", 120), ("1.5", 90), ("0.5", 30), (".5", 30), ("0.25", 15), ("1.25", 75), ("0.1", 6), ("10", 600),
      ("0", 0), ("0.0", 0), ("1.50", 90), ("01.5", 90), ("0.75", 45), ("12", 720), ("3.333", 200),
    ] as [(String, Int64)]
  )
  func plainHours(text: String, minutes: Int64) {
    #expect(ValueParser.duration(text) == minutes)
    #expect(parseBytes(text) { ValueParser.duration($0) } == minutes)
  }

  @Test(
    "rounding is half-up with exact decimals",
    arguments: [
      // 0.0083 h = 0.498 min; 0.0084 h = 0.504 min.
      ("0.0083", 0), ("0.0084", 1), ("0.01", 1), ("0.00833", 0),
      // Exactly half a minute rounds up: 0.025 h = 1.5 min, 0.075 h = 4.5 min.
      ("0.025", 2), ("0.075", 5), ("2.5min", 3), ("0.5min", 1), ("1.5min", 2), ("1.4min", 1),
      ("0.49min", 0), ("0.4999分钟", 0), ("90.5分钟", 91), ("90.49分钟", 90),
      // Further digits than a Double holds still decide: 1/120 h is exactly half a minute.
      ("0.00833333333333333333333333333333", 0),
      ("0.00833333333333333333333333333334", 1),
      ("0.49999999999999999999999999min", 0),
      ("0.50000000000000000000000000min", 1),
      // 1.999… h with many nines is just under 2 h and rounds to 120 minutes.
      ("1.99999999999999999999999999h", 120),
      ("0.9916", 59), ("0.9917", 60),
    ] as [(String, Int64)]
  )
  func rounding(text: String, minutes: Int64) {
    #expect(ValueParser.duration(text) == minutes)
  }

  @Test(
    "hour units",
    arguments: [
      ("1.5h", 90), ("1.5 h", 90), ("1.5H", 90), ("2hr", 120), ("2 HR", 120), ("2hrs", 120), ("2 Hrs", 120),
      ("1hour", 60), ("1 Hour", 60), ("3 hours", 180), ("3HOURS", 180), ("1.5小时", 90), ("1.5 小时", 90),
      ("2个小时", 120), ("2 个小时", 120), ("2时", 120), ("0.5h", 30), (".5h", 30), ("0.25小时", 15),
      ("1.5\u{3000}小时", 90), ("1.5\u{00A0}h", 90), ("1.5\th", 90), ("1.5  h", 90),
    ] as [(String, Int64)]
  )
  func hourUnits(text: String, minutes: Int64) {
    #expect(ValueParser.duration(text) == minutes)
    #expect(parseBytes(text) { ValueParser.duration($0) } == minutes)
  }

  @Test(
    "minute units",
    arguments: [
      ("90min", 90), ("90 min", 90), ("90MIN", 90), ("90Min", 90), ("90mins", 90), ("1minute", 1),
      ("45 minutes", 45), ("45 Minutes", 45), ("30m", 30), ("30 M", 30), ("90分钟", 90), ("90 分钟", 90),
      ("90分", 90), ("0min", 0), ("600min", 600), ("1440 minutes", 1_440), ("5分", 5),
      ("90\u{00A0}min", 90), ("90\u{3000}分钟", 90),
    ] as [(String, Int64)]
  )
  func minuteUnits(text: String, minutes: Int64) {
    #expect(ValueParser.duration(text) == minutes)
    #expect(parseBytes(text) { ValueParser.duration($0) } == minutes)
  }

  @Test(
    "hours then minutes",
    arguments: [
      ("1小时30分", 90), ("1小时30分钟", 90), ("1h30min", 90), ("1h30m", 90), ("1h 30min", 90),
      ("1h 30 min", 90), ("1 h 30 min", 90), ("1H30M", 90), ("1hr30mins", 90), ("1hour 30minutes", 90),
      ("2 hours 15 minutes", 135), ("1h30", 90), ("1小时30", 90), ("1 h 30", 90), ("1h05m", 65),
      ("1h5m", 65), ("01h05", 65), ("0h45min", 45), ("1小时0分", 60), ("1时30分", 90), ("2个小时15分钟", 135),
      ("1h59m", 119), ("1小时 30分", 90), ("1h\u{3000}30min", 90), ("0h0m", 0),
    ] as [(String, Int64)]
  )
  func hoursThenMinutes(text: String, minutes: Int64) {
    #expect(ValueParser.duration(text) == minutes)
    #expect(parseBytes(text) { ValueParser.duration($0) } == minutes)
  }

  @Test(
    "clock readings h:mm and h:mm:ss",
    arguments: [
      ("1:30", 90), ("0:45", 45), ("01:30", 90), ("12:00", 720), ("100:00", 6_000), ("0:00", 0), ("0:59", 59),
      ("1:30:00", 90), ("1:30:29", 90), ("1:30:30", 91), ("0:00:30", 1), ("0:00:29", 0), ("23:59:59", 1_440),
      ("30:00:00", 1_800),
    ] as [(String, Int64)]
  )
  func clockReadings(text: String, minutes: Int64) {
    #expect(ValueParser.duration(text) == minutes)
    #expect(parseBytes(text) { ValueParser.duration($0) } == minutes)
  }

  @Test(
    "a sign applies to the whole value",
    arguments: [
      ("+1.5", 90), ("-1.5", -90), ("-0.5", -30), ("-2.5min", -3), ("-1.5min", -2), ("+90min", 90),
      ("-90分钟", -90), ("-1h30min", -90), ("-1小时30分", -90), ("-1:30", -90), ("+1:30", 90),
      ("-0:00:30", -1), ("-0", 0), ("-0.001", 0),
    ] as [(String, Int64)]
  )
  func signs(text: String, minutes: Int64) {
    #expect(ValueParser.duration(text) == minutes)
  }

  @Test(
    "rejected values",
    arguments: [
      // Not numbers.
      "", "+", "-", ".", "abc", "h", "小时", "分钟", "min", "hours", "半小时", "一小时", "1小时半", "两小时",
      // Malformed numbers.
      "2.", "2.h", "2. h", "1..5", "1.5.2", "1,5", "1,5h", "1e2", "1E2h", "--1", "+-1", "-+1", "- 1", "1 .5",
      "1. 5", "1-", "1h-30min", "１.5", "1.5 ", " 1.5", "0x1", "1h ", "1h30 ", "90min ",
      // Unknown or doubled units.
      "1.5hh", "1.5 hours hours", "1.5x", "1.5s", "90sec", "90秒", "1d", "1天", "1.5mn", "90 minuten", "1.5小",
      "1.5小时小时", "1小时30分钟钟", "1.5 h.", "90min.",
      // Wrong order or parts.
      "90 min 30", "30min1h", "30分1小时", "1m30s", "1h30s", "1h30min20s", "1h30h", "1小时30小时", "1 30",
      "1h 30 30", "1h 3 0",
      // Hours-then-minutes that are not whole or not 0–59.
      "1.5h30min", "1.5小时30分", "1h30.5min", "1h60min", "1h75m", "1小时90分", "1h030min", "1h-5min",
      // Clock readings.
      "1:3", "1:300", "1:60", "1:30:60", "1:30:3", ":30", "1:", "1.5:30", ".5:30", "1:30h", "1:30:00:00",
      "1: 30", "1 :30", "1:30 min", "1:30:00.5", "1::30",
    ]
  )
  func rejected(text: String) {
    #expect(ValueParser.duration(text) == nil)
    #expect(parseBytes(text) { ValueParser.duration($0) } == nil)
  }

  @Test("values too large for Int64 minutes give nil instead of trapping")
  func overflow() {
    // Int64.max is 9 223 372 036 854 775 807 = 153 722 867 280 912 930 h × 60 + 7.
    #expect(ValueParser.duration("153722867280912930") == 9_223_372_036_854_775_800)
    #expect(ValueParser.duration("153722867280912931") == nil)
    #expect(ValueParser.duration("153722867280912930.11") == Int64.max)
    #expect(ValueParser.duration("153722867280912930.13") == nil)
    #expect(ValueParser.duration("153722867280912930h7min") == Int64.max)
    #expect(ValueParser.duration("153722867280912930h8min") == nil)
    #expect(ValueParser.duration("153722867280912931h") == nil)
    #expect(ValueParser.duration("153722867280912930:07") == Int64.max)
    #expect(ValueParser.duration("153722867280912930:08") == nil)
    #expect(ValueParser.duration("153722867280912930:07:30") == nil)
    #expect(ValueParser.duration("9223372036854775807min") == Int64.max)
    #expect(ValueParser.duration("-9223372036854775807min") == -Int64.max)
    #expect(ValueParser.duration("9223372036854775807.5min") == nil)
    #expect(ValueParser.duration("9223372036854775808min") == nil)
    #expect(ValueParser.duration(String(repeating: "9", count: 1_000)) == nil)
    #expect(ValueParser.duration(String(repeating: "9", count: 1_000) + ":00") == nil)
    #expect(ValueParser.duration(String(repeating: "9", count: 1_000) + "h30m") == nil)
  }

  @Test("long fractions are read exactly and never trap")
  func longFractions() {
    let tiny = "0." + String(repeating: "0", count: 10_000) + "1"
    #expect(ValueParser.duration(tiny) == 0)
    #expect(ValueParser.duration("1." + String(repeating: "9", count: 5_000) + "h") == 120)
    #expect(ValueParser.duration("0.0083" + String(repeating: "3", count: 2_000) + "4") == 1)
    #expect(ValueParser.duration("0.0083" + String(repeating: "3", count: 2_000)) == 0)
    #expect(ValueParser.duration("000000000000000000000000000001.5") == 90)
  }

  @Test("the byte parser stops at the end of its buffer")
  func bufferEnd() {
    #expect(parseBytes("1", followedBy: ".5") { ValueParser.duration($0) } == 60)
    #expect(parseBytes("1.5", followedBy: "min") { ValueParser.duration($0) } == 90)
    #expect(parseBytes("1h", followedBy: "30min") { ValueParser.duration($0) } == 60)
    #expect(parseBytes("1h30", followedBy: "h") { ValueParser.duration($0) } == 90)
    #expect(parseBytes("90m", followedBy: "in") { ValueParser.duration($0) } == 90)
    #expect(parseBytes("1:30", followedBy: ":45") { ValueParser.duration($0) } == 90)
    #expect(parseBytes("1:3", followedBy: "0") { ValueParser.duration($0) } == nil)
    #expect(parseBytes("1.", followedBy: "5") { ValueParser.duration($0) } == nil)
    #expect(parseBytes("1小", followedBy: "时") { ValueParser.duration($0) } == nil)
  }
}
