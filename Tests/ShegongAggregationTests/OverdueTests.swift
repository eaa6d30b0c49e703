import ShegongAggregation
import ShegongValidation
import Testing

/// Overdue visits (SPEC §6) as of P.end = 2026-10-31, with the default intervals.
@Suite("Overdue")
struct OverdueTests {
  static func fixture() -> FixtureBuilder {
    var fixture = FixtureBuilder()
    fixture.township("T1")
    fixture.village("V1", parent: "T1")
    fixture.station("S1", area: "T1")
    fixture.worker("W1", station: "S1")
    fixture.worker("W9", .volunteer, station: "S1")
    // O1: elderly_alone (30) and dibao (90) → interval 30; home visit 2026-09-30 → 31 days > 30: overdue.
    fixture.beneficiary("O1", name: "李四", area: "V1", station: "S1", categories: [.elderlyAlone, .dibao])
    fixture.service("2026-09-30", worker: "W1", beneficiary: "O1")
    // O2: elderly_alone; home visit 2026-10-01 → 30 days, not more than 30: not overdue.
    fixture.beneficiary("O2", area: "V1", station: "S1", categories: [.elderlyAlone])
    fixture.service("2026-10-01", worker: "W1", beneficiary: "O2")
    // O3: dibao (90), registered 2026-01-01, never contacted: 303 days > 90: overdue.
    fixture.beneficiary(
      "O3", name: "张三丰", area: "V1", station: "S1", categories: [.dibao], registered: "2026-01-01")
    // O4: tekun (30), registered 2026-10-15, never contacted: 16 days: not overdue.
    fixture.beneficiary("O4", area: "V1", station: "S1", categories: [.tekun], registered: "2026-10-15")
    // O5: only `other`, which has no interval: never overdue.
    fixture.beneficiary("O5", area: "V1", station: "S1", categories: [.other])
    // O6: tekun (30), registered 2026-10-10 (21 days), but contacted on 2026-09-20, before registering:
    // the last contact counts → 41 days > 30: overdue.
    fixture.beneficiary("O6", area: "V1", station: "S1", categories: [.tekun], registered: "2026-10-10")
    fixture.service("2026-09-20", worker: "W1", beneficiary: "O6", .crisis)
    // O7: elderly_alone, registered 2026-01-01; a phone call and an attendance are no contact → overdue,
    // never contacted.
    fixture.beneficiary("O7", area: "V1", station: "S1", categories: [.elderlyAlone], registered: "2026-01-01")
    fixture.service("2026-10-20", worker: "W1", beneficiary: "O7", .phoneFollowUp)
    fixture.activity("A1", "2026-10-25", station: "S1", lead: "W1", participants: 1)
    fixture.attend("A1", "O7")
    // O8: would be overdue, but exits on P.end, so is not registered on P.end.
    fixture.beneficiary("O8", area: "V1", station: "S1", categories: [.elderlyAlone], exited: "2026-10-31")
    // O9: left_behind_child (60); case work 2026-08-31 → 61 days > 60: overdue; a visit after P.end is ignored.
    fixture.beneficiary("O9", area: "V1", station: "S1", categories: [.leftBehindChild])
    fixture.service("2026-08-31", worker: "W1", beneficiary: "O9", .caseWork)
    fixture.service("2026-11-02", worker: "W1", beneficiary: "O9")
    // O10: elderly_alone; daily care by a volunteer on 2026-10-15 is a contact → 16 days: not overdue.
    fixture.beneficiary("O10", area: "V1", station: "S1", categories: [.elderlyAlone])
    fixture.service("2026-10-15", worker: "W9", beneficiary: "O10", .dailyCare)
    return fixture
  }

  @Test("who is overdue: interval, contact before registration, non-contacts, exits")
  func count() {
    let figures = Self.fixture().figures("2026-10")
    // O1, O3, O6, O7, O9.
    #expect(figures.metrics.count(.overdueBeneficiaries) == 5)
    #expect(Set(figures.overdue.map(\.beneficiaryId)) == ["O1", "O3", "O6", "O7", "O9"])
  }

  @Test("rows: never contacted first, then days since contact descending, then id")
  func rows() throws {
    let rows = Self.fixture().figures("2026-10").overdue
    // Never contacted: O3, O7 (by id); then O9 (61), O6 (41), O1 (31).
    #expect(rows.map(\.beneficiaryId) == ["O3", "O7", "O9", "O6", "O1"])
    #expect(rows.map(\.daysSince) == [nil, nil, 61, 41, 31])
    #expect(rows.map(\.lastContact) == [nil, nil, day("2026-08-31"), day("2026-09-20"), day("2026-09-30")])
    #expect(rows.map(\.intervalDays) == [90, 30, 60, 30, 30])
    #expect(rows.neverContactedCount == 2)
    let o1 = try #require(rows.last)
    // Categories in SPEC §3 order: dibao before elderly_alone.
    #expect(o1.categories == [.dibao, .elderlyAlone])
    #expect(o1.stationId == "S1" && o1.areaCode == "V1")
    // Names are masked by default: 张三丰 → 张*丰, 李四 → 李*.
    #expect(rows.first?.name == "张*丰")
    #expect(o1.name == "李*")
  }

  @Test("names in full when unmasked")
  func unmasked() {
    let rows = Self.fixture().figures("2026-10", unmasked: true).overdue
    #expect(rows.first?.name == "张三丰")
    #expect(rows.last?.name == "李四")
  }

  @Test("the previous period is judged as of its own end")
  func previous() {
    let figures = Self.fixture().figures("2026-10")
    // As of 2026-09-30: O1 contacted that day (0 days); O3 272 days > 90; O4, O6 not registered yet;
    // O7 (phone only, in October) 272 days > 30; O9 contacted 09-30 − 08-31 = 30 days, not > 60;
    // O2, O8, O10 never contacted by then, registered 2020-01-01 → overdue. O5 has no interval.
    // → O2, O3, O7, O8, O10.
    #expect(figures.previous.count(.overdueBeneficiaries) == 5)
  }

  @Test("a policy without the interval never makes anyone overdue; contact types come from the policy")
  func policy() {
    var fixture = Self.fixture()
    for index in fixture.inputs.policy.visitIntervalDays.indices {
      fixture.inputs.policy.visitIntervalDays[index] = nil
    }
    #expect(fixture.figures("2026-10").metrics.count(.overdueBeneficiaries) == 0)
    // Back to the defaults, but phone calls count as contacts: O7's call on 2026-10-20 is 11 days.
    fixture.inputs.policy = Policy()
    fixture.inputs.policy.contactServiceTypes |= ServiceType.phoneFollowUp.bit
    let rows = fixture.figures("2026-10").overdue
    #expect(rows.map(\.beneficiaryId) == ["O3", "O9", "O6", "O1"])
  }

  @Test("overdue counts by station, township and category")
  func breakdowns() throws {
    let figures = Self.fixture().figures("2026-10")
    #expect(figures.byStation.first?.count(.overdueBeneficiaries) == 5)
    #expect(figures.byTownship.first?.count(.overdueBeneficiaries) == 5)
    let byCode = Dictionary(uniqueKeysWithValues: figures.byCategory.map { ($0.code, $0) })
    // elderly_alone: O1, O7 (O2, O10 contacted, O8 not registered).
    #expect(try #require(byCode["elderly_alone"]).count(.overdueBeneficiaries) == 2)
    // dibao: O1, O3.
    #expect(try #require(byCode["dibao"]).count(.overdueBeneficiaries) == 2)
    // hardship group (dibao, tekun, …): O1, O3, O6, each once.
    #expect(try #require(byCode["hardship"]).count(.overdueBeneficiaries) == 3)
    // elderly group: O1, O7.
    #expect(try #require(byCode["elderly"]).count(.overdueBeneficiaries) == 2)
    // children group: O9.
    #expect(try #require(byCode["children"]).count(.overdueBeneficiaries) == 1)
  }
}
