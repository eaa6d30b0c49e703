import ShegongAggregation
import ShegongValidation
import Testing

/// Registered, served and visited people, for P = 2026-10 (2026-10-01 … 2026-10-31).
@Suite("Headline: people and households")
struct HeadlinePeopleTests {
  /// Township T1 with villages V1, V2; one station and two social workers.
  static func base() -> FixtureBuilder {
    var fixture = FixtureBuilder()
    fixture.township("T1")
    fixture.village("V1", parent: "T1")
    fixture.village("V2", parent: "T1")
    fixture.station("S1", area: "T1")
    fixture.worker("W1", station: "S1")
    fixture.worker("W2", station: "S1")
    return fixture
  }

  @Test("registered on P.end, households, served by service or attendance, villages reached")
  func registeredAndServed() {
    var fixture = Self.base()
    // B1, B6 share household H1 and are registered; B2 (also H1) exited on the first day of P, so is
    // not registered on P.end; B3 registered on P.end itself; B4 registers after P.end; B5 (H2)
    // exits after P.end, so is registered.
    fixture.beneficiary("B1", household: "H1", area: "V1", station: "S1", registered: "2026-01-01")
    fixture.beneficiary("B2", household: "H1", area: "V1", station: "S1", exited: "2026-10-01")
    fixture.beneficiary("B3", area: "V2", station: "S1", registered: "2026-10-31")
    fixture.beneficiary("B4", household: "H2", area: "T1", station: "S1", registered: "2026-11-01")
    fixture.beneficiary("B5", household: "H2", area: "V2", station: "S1", exited: "2026-11-01")
    fixture.beneficiary("B6", household: "H1", area: "V1", station: "S1", registered: "2026-02-01")
    // Served in P: B2 (not registered, still served), B1, and B4 by attendance; B5 only in September.
    fixture.service("2026-10-05", worker: "W1", beneficiary: "B2", .phoneFollowUp)
    fixture.service("2026-10-10", worker: "W1", beneficiary: "B1", .dailyCare)
    fixture.activity("A1", "2026-10-20", station: "S1", lead: "W1", participants: 1)
    fixture.attend("A1", "B4")
    fixture.service("2026-09-30", worker: "W1", beneficiary: "B5", .dailyCare)
    let metrics = fixture.figures("2026-10").metrics
    // Registered on 2026-10-31: B1, B3, B5, B6.
    #expect(metrics.count(.beneficiariesRegistered) == 4)
    // Their households: H1 (B1, B6), B3's own, H2 (B5).
    #expect(metrics.count(.householdsRegistered) == 3)
    // Served: B1, B2, B4.
    #expect(metrics.count(.beneficiariesServed) == 3)
    // Registered and served: B1 only.
    #expect(metrics.count(.registeredServed) == 1)
    // 1 / 4
    #expect(metrics.ratio(.serviceCoverage) == 0.25)
    // Areas of the served: B1 → V1, B2 → V1, B4 → T1 (a township, not a village) → 1 village.
    #expect(metrics.count(.villagesReached) == 1)
  }

  @Test("home visits: 户 counts households once, 户次 counts distinct household-days")
  func homeVisits() throws {
    var fixture = Self.base()
    fixture.beneficiary("B1", household: "H1", area: "V1", station: "S1")
    fixture.beneficiary("B2", household: "H1", area: "V1", station: "S1")
    fixture.beneficiary("B3", household: "H2", area: "V2", station: "S1")
    fixture.beneficiary("B4", area: "V2", station: "S1")
    // H1: B1 and B2 visited on the same day by two workers → 1 户, 1 户次.
    fixture.service("2026-10-03", worker: "W1", beneficiary: "B1", .homeVisit)
    fixture.service("2026-10-03", worker: "W2", beneficiary: "B2", .homeVisit)
    // H2: B3 visited on two days → 1 户, 2 户次.
    fixture.service("2026-10-05", worker: "W1", beneficiary: "B3", .homeVisit)
    fixture.service("2026-10-19", worker: "W1", beneficiary: "B3", .homeVisit)
    // B4: a phone call in P, home visits just before and just after P.
    fixture.service("2026-10-06", worker: "W1", beneficiary: "B4", .phoneFollowUp)
    fixture.service("2026-09-30", worker: "W1", beneficiary: "B4", .homeVisit)
    fixture.service("2026-11-01", worker: "W1", beneficiary: "B4", .homeVisit)
    let figures = fixture.figures("2026-10")
    let metrics = figures.metrics
    #expect(metrics.count(.householdsVisited) == 2)
    // 1 (H1 on 10-03) + 2 (H2 on 10-05 and 10-19)
    #expect(metrics.count(.householdVisits) == 3)
    // B1, B2, B3, B3
    #expect(metrics.count(.homeVisitRecords) == 4)
    // the four home visits and the phone call
    #expect(metrics.count(.serviceRecords) == 5)
    let s1 = try #require(figures.byStation.first)
    #expect(s1.count(.householdsVisited) == 2)
    // The township table counts by the beneficiary's township: all four live in T1.
    let t1 = try #require(figures.byTownship.first)
    #expect(t1.count(.householdsVisited) == 2 && t1.count(.serviceRecords) == 5)
  }

  @Test("activities by kind, participants and person-times, with the edges of P")
  func activities() {
    var fixture = Self.base()
    fixture.beneficiary("B1", area: "V1", station: "S1")
    fixture.activity("A1", "2026-10-01", station: "S1", .group, lead: "W1", participants: 12)
    fixture.activity("A2", "2026-10-31", station: "S1", .group, lead: "W1", participants: 8)
    fixture.activity("A3", "2026-10-15", station: "S1", .community, lead: "W1", participants: 30)
    fixture.activity("A4", "2026-10-20", station: "S1", .training, lead: "W2", participants: 5)
    fixture.activity("A5", "2026-10-21", station: "S1", .outreach, lead: "W2", participants: 100)
    fixture.activity("A6", "2026-09-30", station: "S1", .outreach, lead: "W2", participants: 50)
    fixture.activity("A7", "2026-11-01", station: "S1", .community, lead: "W2", participants: 70)
    fixture.service("2026-10-02", worker: "W1", beneficiary: "B1", .dailyCare)
    fixture.service("2026-10-03", worker: "W1", beneficiary: "B1", .dailyCare)
    let metrics = fixture.figures("2026-10").metrics
    // A1–A5 (A1 on the first day, A2 on the last); A6 and A7 are outside.
    #expect(metrics.count(.activities) == 5)
    #expect(metrics.count(.groupSessions) == 2)
    #expect(metrics.count(.communityActivities) == 1)
    #expect(metrics.count(.trainings) == 1)
    #expect(metrics.count(.outreachEvents) == 1)
    // 12 + 8 + 30 + 5 + 100
    #expect(metrics.count(.activityParticipants) == 155)
    // 2 services + 155
    #expect(metrics.count(.personTimes) == 157)
  }

  @Test("cases: new and closed in P, open at the end by latest date then stage")
  func cases() {
    var fixture = Self.base()
    for id in ["B1", "B2", "B3", "B4", "B5", "B6", "B7"] { fixture.beneficiary(id, area: "V1", station: "S1") }
    // B1: new and close on one day → closed (close sorts after new).
    fixture.service("2026-10-05", worker: "W1", beneficiary: "B1", .caseWork, stage: .close)
    fixture.service("2026-10-05", worker: "W1", beneficiary: "B1", .caseWork, stage: .new)
    // B2: opened in March (history), followed in P → open, not new in P.
    fixture.service("2026-03-01", worker: "W1", beneficiary: "B2", .caseWork, stage: .new)
    fixture.service("2026-10-10", worker: "W1", beneficiary: "B2", .caseWork, stage: .follow)
    // B3: a case-work service with no stage, which is follow → open.
    fixture.service("2026-10-12", worker: "W1", beneficiary: "B3", .caseWork)
    // B4: closed in September, new again twice in P → new once, open.
    fixture.service("2026-09-01", worker: "W1", beneficiary: "B4", .caseWork, stage: .close)
    fixture.service("2026-10-20", worker: "W1", beneficiary: "B4", .caseWork, stage: .new)
    fixture.service("2026-10-21", worker: "W2", beneficiary: "B4", .caseWork, stage: .new)
    // B5: new and closed on different days of P → not open.
    fixture.service("2026-10-02", worker: "W1", beneficiary: "B5", .caseWork, stage: .new)
    fixture.service("2026-10-25", worker: "W1", beneficiary: "B5", .caseWork, stage: .close)
    // B6: new after P.end → nothing for P.
    fixture.service("2026-11-05", worker: "W1", beneficiary: "B6", .caseWork, stage: .new)
    // B7: closed in June only.
    fixture.service("2026-06-01", worker: "W1", beneficiary: "B7", .caseWork, stage: .close)
    let figures = fixture.figures("2026-10")
    // New in P: B1, B4, B5.
    #expect(figures.metrics.count(.casesNew) == 3)
    // Closed in P: B1, B5.
    #expect(figures.metrics.count(.casesClosed) == 2)
    // Open on 2026-10-31: B2 (follow), B3 (follow), B4 (new).
    #expect(figures.metrics.count(.casesOpenAtEnd) == 3)
    // September: B4 closed on 09-01; open on 09-30: B2 only (B4 closed, B7 closed).
    #expect(figures.previous.count(.casesClosed) == 1)
    #expect(figures.previous.count(.casesNew) == 0)
    #expect(figures.previous.count(.casesOpenAtEnd) == 1)
    // Year to date: new B1, B2, B4, B5; closed B1, B4 (09-01), B5, B7; open at end as in P.
    #expect(figures.ytd.count(.casesNew) == 4)
    #expect(figures.ytd.count(.casesClosed) == 4)
    #expect(figures.ytd.count(.casesOpenAtEnd) == 3)
  }

  @Test("hours: social workers' services and led activities; volunteers' services and activity volunteer hours")
  func hours() {
    var fixture = Self.base()
    fixture.worker("V9", .volunteer, station: "S1")
    fixture.beneficiary("B1", area: "V1", station: "S1")
    fixture.service("2026-10-02", worker: "W1", beneficiary: "B1", minutes: 90)
    fixture.service("2026-10-03", worker: "W1", beneficiary: "B1", minutes: 45)
    fixture.service("2026-10-04", worker: "W2", beneficiary: "B1", minutes: 30)
    fixture.service("2026-10-05", worker: "V9", beneficiary: "B1", minutes: 60)
    fixture.service("2026-09-05", worker: "W2", beneficiary: "B1", minutes: 600)
    // A1 led by a social worker: 120 min, and 200 min given by its volunteers.
    fixture.activity("A1", "2026-10-10", station: "S1", lead: "W1", minutes: 120, volunteerMinutes: 200)
    // A2 led by a volunteer: its 90 min are no social worker's hours and no volunteer_hours either.
    fixture.activity("A2", "2026-10-11", station: "S1", lead: "V9", minutes: 90)
    let metrics = fixture.figures("2026-10").metrics
    // 90 + 45 + 30 = 165 min (2.75 h)
    #expect(metrics.minutes(.serviceHours) == 165)
    // A1 only: 120 min
    #expect(metrics.minutes(.activityHours) == 120)
    // 165 + 120 = 285 min (4.75 h)
    #expect(metrics.minutes(.socialWorkerHours) == 285)
    // 60 (V9's service) + 200 (A1's volunteers) = 260 min → 4.333… h → 4.33
    #expect(metrics.minutes(.volunteerHours) == 260)
    #expect(Hundredths.hours(minutes: metrics.minutes(.volunteerHours) ?? 0).text == "4.33")
    // 285 min / 2 social workers on post = 142.5 min = 2.375 h → half-up 2.38
    #expect(metrics[.hoursPerSocialWorker] == .hundredths(Hundredths(238)))
  }

  @Test("a service given at another station than its worker's belongs to the service's station")
  func attribution() throws {
    var fixture = Self.base()
    fixture.station("P1", .point, area: "V1")
    fixture.beneficiary("B1", household: "H1", area: "V1", station: "S1")
    // W1 belongs to S1 but gives a home visit recorded at P1, and one at their own station.
    fixture.service("2026-10-02", worker: "W1", beneficiary: "B1", minutes: 40, station: "P1")
    fixture.service("2026-10-09", worker: "W1", beneficiary: "B1", .dailyCare, minutes: 20)
    let figures = fixture.figures("2026-10")
    let p1 = try #require(figures.byStation.first { $0.stationId == "P1" })
    let s1 = try #require(figures.byStation.first { $0.stationId == "S1" })
    #expect(
      p1.count(.serviceRecords) == 1 && p1.minutes(.socialWorkerHours) == 40 && p1.count(.householdsVisited) == 1
        && p1.reporting)
    #expect(
      s1.count(.serviceRecords) == 1 && s1.minutes(.socialWorkerHours) == 20 && s1.count(.householdsVisited) == 0
        && s1.reporting)
    // Register figures follow the beneficiary's station, whoever served them.
    #expect(
      s1.count(.beneficiariesRegistered) == 1 && s1.count(.registeredServed) == 1 && s1.ratio(.serviceCoverage) == 1)
    #expect(p1.count(.beneficiariesRegistered) == 0 && p1.ratio(.serviceCoverage) == nil)
    // The worker's own station is S1 in by_worker.
    #expect(figures.byWorker.map(\.stationId) == ["S1"])
    #expect(figures.metrics.count(.stationsReporting) == 2)
  }

  @Test("with no rows every ratio is nil and every count 0")
  func zeroDenominators() {
    let figures = FixtureBuilder().figures("2026-10")
    for headline in [figures.metrics, figures.previous, figures.ytd] {
      #expect(headline.ratio(.townshipStationCoverage) == nil)
      #expect(headline.ratio(.villageStationCoverage) == nil)
      #expect(headline.ratio(.reportingRate) == nil)
      #expect(headline.ratio(.certifiedRatio) == nil)
      #expect(headline.ratio(.serviceCoverage) == nil)
      #expect(headline[.hoursPerSocialWorker] == .hundredths(nil))
      #expect(headline == Headline())
    }
    #expect(figures.byStation.isEmpty && figures.byWorker.isEmpty && figures.overdue.isEmpty)
    #expect(figures.byCategory.count == 16 && figures.byCategory.allSatisfy { $0.ratio(.serviceCoverage) == nil })
    #expect(figures.trend.count == 10 && figures.trend.allSatisfy { $0.count(.serviceRecords) == 0 })
  }

  @Test("stations with a social worker but no registered beneficiary: hours per worker, no coverage")
  func partialDenominators() {
    var fixture = Self.base()
    // Two social workers on post, no beneficiaries registered, no rows: hours per worker 0.00, coverage nil.
    let metrics = fixture.figures("2026-10").metrics
    #expect(metrics[.hoursPerSocialWorker] == .hundredths(Hundredths(0)))
    #expect(metrics.ratio(.serviceCoverage) == nil)
    #expect(metrics.ratio(.reportingRate) == 0)
    // A beneficiary who is registered but never served gives coverage 0, not nil.
    fixture.beneficiary("B1", area: "V1", station: "S1")
    #expect(fixture.figures("2026-10").metrics.ratio(.serviceCoverage) == 0)
  }
}
