import ShegongAggregation
import ShegongValidation
import Testing

/// `beneficiaries_due` and `visit_on_time_rate` (SPEC §5) on the overdue fixture, as of 2026-10-31.
@Suite("On-time visits")
struct OnTimeTests {
  @Test("due: registered with an interval; on time: due and not overdue")
  func headline() {
    let figures = OverdueTests.fixture().figures("2026-10")
    let metrics = figures.metrics
    // Registered on 10-31: O1–O7, O9, O10 (O8 exits that day) = 9; O5 (`other`) has no interval.
    #expect(metrics.count(.beneficiariesRegistered) == 9)
    #expect(metrics.count(.beneficiariesDue) == 8)
    // Overdue: O1, O3, O6, O7, O9 → (8 − 5) / 8.
    #expect(metrics.ratio(.visitOnTimeRate) == 0.375)
    // As of 09-30: O1, O2, O3, O5, O7, O8, O9, O10 registered; due all but O5 = 7; overdue 5 → 2 / 7.
    #expect(figures.previous.count(.beneficiariesDue) == 7)
    #expect(figures.previous.ratio(.visitOnTimeRate) == 2.0 / 7.0)
  }

  @Test("the same computation in the station, township and category rows")
  func slices() throws {
    let figures = OverdueTests.fixture().figures("2026-10")
    let station = try #require(figures.byStation.first)
    #expect(station.count(.beneficiariesDue) == 8)
    #expect(station.ratio(.visitOnTimeRate) == 0.375)
    let township = try #require(figures.byTownship.first)
    #expect(township.count(.beneficiariesDue) == 8)
    #expect(township.ratio(.visitOnTimeRate) == 0.375)
    let byCode = Dictionary(uniqueKeysWithValues: figures.byCategory.map { ($0.code, $0) })
    // elderly_alone: O1, O2, O7, O10 due; O1, O7 overdue → 0.5.
    let alone = try #require(byCode["elderly_alone"])
    #expect(alone.count(.beneficiariesDue) == 4)
    #expect(alone.ratio(.visitOnTimeRate) == 0.5)
    // dibao: O1, O3, both overdue → 0.
    #expect(try #require(byCode["dibao"]).ratio(.visitOnTimeRate) == 0)
    // other: O5 is registered but has no interval: nobody due, so no rate.
    let other = try #require(byCode["other"])
    #expect(other.count(.beneficiariesRegistered) == 1)
    #expect(other.count(.beneficiariesDue) == 0)
    #expect(other[.visitOnTimeRate] == .ratio(nil))
    // hardship group (dibao, tekun): O1, O3, O4, O6 due, each once; O1, O3, O6 overdue → 0.25.
    let hardship = try #require(byCode["hardship"])
    #expect(hardship.count(.beneficiariesDue) == 4)
    #expect(hardship.ratio(.visitOnTimeRate) == 0.25)
  }

  @Test("nobody due: without intervals the rate is undefined, not 100 %")
  func nobodyDue() {
    var fixture = OverdueTests.fixture()
    for index in fixture.inputs.policy.visitIntervalDays.indices {
      fixture.inputs.policy.visitIntervalDays[index] = nil
    }
    let metrics = fixture.figures("2026-10").metrics
    #expect(metrics.count(.beneficiariesRegistered) == 9)
    #expect(metrics.count(.beneficiariesDue) == 0)
    #expect(metrics[.visitOnTimeRate] == .ratio(nil))
  }
}
