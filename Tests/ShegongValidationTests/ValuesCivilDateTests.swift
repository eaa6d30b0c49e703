import Testing

@testable import ShegongValidation

@Suite("CivilDate")
struct ValuesCivilDateTests {
  @Test(
    "day numbers of known dates",
    arguments: [
      (1970, 1, 1, 0),
      (1969, 12, 31, -1),
      (1970, 1, 2, 1),
      (1971, 1, 1, 365),
      (2000, 3, 1, 11_017),
      (2023, 3, 15, 19_431),
      (2024, 2, 29, 19_782),
      (2026, 10, 5, 20_731),
      (1899, 12, 30, -25_569),
      (1000, 1, 1, -354_285),
      (9999, 12, 31, 2_932_896),
    ] as [(Int, Int, Int, Int32)]
  )
  func knownDayNumbers(year: Int, month: Int, day: Int, expected: Int32) {
    #expect(CivilDate.dayNumber(year: year, month: month, day: day) == expected)
    let parts = CivilDate.components(of: expected)
    #expect(parts.year == year)
    #expect(parts.month == month)
    #expect(parts.day == day)
  }

  @Test(
    "impossible dates and years out of range have no day number",
    arguments: [
      (2026, 2, 30), (2023, 2, 29), (1900, 2, 29), (2100, 2, 29), (2026, 4, 31), (2026, 6, 31),
      (2026, 9, 31), (2026, 11, 31), (2026, 1, 32), (2026, 13, 1), (2026, 0, 1), (2026, 1, 0),
      (2026, -1, 1), (2026, 1, -1), (999, 12, 31), (10_000, 1, 1), (0, 1, 1), (-2026, 1, 1),
    ] as [(Int, Int, Int)]
  )
  func impossibleDates(year: Int, month: Int, day: Int) {
    #expect(CivilDate.dayNumber(year: year, month: month, day: day) == nil)
  }

  @Test("leap days exist in leap years only")
  func leapDays() {
    #expect(CivilDate.dayNumber(year: 2024, month: 2, day: 29) != nil)
    #expect(CivilDate.dayNumber(year: 2000, month: 2, day: 29) != nil)
    #expect(CivilDate.dayNumber(year: 1600, month: 2, day: 29) != nil)
    #expect(CivilDate.dayNumber(year: 2023, month: 2, day: 29) == nil)
    #expect(CivilDate.dayNumber(year: 1900, month: 2, day: 29) == nil)
    #expect(CivilDate.dayNumber(year: 1700, month: 2, day: 29) == nil)
  }

  @Test("month ends are the last valid days")
  func monthEnds() {
    let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    for (offset, length) in lengths.enumerated() {
      let month = offset + 1
      #expect(CivilDate.dayNumber(year: 2026, month: month, day: length) != nil, "month \(month)")
      #expect(CivilDate.dayNumber(year: 2026, month: month, day: length + 1) == nil, "month \(month)")
    }
  }

  /// Walks every day from 1000-01-01 to 9999-12-31 with a plain day-by-day calendar and checks
  /// that both directions agree with it.
  @Test("every day from year 1000 to 9999 round-trips")
  func everyDayRoundTrips() {
    var year = 1000
    var month = 1
    var day = 1
    var number: Int32 = -354_285
    var mismatches = 0
    while year <= 9999 {
      if CivilDate.dayNumber(year: year, month: month, day: day) != number { mismatches += 1 }
      let parts = CivilDate.components(of: number)
      if parts.year != year || parts.month != month || parts.day != day { mismatches += 1 }
      let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
      let length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
      day += 1
      if day > length {
        day = 1
        month += 1
        if month > 12 {
          month = 1
          year += 1
        }
      }
      number += 1
    }
    #expect(mismatches == 0)
    #expect(number == 2_932_897)
  }

  @Test(
    "components and text beyond the parsed years",
    arguments: [
      (-354_286, "0999-12-31"),
      (-719_162, "0001-01-01"),
      (-719_468, "0000-03-01"),
      (-719_469, "0000-02-29"),
      (-719_470, "0000-02-28"),
      (-719_528, "0000-01-01"),
      (-719_529, "-0001-12-31"),
      (2_932_897, "10000-01-01"),
      (Int32.max, "5881580-07-11"),
      (Int32.min, "-5877641-06-23"),
    ] as [(Int32, String)]
  )
  func componentsOutsideParsedYears(day: Int32, text: String) {
    #expect(CivilDate.string(day) == text)
  }

  @Test(
    "text of day numbers",
    arguments: [
      (0, "1970-01-01"), (-1, "1969-12-31"), (20_731, "2026-10-05"), (19_782, "2024-02-29"),
      (-354_285, "1000-01-01"), (2_932_896, "9999-12-31"), (-25_569, "1899-12-30"),
    ] as [(Int32, String)]
  )
  func text(day: Int32, text: String) {
    #expect(CivilDate.string(day) == text)
  }
}
