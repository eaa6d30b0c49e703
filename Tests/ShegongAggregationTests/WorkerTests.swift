import ShegongAggregation
import ShegongValidation
import Testing

/// `by_worker` and pay (SPEC §6) for P = 2026-10. Rates are in 1/10 000 元.
@Suite("Workers and pay")
struct WorkerTests {
  static func fixture(withRates: Bool) -> FixtureBuilder {
    var fixture = FixtureBuilder()
    fixture.township("T1")
    fixture.station("S1", area: "T1")
    fixture.station("S2", area: "T1")
    fixture.worker("W1", station: "S1", name: "赵一")
    fixture.worker("W2", station: "S2")
    fixture.worker("W3", .volunteer, station: "S1")
    fixture.worker("W4", station: "S1")
    fixture.worker("W5", station: "S2")
    fixture.beneficiary("B1", area: "T1", station: "S1")
    if withRates {
      // home_visit 40 元 an hour; daily_care 30 元 a record; phone_follow_up 0.005 元 a record;
      // case_work 10 元 an hour.
      fixture.inputs.policy.hourlyRate[Int(ServiceType.homeVisit.rawValue)] = 400_000
      fixture.inputs.policy.perRecordRate[Int(ServiceType.dailyCare.rawValue)] = 300_000
      fixture.inputs.policy.perRecordRate[Int(ServiceType.phoneFollowUp.rawValue)] = 50
      fixture.inputs.policy.hourlyRate[Int(ServiceType.caseWork.rawValue)] = 100_000
    }
    // W1: three services (one warning on the first, two on the third) and a led activity (one warning).
    fixture.service("2026-10-02", worker: "W1", beneficiary: "B1", .homeVisit, minutes: 45, warnings: 1)
    fixture.service("2026-10-03", worker: "W1", beneficiary: "B1", .dailyCare, minutes: 20)
    fixture.service("2026-10-04", worker: "W1", beneficiary: "B1", .phoneFollowUp, minutes: 10, warnings: 2)
    fixture.activity("A1", "2026-10-05", station: "S1", lead: "W1", minutes: 60, warnings: 1)
    // W2: 7 minutes of case work in P (and an hour in September, which does not count).
    fixture.service("2026-10-06", worker: "W2", beneficiary: "B1", .caseWork, minutes: 7)
    fixture.service("2026-09-06", worker: "W2", beneficiary: "B1", .caseWork, minutes: 60, warnings: 1)
    // W3, a volunteer: one home visit.
    fixture.service("2026-10-07", worker: "W3", beneficiary: "B1", .homeVisit, minutes: 30)
    // W4: only a September service → not in the table.
    fixture.service("2026-09-08", worker: "W4", beneficiary: "B1", .homeVisit, minutes: 30)
    // W5: leads an activity at another station, gives no service.
    fixture.activity("A2", "2026-10-09", station: "S1", lead: "W5", minutes: 90)
    return fixture
  }

  @Test("rows: workers with a service or a led activity in P, by id, with their own station")
  func rows() throws {
    let rows = Self.fixture(withRates: true).figures("2026-10").byWorker
    #expect(rows.map(\.workerId) == ["W1", "W2", "W3", "W5"])
    #expect(rows.map(\.stationId) == ["S1", "S2", "S1", "S2"])
    #expect(rows.map(\.role) == [.socialWorker, .socialWorker, .volunteer, .socialWorker])
    let w1 = try #require(rows.first)
    #expect(w1.name == "赵一")
    #expect(w1.serviceRecords == 3 && w1.homeVisitRecords == 1 && w1.activitiesLed == 1)
    // 45 + 20 + 10 = 75 min of services, 60 min of activity → 135 min.
    #expect(w1.serviceMinutes == 75 && w1.activityMinutes == 60 && w1.totalMinutes == 135)
    // 1 + 2 on services, 1 on the activity.
    #expect(w1.warnings == 4)
    // The September warning of W2 is outside P.
    #expect(rows[1].warnings == 0)
    let w5 = try #require(rows.last)
    #expect(w5.serviceRecords == 0 && w5.activitiesLed == 1 && w5.activityMinutes == 90 && w5.totalMinutes == 90)
  }

  @Test("pay: exact sums of 1/10 000 元 rounded half-up to 2 decimals; null for volunteers")
  func pay() {
    let rows = Self.fixture(withRates: true).figures("2026-10").byWorker
    // W1: 40 × 45/60 = 30 (home visit) + 30 (daily care record) + 0.005 (phone record) = 60.005 → 60.01.
    // W2: 10 × 7/60 = 1.1666… → 1.17.
    // W3: volunteer → null. W5: rates set, no services → 0.00.
    #expect(rows.map(\.pay) == [Hundredths(6001), Hundredths(117), nil, Hundredths(0)])
    #expect(rows.first?.pay?.text == "60.01")
  }

  @Test("pay is null for everyone when no rate is set")
  func noRates() {
    let rows = Self.fixture(withRates: false).figures("2026-10").byWorker
    #expect(rows.count == 4)
    #expect(rows.allSatisfy { $0.pay == nil })
  }

  @Test("pay rounding at the half: 0.005 元 → 0.01, 0.0049 元 → 0.00")
  func halfUp() {
    var fixture = Self.fixture(withRates: false)
    // Only W2's 7-minute case work counts: rate 0.0425 元 an hour → 0.0425 × 7/60 = 0.004958… → 0.00.
    fixture.inputs.policy.hourlyRate[Int(ServiceType.caseWork.rawValue)] = 425
    #expect(fixture.figures("2026-10").byWorker[1].pay == Hundredths(0))
    // 0.0429 × 7 / 60 = 0.005005 → 0.01.
    fixture.inputs.policy.hourlyRate[Int(ServiceType.caseWork.rawValue)] = 429
    #expect(fixture.figures("2026-10").byWorker[1].pay == Hundredths(1))
  }
}
