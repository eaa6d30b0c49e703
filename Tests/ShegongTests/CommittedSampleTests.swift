import ShegongAggregation
import ShegongIngest
import ShegongValidation
import Testing

@Suite("The committed sample reads like a working county's report")
struct CommittedSampleTests {
  @Test("its last month: on-time visits between 50 % and 90 %, at least 85 % of stations reporting, a named county")
  func lastMonth() throws {
    let asOf = try #require(CivilDate.dayNumber(year: 2026, month: 11, day: 20))
    let inputs = try Validator.validate(
      try InputFolder(path: CommandRunner.inputs), options: ValidationOptions(asOf: asOf))
    let period = try #require(Period.defaultPeriod(for: inputs))
    #expect(period.label == "2026-10")
    let figures = Aggregator.figures(for: period, from: inputs)
    guard case .ratio(let onTime?) = figures.metrics[.visitOnTimeRate],
      case .count(let due) = figures.metrics[.beneficiariesDue]
    else {
      Issue.record("visit_on_time_rate or beneficiaries_due is missing")
      return
    }
    #expect(due > 1000)
    #expect(onTime >= 0.5 && onTime <= 0.9, "on-time rate \(onTime)")
    guard case .ratio(let reporting?) = figures.metrics[.reportingRate] else {
      Issue.record("reporting_rate is not a ratio")
      return
    }
    #expect(reporting >= 0.85, "reporting rate \(reporting)")
    #expect(figures.region == Region(name: "青石县", code: "371326000000", level: .county))
  }
}
