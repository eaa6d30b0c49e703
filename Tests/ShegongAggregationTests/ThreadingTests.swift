import ShegongAggregation
import ShegongValidation
import Testing

/// The services are counted in parts, one per thread, each taking a share of the register; the
/// figures must not depend on how many parts there are.
@Suite("Counting in parallel")
struct ThreadingTests {
  /// A reproducible pseudo-random county: 40 stations, 60 workers, 900 beneficiaries in households
  /// that straddle every share of the register, 6 000 services over 2025-11 … 2026-11, activities.
  static func fixture() -> FixtureBuilder {
    var random = SplitMix(seed: 2026)
    var fixture = FixtureBuilder()
    fixture.township("T1")
    fixture.township("T2")
    for village in 0..<10 { fixture.village("V\(village)", parent: village < 5 ? "T1" : "T2") }
    for station in 0..<40 {
      fixture.station(
        "S\(station)", station % 3 == 0 ? .point : .station, area: "V\(station % 10)",
        closed: station == 7 ? "2026-10-20" : nil, posts: Int32(station % 4))
    }
    for worker in 0..<60 {
      fixture.worker(
        "W\(worker)", worker % 5 == 0 ? .volunteer : .socialWorker, station: "S\(worker % 40)",
        certified: worker % 2 == 0)
    }
    let categories = ShegongValidation.Category.allCases
    for person in 0..<900 {
      fixture.beneficiary(
        "B\(person)", household: person % 4 == 0 ? "" : "H\(person % 301)", area: "V\(person % 10)",
        station: "S\(person % 40)", categories: [categories[person % 13], categories[(person * 7) % 13]],
        disability: person % 6 == 0 ? DisabilityType.allCases[person % 7] : nil,
        registered: person % 9 == 0 ? "2026-10-12" : "2025-06-01", exited: person % 11 == 0 ? "2026-10-15" : nil)
    }
    let types = ServiceType.allCases
    let stages: [CaseStage?] = [nil, .new, .follow, .close]
    for _ in 0..<6_000 {
      let month = random.next(13)
      let date =
        month == 12
        ? "2026-11-0\(1 + random.next(5))"
        : month == 0
          ? "2025-11-\(10 + random.next(20))"
          : "2026-\(month < 10 ? "0" : "")\(month)-\(10 + random.next(19))"
      let type = types[random.next(types.count)]
      fixture.service(
        date, worker: "W\(random.next(60))", beneficiary: "B\(random.next(900))", type,
        minutes: Int32(5 + random.next(120)), station: random.next(10) == 0 ? "S\(random.next(40))" : nil,
        stage: type == .caseWork ? stages[random.next(4)] : nil, warnings: UInt8(random.next(3)))
    }
    for activity in 0..<120 {
      let month = 1 + random.next(10)
      fixture.activity(
        "A\(activity)", "2026-\(month < 10 ? "0" : "")\(month)-15", station: "S\(random.next(40))",
        ActivityKind.allCases[activity % 4], lead: "W\(random.next(60))", minutes: 60,
        participants: Int64(random.next(30)), volunteerMinutes: Int64(random.next(90)),
        target: TargetGroup.allCases[activity % 5])
      for _ in 0..<3 { fixture.attend("A\(activity)", "B\(random.next(900))") }
    }
    fixture.inputs.policy.hourlyRate[Int(ServiceType.homeVisit.rawValue)] = 123_457
    return fixture
  }

  @Test("one, two, three and seven threads give the same figures", arguments: ["2026-10", "2026-Q3", "2026"])
  func sameFigures(_ label: String) throws {
    let inputs = Self.fixture().inputs
    let period = try #require(Period(parsing: label))
    let single = Aggregator.figures(for: period, from: inputs, options: AggregationOptions(threads: 1))
    // The fixture is not empty where it matters.
    #expect(single.metrics.count(.serviceRecords) ?? 0 > 100 && single.overdue.count > 0)
    #expect(single.metrics.count(.householdVisits) ?? 0 > 0)
    for threads in [2, 3, 7] {
      let parallel = Aggregator.figures(for: period, from: inputs, options: AggregationOptions(threads: threads))
      #expect(parallel == single, "\(threads) threads")
    }
    // The automatic choice too.
    #expect(Aggregator.figures(for: period, from: inputs) == single)
  }
}

/// A small deterministic pseudo-random generator (SplitMix64), so that fixtures are the same on every run.
struct SplitMix {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// A number in `0..<bound`.
  mutating func next(_ bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    mixed ^= mixed >> 31
    return Int(mixed % UInt64(bound))
  }
}
