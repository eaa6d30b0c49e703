import ShegongAggregation
import ShegongValidation
import Testing

/// `station_anomalies` (SPEC §10) for P = 2026-03: the six months before are 2025-09 … 2026-02.
@Suite("Station anomalies")
struct AnomalyTests {
  /// Adds `count` services attributed to `station` in `month` (`YYYY-MM`), on days 1–28.
  static func services(_ fixture: inout FixtureBuilder, _ station: String, _ month: String, _ count: Int) {
    for index in 0..<count {
      let dayOfMonth = 1 + index % 28
      fixture.service(
        "\(month)-\(dayOfMonth < 10 ? "0" : "")\(dayOfMonth)", worker: "W1", beneficiary: "B1", .dailyCare,
        station: station)
    }
  }

  static let months = ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"]

  /// Each station's services in the six months before, then in March 2026.
  static func fixture() -> FixtureBuilder {
    var fixture = FixtureBuilder()
    fixture.township("T1")
    let plan: [(id: String, opened: String, closed: String?, before: [Int], march: Int)] = [
      // Even count: median (14 + 16) / 2 = 15; 7 < 7.5: under half.
      ("SA", "2020-01-01", nil, [10, 12, 14, 16, 18, 20], 7),
      // Median 10, the floor: 5 is exactly half, not under it.
      ("SB", "2020-01-01", nil, [10, 10, 10, 10, 10, 10], 5),
      // Median 10: 20 is exactly twice, not over it.
      ("SC", "2020-01-01", nil, [10, 10, 10, 10, 10, 10], 20),
      // Median 10: 21 is over twice.
      ("SD", "2020-01-01", nil, [10, 10, 10, 10, 10, 10], 21),
      // Median 9.5, under the floor of 10: not compared, whatever March holds.
      ("SE", "2020-01-01", nil, [9, 9, 9, 10, 10, 10], 0),
      // Opened 2025-10-15: active at the end of October to February only (odd count), so September's
      // 100 services do not count: median of 10, 20, 30, 40, 50 is 30, and 61 is over twice. With
      // September the median would be 35 and 61 not over twice.
      ("SF", "2025-10-15", nil, [100, 10, 20, 30, 40, 50], 61),
      // Closes 2026-03-20: not active on P.end, so not listed.
      ("SG", "2020-01-01", "2026-03-20", [20, 20, 20, 20, 20, 20], 0),
      // Median 30 and 14: the same ratio as SA (7 / 15), so the ids decide: S0 before SA.
      ("S0", "2020-01-01", nil, [30, 30, 30, 30, 30, 30], 14),
    ]
    for station in plan { fixture.station(station.id, area: "T1", opened: station.opened, closed: station.closed) }
    fixture.worker("W1", station: "SA", start: "2020-01-01")
    fixture.beneficiary("B1", area: "T1", station: "SA")
    for station in plan {
      for (month, count) in zip(months, station.before) { services(&fixture, station.id, month, count) }
      services(&fixture, station.id, "2026-03", station.march)
    }
    return fixture
  }

  @Test("under half or over twice the median of the active months, median at least 10, sorted by ratio")
  func flagged() throws {
    let anomalies = Self.fixture().figures("2026-03").stationAnomalies
    #expect(anomalies.map(\.stationId) == ["S0", "SA", "SF", "SD"])
    let byId = Dictionary(uniqueKeysWithValues: anomalies.map { ($0.stationId, $0) })
    let sa = try #require(byId["SA"])
    #expect(sa.serviceRecords == 7)
    #expect(sa.median == Hundredths(1500))
    #expect(sa.ratio == 7.0 / 15.0)
    let sf = try #require(byId["SF"])
    #expect(sf.median == Hundredths(3000))
    #expect(sf.ratio == 61.0 / 30.0)
    #expect(try #require(byId["SD"]).ratio == 2.1)
    #expect(try #require(byId["S0"]).median == Hundredths(3000))
  }

  @Test("only month periods compare stations")
  func otherKinds() {
    let fixture = Self.fixture()
    #expect(fixture.figures("2026-Q1").stationAnomalies.isEmpty)
    #expect(fixture.figures("2026-H1").stationAnomalies.isEmpty)
    #expect(fixture.figures("2026").stationAnomalies.isEmpty)
  }

  @Test("a station active in none of the six months is not compared")
  func newStation() {
    var fixture = FixtureBuilder()
    fixture.township("T1")
    fixture.station("SN", area: "T1", opened: "2026-03-01")
    fixture.worker("W1", station: "SN", start: "2020-01-01")
    fixture.beneficiary("B1", area: "T1", station: "SN")
    // Services attributed to it before it opened count for no month.
    Self.services(&fixture, "SN", "2026-02", 50)
    Self.services(&fixture, "SN", "2026-03", 200)
    #expect(fixture.figures("2026-03").stationAnomalies.isEmpty)
  }
}
