import ShegongAggregation
import ShegongValidation
import Testing

/// The aggregator against `ReferenceFigures`, a plain second computation, on a pseudo-random county.
@Suite("Against a plain reference computation")
struct ReferenceTests {
  static let inputs = ThreadingTests.fixture().inputs
  static let reference = ReferenceFigures(inputs: inputs)

  @Test(
    "headline blocks, trend, pay and the overdue order",
    arguments: ["2026-10", "2026-09", "2026-11", "2026-Q3", "2026-Q4", "2026-H1", "2026"])
  func matches(_ label: String) throws {
    let period = try #require(Period(parsing: label))
    let figures = Aggregator.figures(for: period, from: Self.inputs, options: AggregationOptions(threads: 2))
    let reference = Self.reference
    #expect(figures.metrics == reference.headline(period.span))
    #expect(figures.previous == reference.headline(period.previous.span))
    #expect(figures.ytd == reference.headline(period.yearToDate))
    #expect(figures.yearAgoPeriod == period.yearAgo)
    #expect(figures.yearAgo == reference.headline(period.yearAgo.span))
    for row in figures.trend {
      let month = reference.headline(row.month.span)
      #expect(row.count(.serviceRecords) == month.count(.serviceRecords), "\(row.month)")
      #expect(row.count(.householdsVisited) == month.count(.householdsVisited), "\(row.month)")
      #expect(row.count(.homeVisitRecords) == month.count(.homeVisitRecords), "\(row.month)")
      #expect(row.count(.activities) == month.count(.activities), "\(row.month)")
      #expect(row.count(.activityParticipants) == month.count(.activityParticipants), "\(row.month)")
      #expect(row.count(.personTimes) == month.count(.personTimes), "\(row.month)")
      #expect(row.count(.beneficiariesServed) == month.count(.beneficiariesServed), "\(row.month)")
      #expect(row.minutes(.socialWorkerHours) == month.minutes(.socialWorkerHours), "\(row.month)")
      #expect(row.minutes(.volunteerHours) == month.minutes(.volunteerHours), "\(row.month)")
    }
    for row in figures.byWorker {
      let worker = try #require(Self.inputs.workers.id.firstIndex(of: row.workerId))
      #expect(row.pay == reference.pay(worker, period.span), "\(row.workerId)")
    }
    #expect(figures.overdue.map(\.beneficiaryId) == reference.overdueIds(on: period.end))
  }

  @Test("by_station and by_category columns against the reference")
  func tables() throws {
    let period = try #require(Period(parsing: "2026-10"))
    let figures = Aggregator.figures(for: period, from: Self.inputs, options: AggregationOptions(threads: 3))
    let reference = Self.reference
    let inputs = Self.inputs
    let served = reference.served(period.span)
    for row in figures.byStation {
      let station = try #require(inputs.stations.id.firstIndex(of: row.stationId))
      let mine = (0..<inputs.beneficiaries.count).filter {
        Int(inputs.beneficiaries.station[$0]) == station && reference.isRegistered($0, on: period.end)
      }
      #expect(row.count(.beneficiariesRegistered) == mine.count, "\(row.stationId)")
      #expect(row.count(.registeredServed) == mine.filter { served.contains($0) }.count, "\(row.stationId)")
      #expect(row.count(.overdueBeneficiaries) == mine.filter { reference.isOverdue($0, on: period.end) }.count)
      let due = mine.filter { inputs.policy.interval(for: inputs.beneficiaries.categories[$0]) != nil }
      #expect(row.count(.beneficiariesDue) == due.count, "\(row.stationId)")
      let rows = (0..<inputs.services.count).filter {
        period.span.contains(inputs.services.date[$0]) && Int(inputs.services.station[$0]) == station
      }
      #expect(row.count(.serviceRecords) == rows.count, "\(row.stationId)")
      let households = Set(
        rows.filter { inputs.services.type[$0] == .homeVisit }.map {
          inputs.beneficiaries.household[Int(inputs.services.beneficiary[$0])]
        })
      #expect(row.count(.householdsVisited) == households.count, "\(row.stationId)")
    }
    for row in figures.byCategory where !row.isGroup {
      let category = try #require(ShegongValidation.Category.withCode(row.code))
      let mine = (0..<inputs.beneficiaries.count).filter {
        inputs.beneficiaries.categories[$0] & category.bit != 0 && reference.isRegistered($0, on: period.end)
      }
      #expect(row.count(.beneficiariesRegistered) == mine.count, "\(row.code)")
      #expect(row.count(.registeredServed) == mine.filter { served.contains($0) }.count, "\(row.code)")
    }
  }
}
