import ShegongAggregation
import ShegongValidation
import Testing

/// `year_ago` (SPEC §5): the period of the same kind one year earlier, computed as if it were P.
@Suite("Year ago")
struct YearAgoTests {
  @Test(
    "the same kind one year earlier, across the year boundary",
    arguments: [
      ("2026-01", "2025-01", "2025-01-01", "2025-01-31"),
      ("2026-10", "2025-10", "2025-10-01", "2025-10-31"),
      ("2026-Q1", "2025-Q1", "2025-01-01", "2025-03-31"),
      ("2026-H1", "2025-H1", "2025-01-01", "2025-06-30"),
      ("2026-H2", "2025-H2", "2025-07-01", "2025-12-31"),
      ("2026", "2025", "2025-01-01", "2025-12-31"),
      // 2024 is a leap year: its February has 29 days.
      ("2025-02", "2024-02", "2024-02-01", "2024-02-29"),
    ])
  func periods(_ label: String, _ expected: String, _ start: String, _ end: String) throws {
    let yearAgo = try #require(Period(parsing: label)).yearAgo
    #expect(yearAgo.label == expected)
    #expect(yearAgo.start == day(start))
    #expect(yearAgo.end == day(end))
  }

  /// P = 2026-01: previous 2025-12, year ago 2025-01, three different last days.
  /// Y1 (elderly_alone, 30 days) visited 2024-12-01 and 2025-12-20; Y2 (elderly_alone) visited
  /// 2025-01-05; Y3 registers 2025-02-01; case work for Y2 opens 2025-01-10 and closes 2025-06-01.
  /// S2 opens 2025-06-01. Every service is by social worker W1 of S1, 60 minutes.
  static func fixture() -> FixtureBuilder {
    var fixture = FixtureBuilder()
    fixture.township("T1")
    fixture.village("V1", parent: "T1")
    fixture.station("S1", area: "T1", opened: "2024-01-01")
    fixture.station("S2", .point, area: "V1", opened: "2025-06-01")
    fixture.worker("W1", station: "S1", start: "2024-01-01")
    fixture.beneficiary("Y1", area: "V1", station: "S1", categories: [.elderlyAlone], registered: "2024-06-01")
    fixture.beneficiary("Y2", area: "V1", station: "S1", categories: [.elderlyAlone], registered: "2024-06-01")
    fixture.beneficiary("Y3", area: "V1", station: "S2", categories: [.other], registered: "2025-02-01")
    fixture.service("2024-12-01", worker: "W1", beneficiary: "Y1")
    fixture.service("2025-12-20", worker: "W1", beneficiary: "Y1")
    fixture.service("2025-01-05", worker: "W1", beneficiary: "Y2")
    fixture.service("2025-01-10", worker: "W1", beneficiary: "Y2", .caseWork, stage: .new)
    fixture.service("2025-06-01", worker: "W1", beneficiary: "Y2", .caseWork, stage: .close)
    fixture.service("2026-01-12", worker: "W1", beneficiary: "Y3", .dailyCare)
    return fixture
  }

  @Test("2026-01 against 2025-01: stocks on 2025-01-31, flows of January 2025, history up to then")
  func january() {
    let figures = Self.fixture().figures("2026-01")
    #expect(figures.yearAgoPeriod.label == "2025-01")
    let yearAgo = figures.yearAgo
    // Registered on 2025-01-31: Y1, Y2 (Y3 registers in February); S2 not open yet.
    #expect(yearAgo.count(.beneficiariesRegistered) == 2)
    #expect(yearAgo.count(.stationsActive) == 1 && yearAgo.count(.pointsActive) == 0)
    // January 2025: the visit to Y2 on the 5th and the case opened on the 10th.
    #expect(yearAgo.count(.serviceRecords) == 2)
    #expect(yearAgo.count(.householdsVisited) == 1)
    #expect(yearAgo.count(.casesNew) == 1)
    #expect(yearAgo.minutes(.socialWorkerHours) == 120)
    // Open at 2025-01-31: Y2's case (closed only in June).
    #expect(yearAgo.count(.casesOpenAtEnd) == 1)
    // Overdue as of 2025-01-31: Y1, last visited 2024-12-01 (61 days > 30); its visit of 2025-12-20
    // comes later. Y2 was visited 26 days before.
    #expect(yearAgo.count(.overdueBeneficiaries) == 1)
    #expect(yearAgo.count(.beneficiariesDue) == 2)
    #expect(yearAgo.ratio(.visitOnTimeRate) == 0.5)
    // Registered and served in January 2025: Y2 of Y1, Y2.
    #expect(yearAgo.ratio(.serviceCoverage) == 0.5)

    // The previous period, December 2025, is not mixed up with it: Y1 visited on the 20th.
    let previous = figures.previous
    #expect(figures.previousPeriod.label == "2025-12")
    #expect(previous.count(.serviceRecords) == 1)
    #expect(previous.count(.casesOpenAtEnd) == 0)
    // As of 2025-12-31: Y1 visited 11 days before; Y2 last visited 2025-01-05: overdue.
    #expect(previous.count(.overdueBeneficiaries) == 1)
    // And P itself: Y3's daily care; Y1 visited 2025-12-20 (42 days > 30) and Y2 overdue.
    #expect(figures.metrics.count(.serviceRecords) == 1)
    #expect(figures.metrics.count(.overdueBeneficiaries) == 2)
  }

  @Test("a year's year-ago period is its previous one")
  func year() {
    let figures = Self.fixture().figures("2026")
    #expect(figures.yearAgoPeriod == figures.previousPeriod)
    #expect(figures.yearAgo == figures.previous)
    // 2025: four services (Y1's visit of 2024 and Y3's daily care of 2026 lie outside).
    #expect(figures.yearAgo.count(.serviceRecords) == 4)
  }

  @Test("with no service on or before the year-ago period's end, its people are judged never contacted")
  func noHistory() {
    var fixture = FixtureBuilder()
    fixture.township("T1")
    fixture.station("S1", area: "T1")
    fixture.worker("W1", station: "S1")
    fixture.beneficiary("Y1", area: "T1", station: "S1", categories: [.elderlyAlone], registered: "2024-06-01")
    fixture.beneficiary("Y2", area: "T1", station: "S1", categories: [.other], registered: "2024-06-01")
    fixture.service("2026-10-05", worker: "W1", beneficiary: "Y1")
    fixture.service("2026-10-06", worker: "W1", beneficiary: "Y1", .caseWork, stage: .new)
    let figures = fixture.figures("2026-10")
    // As of 2025-10-31: Y1 never contacted by then, registered 517 days before: overdue; Y2 has no
    // interval. No case yet.
    let yearAgo = figures.yearAgo
    #expect(yearAgo.count(.serviceRecords) == 0)
    #expect(yearAgo.count(.beneficiariesDue) == 1)
    #expect(yearAgo.count(.overdueBeneficiaries) == 1)
    #expect(yearAgo.ratio(.visitOnTimeRate) == 0)
    #expect(yearAgo.count(.casesOpenAtEnd) == 0)
    // P itself: Y1 visited on the 5th, a case open.
    #expect(figures.metrics.count(.overdueBeneficiaries) == 0)
    #expect(figures.metrics.ratio(.visitOnTimeRate) == 1)
    #expect(figures.metrics.count(.casesOpenAtEnd) == 1)
  }

  @Test("同比 is stated only when the year-ago period has a service or activity")
  func yearOnYearNeedsRecords() {
    // 2026-01 against 2025-01, which has two services: the on-time rate moved 0.5 → 0 (Y1 and Y2
    // overdue in January 2026), -50 points; service records 2 → 1, -50 %.
    let january = Self.fixture().figures("2026-01")
    #expect(january.yearAgoHasRecords)
    #expect(january.yearOnYear(.visitOnTimeRate) == .points(-50))
    #expect(january.yearOnYear(.serviceRecords) == .relative(-0.5))
    // 2026-10 against 2025-10, which has none: no change is stated, though the rate of 2025-10
    // (0, everyone overdue) is a number.
    let october = Self.fixture().figures("2026-10")
    #expect(!october.yearAgoHasRecords)
    #expect(october.yearAgo.ratio(.visitOnTimeRate) != nil)
    #expect(october.yearOnYear(.visitOnTimeRate) == nil)
    #expect(october.yearOnYear(.beneficiariesRegistered) == nil)
  }
}
