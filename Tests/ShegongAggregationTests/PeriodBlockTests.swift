import ShegongAggregation
import ShegongValidation
import Testing

/// The `previous` and `ytd` blocks and the monthly trend, for P = 2026-10.
@Suite("Previous period, year to date and trend")
struct PeriodBlockTests {
  /// R1 (household H1) registered 2026-01-01, exits 2026-10-15; R2 registers 2026-10-01; R3 since 2025.
  /// S2 opens 2026-10-10. Every service lasts 60 min and is given by social worker W1.
  static func fixture() -> FixtureBuilder {
    var fixture = FixtureBuilder()
    fixture.township("T1")
    fixture.village("V1", parent: "T1")
    fixture.station("S1", area: "T1")
    fixture.station("S2", area: "V1", opened: "2026-10-10")
    fixture.worker("W1", station: "S1")
    fixture.beneficiary(
      "R1", household: "H1", area: "V1", station: "S1", registered: "2026-01-01", exited: "2026-10-15")
    fixture.beneficiary("R2", area: "V1", station: "S1", registered: "2026-10-01")
    fixture.beneficiary("R3", area: "V1", station: "S1", registered: "2025-01-01")
    fixture.service("2026-09-10", worker: "W1", beneficiary: "R1", .homeVisit)
    fixture.service("2026-10-05", worker: "W1", beneficiary: "R1", .homeVisit)
    fixture.service("2026-10-03", worker: "W1", beneficiary: "R2", .dailyCare)
    fixture.service("2026-03-03", worker: "W1", beneficiary: "R3", .dailyCare)
    fixture.service("2026-09-20", worker: "W1", beneficiary: "R3", .dailyCare)
    // September activity: 4 participants, 30 min led by W1, 15 volunteer minutes; R2 signs in.
    fixture.activity("A1", "2026-09-25", station: "S1", lead: "W1", minutes: 30, participants: 4, volunteerMinutes: 15)
    fixture.attend("A1", "R2")
    return fixture
  }

  @Test("metrics: October alone")
  func metrics() {
    let metrics = Self.fixture().figures("2026-10").metrics
    // Registered on 10-31: R2, R3 (R1 exited 10-15). Served in October: R1, R2; of them registered: R2.
    #expect(metrics.count(.beneficiariesRegistered) == 2)
    #expect(metrics.count(.beneficiariesServed) == 2)
    #expect(metrics.count(.registeredServed) == 1)
    #expect(metrics.count(.stationsActive) == 2)
    #expect(
      metrics.count(.serviceRecords) == 2 && metrics.count(.householdsVisited) == 1
        && metrics.count(.householdVisits) == 1)
  }

  @Test("previous: September, with stocks on 2026-09-30")
  func previous() {
    let figures = Self.fixture().figures("2026-10")
    #expect(figures.previousPeriod.label == "2026-09")
    let previous = figures.previous
    // Registered on 09-30: R1, R3 (R2 registers 10-01); S2 not yet open.
    #expect(previous.count(.beneficiariesRegistered) == 2)
    #expect(previous.count(.stationsActive) == 1)
    // Served in September: R1, R3 (services), R2 (attendance); registered among them: R1, R3.
    #expect(previous.count(.beneficiariesServed) == 3)
    #expect(previous.count(.registeredServed) == 2)
    #expect(previous.count(.activities) == 1 && previous.count(.activityParticipants) == 4)
    // 2 services + 4 participants
    #expect(previous.count(.personTimes) == 6)
    // 2 × 60 + 30 = 150 min
    #expect(previous.minutes(.socialWorkerHours) == 150)
    #expect(previous.minutes(.volunteerHours) == 15)
  }

  @Test("ytd: stocks as in metrics, distinct counts over the whole span, not sums of months")
  func yearToDate() {
    let figures = Self.fixture().figures("2026-10")
    let ytd = figures.ytd
    // Stocks are those of P.end.
    #expect(ytd.count(.beneficiariesRegistered) == figures.metrics.count(.beneficiariesRegistered))
    #expect(ytd.count(.stationsActive) == 2)
    // Served Jan–Oct: R1, R2, R3 = 3 (the monthly counts 1 (Mar) + 3 (Sep) + 2 (Oct) would give 6).
    #expect(ytd.count(.beneficiariesServed) == 3)
    // Registered on 10-31 and served: R2, R3.
    #expect(ytd.count(.registeredServed) == 2)
    // 2 / 2
    #expect(ytd.ratio(.serviceCoverage) == 1)
    // H1 visited on 09-10 and 10-05: 1 户 (months would give 2), 2 户次.
    #expect(ytd.count(.householdsVisited) == 1)
    #expect(ytd.count(.householdVisits) == 2)
    // All live in V1: 1 village reached (months would give 3).
    #expect(ytd.count(.villagesReached) == 1)
    #expect(ytd.count(.serviceRecords) == 5)
    // 5 services + 4 participants
    #expect(ytd.count(.personTimes) == 9)
    // 5 × 60 + 30
    #expect(ytd.minutes(.socialWorkerHours) == 330)
  }

  @Test("trend: one row per month, January to October, distinct people per month")
  func trend() throws {
    let trend = Self.fixture().figures("2026-10").trend
    #expect(trend.map(\.month.label) == (1...10).map { $0 < 10 ? "2026-0\($0)" : "2026-\($0)" })
    let march = trend[2]
    #expect(
      march.count(.serviceRecords) == 1 && march.count(.beneficiariesServed) == 1
        && march.minutes(.socialWorkerHours) == 60)
    let september = trend[8]
    // R1 home visit, R3 daily care; A1 with 4 participants; served R1, R3, R2.
    #expect(
      september.count(.serviceRecords) == 2 && september.count(.homeVisitRecords) == 1
        && september.count(.householdsVisited) == 1)
    #expect(
      september.count(.activities) == 1 && september.count(.activityParticipants) == 4
        && september.count(.personTimes) == 6)
    #expect(september.count(.beneficiariesServed) == 3)
    #expect(september.minutes(.socialWorkerHours) == 150 && september.minutes(.volunteerHours) == 15)
    let october = trend[9]
    #expect(
      october.count(.serviceRecords) == 2 && october.count(.homeVisitRecords) == 1
        && october.count(.householdsVisited) == 1)
    #expect(october.count(.beneficiariesServed) == 2 && october.count(.personTimes) == 2)
    #expect(october.minutes(.socialWorkerHours) == 120 && october.minutes(.volunteerHours) == 0)
    // The other months are empty.
    for index in [0, 1, 3, 4, 5, 6, 7] {
      #expect(trend[index].count(.serviceRecords) == 0 && trend[index].count(.beneficiariesServed) == 0)
    }
  }

  @Test("a quarter: previous is the quarter before; year to date ends with the quarter")
  func quarter() {
    let figures = Self.fixture().figures("2026-Q3")
    #expect(figures.previousPeriod.label == "2026-Q2")
    // Q3: R1 (09-10), R3 (09-20), R2 (attendance 09-25).
    #expect(figures.metrics.count(.beneficiariesServed) == 3)
    // Q2: nothing.
    #expect(figures.previous.count(.beneficiariesServed) == 0)
    // Jan–Sep: R3 in March and September counts once; R1, R2 → 3.
    #expect(figures.ytd.count(.beneficiariesServed) == 3)
    #expect(figures.ytd.count(.serviceRecords) == 3)
    #expect(figures.trend.count == 9)
    // Registered on 09-30: R1, R3.
    #expect(figures.metrics.count(.beneficiariesRegistered) == 2 && figures.ytd.count(.beneficiariesRegistered) == 2)
  }

  @Test("headline(for:) of a span equals the block computed for a period")
  func headlineForSpan() {
    let fixture = Self.fixture()
    let figures = fixture.figures("2026-10")
    #expect(Aggregator.headline(for: period("2026-10").span, from: fixture.inputs) == figures.metrics)
    #expect(Aggregator.headline(for: period("2026-09").span, from: fixture.inputs) == figures.previous)
    #expect(Aggregator.headline(for: period("2026-10").yearToDate, from: fixture.inputs) == figures.ytd)
  }
}
