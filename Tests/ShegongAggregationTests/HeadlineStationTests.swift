import ShegongAggregation
import ShegongValidation
import Testing

/// Coverage, stations, posts and workers, for P = 2026-10 (2026-10-01 … 2026-10-31).
@Suite("Headline: coverage, stations and workers")
struct HeadlineStationTests {
  /// Townships T1, T2, T3; villages V1, V2 (in T1), V3 (in T2), V4 (in T3).
  ///
  /// - S1 station in T1, open, 3 posts.
  /// - S2 station in village V3, opened on P.end (2026-10-31): open on P.end; 2 posts.
  /// - S3 station in T3, closed on P.end: not open on P.end; 5 posts not counted.
  /// - P1 point in village V1, open, 1 post.
  /// - P2 point in village V4, opened 2026-11-01: not yet open.
  /// - P3 point on township T1's own area, open, 0 posts.
  static func fixture() -> FixtureBuilder {
    var fixture = FixtureBuilder()
    fixture.township("T1")
    fixture.township("T2")
    fixture.township("T3")
    fixture.village("V1", parent: "T1")
    fixture.village("V2", parent: "T1")
    fixture.village("V3", parent: "T2")
    fixture.village("V4", parent: "T3")
    fixture.station("S1", area: "T1", posts: 3)
    fixture.station("S2", area: "V3", opened: "2026-10-31", posts: 2)
    fixture.station("S3", area: "T3", closed: "2026-10-31", posts: 5)
    fixture.station("P1", .point, area: "V1", posts: 1)
    fixture.station("P2", .point, area: "V4", opened: "2026-11-01", posts: 4)
    fixture.station("P3", .point, area: "T1")
    // Workers: W1 certified on post at S1; W2 left on P.end (not on post); W3 certified, starts on
    // P.end (on post) at S2; W4 volunteer active; W5 volunteer who left 2026-10-01; W6 on post at
    // closed S3; W7 starts 2026-11-01 (not yet); W8 on post at P3, which plans 0 posts.
    fixture.worker("W1", station: "S1", certified: true)
    fixture.worker("W2", station: "S1", certified: true, end: "2026-10-31")
    fixture.worker("W3", station: "S2", certified: true, start: "2026-10-31")
    fixture.worker("W4", .volunteer, station: "S1")
    fixture.worker("W5", .volunteer, station: "S1", end: "2026-10-01")
    fixture.worker("W6", station: "S3")
    fixture.worker("W7", station: "P1", certified: true, start: "2026-11-01")
    fixture.worker("W8", station: "P3")
    fixture.beneficiary("B1", area: "V1", station: "S1")
    // Rows in P: a service at S1, an activity at P1, a service attributed to the closed S3.
    fixture.service("2026-10-05", worker: "W1", beneficiary: "B1")
    fixture.activity("A1", "2026-10-06", station: "P1", lead: "W1")
    fixture.service("2026-10-07", worker: "W6", beneficiary: "B1")
    // Rows outside P: S2 has a service on 2026-11-01 and P3 one on 2026-09-30.
    fixture.service("2026-11-01", worker: "W3", beneficiary: "B1")
    fixture.service("2026-09-30", worker: "W8", beneficiary: "B1")
    return fixture
  }

  @Test("townships and villages with a station, half-open opening and closing days")
  func coverage() {
    let metrics = Self.fixture().figures("2026-10").metrics
    // Townships: T1 (S1), T2 (S2 lies in V3, whose parent is T2); T3's S3 is closed on P.end.
    #expect(metrics.count(.townshipsTotal) == 3)
    #expect(metrics.count(.townshipsWithStation) == 2)
    #expect(metrics.ratio(.townshipStationCoverage) == 2.0 / 3.0)
    // Villages hosting an open station or point: V1 (P1), V3 (S2); V4's P2 opens after P.end.
    #expect(metrics.count(.villagesTotal) == 4)
    #expect(metrics.count(.villagesWithStationOrPoint) == 2)
    #expect(metrics.ratio(.villageStationCoverage) == 0.5)
  }

  @Test("active stations and points, reporting, posts")
  func stations() {
    let metrics = Self.fixture().figures("2026-10").metrics
    // Active on 2026-10-31: S1, S2 (opened that day) | P1, P3. S3 closed that day, P2 not yet open.
    #expect(metrics.count(.stationsActive) == 2)
    #expect(metrics.count(.pointsActive) == 2)
    // Rows in P: S1 (service), P1 (activity), S3 (service, but S3 is not active) → 2 reporting.
    #expect(metrics.count(.stationsReporting) == 2)
    // 2 / (2 + 2)
    #expect(metrics.ratio(.reportingRate) == 0.5)
    // 3 (S1) + 2 (S2) + 1 (P1) + 0 (P3)
    #expect(metrics.count(.postsPlanned) == 6)
  }

  @Test("workers on post, vacancies floored at 0, certification, volunteers")
  func workers() {
    let metrics = Self.fixture().figures("2026-10").metrics
    // On post on 2026-10-31: W1, W3 (starts that day), W6, W8; W2 left that day, W7 starts later.
    #expect(metrics.count(.socialWorkersOnPost) == 4)
    // S1: 3 − 1 = 2; S2: 2 − 1 = 1; P1: 1 − 0 = 1; P3: max(0, 0 − 1) = 0; S3 is not active → 4.
    #expect(metrics.count(.vacancies) == 4)
    // W1 and W3 (W2 and W7 are certified but not on post): 2 / 4.
    #expect(metrics.count(.certifiedSocialWorkers) == 2)
    #expect(metrics.ratio(.certifiedRatio) == 0.5)
    // W4 only: W5 left on 2026-10-01.
    #expect(metrics.count(.volunteersRegistered) == 1)
  }

  @Test("non-reporting stations: active ones without rows in P, by id")
  func nonReporting() {
    let rows = Self.fixture().figures("2026-10").nonReportingStations
    // Active: S1, S2, P1, P3; reporting S1, P1 → P3 and S2, bytewise "P3" < "S2".
    #expect(rows.map(\.stationId) == ["P3", "S2"])
    #expect(rows.map(\.type) == [.point, .station])
    #expect(rows.map(\.townshipCode) == ["T1", "T2"])
    #expect(rows.first?.name == "P3站")
  }

  @Test("by_station keeps every station, active or not, with headline definitions per row")
  func byStation() throws {
    let rows = Self.fixture().figures("2026-10").byStation
    #expect(rows.map(\.stationId) == ["P1", "P2", "P3", "S1", "S2", "S3"])
    let s1 = try #require(rows.first { $0.stationId == "S1" })
    // S1: 3 posts, W1 on post → 2 vacancies; one service in P → reporting.
    #expect(s1.active && s1.reporting)
    #expect(s1.count(.postsPlanned) == 3 && s1.count(.socialWorkersOnPost) == 1 && s1.count(.vacancies) == 2)
    #expect(s1.townshipCode == "T1" && s1.townshipName == "T1镇" && s1.areaCode == "T1")
    let s2 = try #require(rows.first { $0.stationId == "S2" })
    // S2 lies in village V3, whose township is T2.
    #expect(s2.areaCode == "V3" && s2.townshipCode == "T2" && s2.townshipName == "T2镇")
    #expect(s2.active && !s2.reporting)
    let s3 = try #require(rows.first { $0.stationId == "S3" })
    // Closed on P.end: not active, never reporting though it has a service in P; the headline sums
    // posts over active stations only, so the row shows 0 posts and 0 vacancies; W6 is still on post.
    #expect(!s3.active && !s3.reporting)
    #expect(s3.count(.serviceRecords) == 1)
    #expect(s3.count(.postsPlanned) == 0 && s3.count(.vacancies) == 0 && s3.count(.socialWorkersOnPost) == 1)
    let p3 = try #require(rows.first { $0.stationId == "P3" })
    // max(0, 0 − 1) = 0.
    #expect(p3.count(.vacancies) == 0 && p3.count(.socialWorkersOnPost) == 1)
  }
}
