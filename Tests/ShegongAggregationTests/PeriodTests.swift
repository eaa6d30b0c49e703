import ShegongAggregation
import ShegongValidation
import Testing

@Suite("Period")
struct PeriodTests {
  @Test("a month: label, first and last day, previous across the year, year to date")
  func month() throws {
    let january = try #require(Period(parsing: "2026-01"))
    #expect(january.kind == .month)
    #expect(january.label == "2026-01")
    #expect(january.start == day("2026-01-01"))
    #expect(january.end == day("2026-01-31"))
    #expect(january.previous.label == "2025-12")
    #expect(january.previous.start == day("2025-12-01"))
    #expect(january.previous.end == day("2025-12-31"))
    #expect(january.yearToDate == DaySpan(start: day("2026-01-01"), end: day("2026-01-31")))
    #expect(january.monthsOfYearToDate.map(\.label) == ["2026-01"])

    // 2024 is a leap year: February has 29 days; 2026's has 28.
    #expect(try #require(Period(parsing: "2024-02")).end == day("2024-02-29"))
    #expect(try #require(Period(parsing: "2026-02")).end == day("2026-02-28"))
    let october = try #require(Period(parsing: "2026-10"))
    #expect(october.previous.label == "2026-09")
    #expect(october.yearToDate == DaySpan(start: day("2026-01-01"), end: day("2026-10-31")))
    #expect(october.monthsOfYearToDate.count == 10)
    #expect(october.monthsOfYearToDate.last?.label == "2026-10")
    // One digit for the month is read too, and written back with two.
    #expect(Period(parsing: "2026-3")?.label == "2026-03")
  }

  @Test("a quarter: 2026-Q1 is January–March, its previous 2025-Q4")
  func quarter() throws {
    let first = try #require(Period(parsing: "2026-Q1"))
    #expect(first.kind == .quarter)
    #expect(first.label == "2026-Q1")
    #expect(first.start == day("2026-01-01"))
    #expect(first.end == day("2026-03-31"))
    #expect(first.previous.label == "2025-Q4")
    #expect(first.previous.start == day("2025-10-01"))
    #expect(first.previous.end == day("2025-12-31"))
    let third = try #require(Period(parsing: "2026-q3"))
    #expect(third.label == "2026-Q3")
    #expect(third.start == day("2026-07-01"))
    #expect(third.end == day("2026-09-30"))
    #expect(third.previous.label == "2026-Q2")
    #expect(third.yearToDate == DaySpan(start: day("2026-01-01"), end: day("2026-09-30")))
    #expect(third.monthsOfYearToDate.map(\.label).first == "2026-01")
    #expect(third.monthsOfYearToDate.count == 9)
  }

  @Test("a half year: 2026-H1 is January–June, its previous 2025-H2")
  func half() throws {
    let first = try #require(Period(parsing: "2026-H1"))
    #expect(first.kind == .half)
    #expect(first.label == "2026-H1")
    #expect(first.start == day("2026-01-01"))
    #expect(first.end == day("2026-06-30"))
    #expect(first.previous.label == "2025-H2")
    #expect(first.previous.start == day("2025-07-01"))
    #expect(first.previous.end == day("2025-12-31"))
    let second = try #require(Period(parsing: "2026-H2"))
    #expect(second.previous.label == "2026-H1")
    #expect(second.yearToDate == DaySpan(start: day("2026-01-01"), end: day("2026-12-31")))
    #expect(second.monthsOfYearToDate.count == 12)
  }

  @Test("a year: 2026 is the whole year, its previous 2025, its year to date itself")
  func year() throws {
    let year = try #require(Period(parsing: "2026"))
    #expect(year.kind == .year)
    #expect(year.label == "2026")
    #expect(year.start == day("2026-01-01"))
    #expect(year.end == day("2026-12-31"))
    #expect(year.previous.label == "2025")
    #expect(year.previous.end == day("2025-12-31"))
    #expect(year.yearToDate == year.span)
    #expect(year.monthsOfYearToDate.map(\.label).last == "2026-12")
  }

  @Test(
    "text that names no period is rejected",
    arguments: [
      "", "26", "202", "20261", "2026-", "2026-00", "2026-13", "2026-Q0", "2026-Q5", "2026-H0", "2026-H3",
      "2026-Q12", "2026/10", "2026-1a", "0999", "2026-10-01", " 2026", "２０２６",
    ])
  func rejected(_ text: String) {
    #expect(Period(parsing: text) == nil)
  }

  @Test("the month containing a day")
  func monthContaining() {
    #expect(Period.month(containing: day("2026-10-01")).label == "2026-10")
    #expect(Period.month(containing: day("2026-10-31")).label == "2026-10")
    #expect(Period.month(containing: day("2024-02-29")).label == "2024-02")
    #expect(Period.month(containing: day("1999-12-31")).label == "1999-12")
  }

  @Test("the default period is the latest month with an accepted service or activity")
  func defaultPeriod() {
    var fixture = FixtureBuilder()
    #expect(Period.defaultPeriod(for: fixture.inputs) == nil)
    fixture.township("T1")
    fixture.station("S1", area: "T1")
    fixture.worker("W1", station: "S1")
    fixture.beneficiary("B1", area: "T1", station: "S1")
    fixture.service("2026-08-15", worker: "W1", beneficiary: "B1")
    fixture.service("2026-09-02", worker: "W1", beneficiary: "B1")
    fixture.service("2026-07-30", worker: "W1", beneficiary: "B1")
    #expect(Period.defaultPeriod(for: fixture.inputs)?.label == "2026-09")
    // An activity later than every service moves it on.
    fixture.activity("A1", "2026-10-01", station: "S1", lead: "W1")
    #expect(Period.defaultPeriod(for: fixture.inputs)?.label == "2026-10")
  }
}
