import ShegongAggregation
import ShegongValidation
import Testing

/// The category, disability, township, service-type and activity-group tables for P = 2026-10.
@Suite("Breakdown tables")
struct BreakdownTests {
  /// Beneficiaries in village V1 (township T1) unless said otherwise; registered unless said otherwise.
  ///
  /// | id | categories | disability | note | services in P |
  /// |---|---|---|---|---|
  /// | C1 | elderly_alone, left_behind_elderly | | | home visit 30 + 10 min, daily care 45 min |
  /// | C2 | elderly_advanced | | | — |
  /// | C3 | dibao, disabled | physical | | home visit 60 min |
  /// | C4 | orphan | | registers 2026-11-01 | psych support 20 min |
  /// | C5 | other | | | — (attends A1, A2) |
  /// | C6 | dibao | mental | exits 2026-10-31 | — |
  /// | C7 | left_behind_child, disabled | intellectual | lives in V2 (T2) | case work 90 min |
  /// | C9 | other | visual | | — |
  /// | C10 | other | multiple | | home visit 15 min |
  static func fixture() -> FixtureBuilder {
    var fixture = FixtureBuilder()
    fixture.township("T1")
    fixture.township("T2")
    fixture.village("V1", parent: "T1")
    fixture.village("V2", parent: "T2")
    fixture.station("S1", area: "T1")
    fixture.station("P2", .point, area: "V2")
    fixture.worker("W1", station: "S1")
    fixture.beneficiary("C1", area: "V1", station: "S1", categories: [.elderlyAlone, .leftBehindElderly])
    fixture.beneficiary("C2", area: "V1", station: "S1", categories: [.elderlyAdvanced])
    fixture.beneficiary("C3", area: "V1", station: "S1", categories: [.dibao, .disabled], disability: .physical)
    fixture.beneficiary("C4", area: "V1", station: "S1", categories: [.orphan], registered: "2026-11-01")
    fixture.beneficiary("C5", area: "V1", station: "S1", categories: [.other])
    fixture.beneficiary(
      "C6", area: "V1", station: "S1", categories: [.dibao], disability: .mental, exited: "2026-10-31")
    fixture.beneficiary(
      "C7", area: "V2", station: "P2", categories: [.leftBehindChild, .disabled], disability: .intellectual)
    fixture.beneficiary("C9", area: "V1", station: "S1", categories: [.other], disability: .visual)
    fixture.beneficiary("C10", area: "V1", station: "S1", categories: [.other], disability: .multiple)
    fixture.service("2026-10-02", worker: "W1", beneficiary: "C1", .homeVisit, minutes: 30)
    fixture.service("2026-10-09", worker: "W1", beneficiary: "C1", .homeVisit, minutes: 10)
    fixture.service("2026-10-03", worker: "W1", beneficiary: "C1", .dailyCare, minutes: 45)
    fixture.service("2026-10-04", worker: "W1", beneficiary: "C3", .homeVisit, minutes: 60)
    fixture.service("2026-10-05", worker: "W1", beneficiary: "C4", .psychSupport, minutes: 20)
    fixture.service("2026-10-06", worker: "W1", beneficiary: "C7", .caseWork, minutes: 90, stage: .new)
    fixture.service("2026-10-07", worker: "W1", beneficiary: "C10", .homeVisit, minutes: 15)
    // Outside P, for the tables: nothing of these may count.
    fixture.service("2026-09-07", worker: "W1", beneficiary: "C2", .crisis, minutes: 15)
    // Activities: A1 (elderly, 10) and A4 (elderly, 2) and A2 (general, 5) in P; A3 (children) in September.
    fixture.activity("A1", "2026-10-10", station: "S1", lead: "W1", participants: 10, target: .elderly)
    fixture.activity("A2", "2026-10-11", station: "S1", lead: "W1", participants: 5, target: .general)
    fixture.activity("A3", "2026-09-12", station: "S1", lead: "W1", participants: 3, target: .children)
    fixture.activity("A4", "2026-10-13", station: "S1", lead: "W1", participants: 2, target: .elderly)
    fixture.attend("A1", "C5")
    fixture.attend("A1", "C1")
    fixture.attend("A2", "C5")
    fixture.attend("A3", "C7")
    fixture.attend("A4", "C1")
    return fixture
  }

  struct CategoryFigures: Equatable {
    var registered: Int?
    var served: Int?
    var coverage: Double?
    var records: Int
  }

  @Test("by_category: each category a person has, each group once, then the groups in order")
  func byCategory() {
    let rows = Self.fixture().figures("2026-10").byCategory
    #expect(
      rows.map(\.code) == [
        "dibao", "dibao_edge", "tekun", "orphan", "unsupported_child", "child_in_difficulty", "left_behind_child",
        "elderly_alone", "left_behind_elderly", "elderly_advanced", "disabled", "poverty_monitoring", "other",
        "elderly", "children", "hardship",
      ])
    #expect(rows.map(\.isGroup) == Array(repeating: false, count: 13) + [true, true, true])
    #expect(rows.first?.label.chinese == "低保" && rows.last?.label.chinese == "一困(困难群众)")
    let figures = Dictionary(
      uniqueKeysWithValues: rows.map {
        (
          $0.code,
          CategoryFigures(
            registered: $0.count(.beneficiariesRegistered), served: $0.count(.registeredServed),
            coverage: $0.ratio(.serviceCoverage), records: $0.serviceRecords)
        )
      })
    // dibao: C3 (C6 exited on P.end); C3 served by one service.
    #expect(figures["dibao"] == CategoryFigures(registered: 1, served: 1, coverage: 1, records: 1))
    #expect(figures["dibao_edge"] == CategoryFigures(registered: 0, served: 0, coverage: nil, records: 0))
    // orphan: C4 is not registered on P.end, but their service still counts as a record.
    #expect(figures["orphan"] == CategoryFigures(registered: 0, served: 0, coverage: nil, records: 1))
    #expect(figures["left_behind_child"] == CategoryFigures(registered: 1, served: 1, coverage: 1, records: 1))
    // C1 counts in both of their categories, with all three services in each.
    #expect(figures["elderly_alone"] == CategoryFigures(registered: 1, served: 1, coverage: 1, records: 3))
    #expect(figures["left_behind_elderly"] == CategoryFigures(registered: 1, served: 1, coverage: 1, records: 3))
    // C2 registered, not served: coverage 0 / 1 = 0.
    #expect(figures["elderly_advanced"] == CategoryFigures(registered: 1, served: 0, coverage: 0, records: 0))
    // disabled: C3, C7.
    #expect(figures["disabled"] == CategoryFigures(registered: 2, served: 2, coverage: 1, records: 2))
    // other: C5 (served by attendance), C9 (not served), C10 (one service) → 2 / 3.
    #expect(figures["other"] == CategoryFigures(registered: 3, served: 2, coverage: 2.0 / 3.0, records: 1))
    // elderly group: C1 once (not twice), C2 → 2 registered, 1 served; C1's 3 services once.
    #expect(figures["elderly"] == CategoryFigures(registered: 2, served: 1, coverage: 0.5, records: 3))
    // children group: C7 registered; C4's and C7's services.
    #expect(figures["children"] == CategoryFigures(registered: 1, served: 1, coverage: 1, records: 2))
    // hardship group: C3 once (dibao and disabled), C7 (disabled); C6 not registered.
    #expect(figures["hardship"] == CategoryFigures(registered: 2, served: 2, coverage: 1, records: 2))
  }

  @Test("by_disability: seven types, then red, blue, green, yellow")
  func byDisability() {
    let rows = Self.fixture().figures("2026-10").byDisability
    #expect(
      rows.map(\.code) == [
        "visual", "hearing", "speech", "physical", "intellectual", "mental", "multiple", "red", "blue", "green",
        "yellow",
      ])
    // visual C9 (not served); physical C3; intellectual C7; mental C6 is not registered; multiple C10.
    #expect(rows.map { $0.count(.beneficiariesRegistered) } == [1, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1])
    #expect(rows.map { $0.count(.registeredServed) } == [0, 0, 0, 1, 1, 0, 1, 1, 1, 0, 1])
    #expect(rows[7].label.chinese == "红色(精神、智力)" && rows[7].isColour && !rows[6].isColour)
  }

  @Test("by_township: by the beneficiary's township, whoever served them")
  func byTownship() throws {
    let rows = Self.fixture().figures("2026-10").byTownship
    #expect(rows.map(\.areaCode) == ["T1", "T2"])
    let t1 = try #require(rows.first)
    let t2 = try #require(rows.last)
    // T1 has station S1; T2 only the point P2, in its village V2.
    #expect(t1.hasStation && !t2.hasStation)
    #expect(t1.count(.villagesTotal) == 1 && t1.count(.villagesWithStationOrPoint) == 0)
    #expect(t2.count(.villagesTotal) == 1 && t2.count(.villagesWithStationOrPoint) == 1)
    // T1 registered: C1, C2, C3, C5, C9, C10; served: C1, C3, C5, C10.
    #expect(t1.count(.beneficiariesRegistered) == 6 && t1.count(.registeredServed) == 4)
    #expect(t1.ratio(.serviceCoverage) == 4.0 / 6.0)
    // Services: C1 3 + C3 1 + C4 1 + C10 1.
    #expect(t1.count(.serviceRecords) == 6)
    // Households visited: C1, C3, C10 (each their own household).
    #expect(t1.count(.householdsVisited) == 3)
    #expect(
      t2.count(.beneficiariesRegistered) == 1 && t2.count(.registeredServed) == 1 && t2.count(.serviceRecords) == 1)
    #expect(t2.count(.householdsVisited) == 0 && t2.name == "T2镇")
  }

  @Test("by_service_type: all nine types in order, zero rows included")
  func byServiceType() {
    let rows = Self.fixture().figures("2026-10").byServiceType
    #expect(rows.map(\.serviceType) == ServiceType.allCases)
    // home_visit: C1 ×2, C3, C10 → 4 records, 30 + 10 + 60 + 15 = 115 min, 3 people.
    // case_work: C7 90; daily_care: C1 45; psych_support: C4 20; the crisis service is in September.
    #expect(rows.map(\.records) == [4, 1, 0, 1, 1, 0, 0, 0, 0])
    #expect(rows.map(\.minutes) == [115, 90, 0, 45, 20, 0, 0, 0, 0])
    #expect(rows.map(\.beneficiaries) == [3, 1, 0, 1, 1, 0, 0, 0, 0])
    #expect(Hundredths.hours(minutes: rows[0].minutes).text == "1.92")
  }

  @Test("by_activity_group: all five target groups, distinct attendees")
  func byActivityGroup() {
    let rows = Self.fixture().figures("2026-10").byActivityGroup
    #expect(rows.map(\.targetGroup) == [.elderly, .children, .hardship, .disabled, .general])
    // elderly: A1, A4 → 10 + 2 participants; attendees C5, C1 (C1 at both counts once).
    // children: A3 is in September.
    #expect(rows.map { $0.count(.activities) } == [2, 0, 0, 0, 1])
    #expect(rows.map { $0.count(.activityParticipants) } == [12, 0, 0, 0, 5])
    #expect(rows.map(\.beneficiaries) == [2, 0, 0, 0, 1])
  }

  @Test("by_station: register figures by the beneficiary's station, flows by attribution")
  func byStation() throws {
    let rows = Self.fixture().figures("2026-10").byStation
    #expect(rows.map(\.stationId) == ["P2", "S1"])
    let s1 = try #require(rows.last)
    // S1's registered: C1, C2, C3, C5, C9, C10 (C4 not yet, C6 exited); served C1, C3, C5, C10.
    #expect(s1.count(.beneficiariesRegistered) == 6 && s1.count(.registeredServed) == 4)
    // Every service is W1's at S1: 7; activities A1, A2, A4 with 17 participants.
    #expect(s1.count(.serviceRecords) == 7 && s1.count(.activities) == 3 && s1.count(.activityParticipants) == 17)
    #expect(s1.count(.personTimes) == 24)
    // 30 + 10 + 45 + 60 + 20 + 90 + 15 = 270 min of services + 3 × 60 min of activities.
    #expect(s1.minutes(.socialWorkerHours) == 450 && s1.minutes(.volunteerHours) == 0)
    let p2 = try #require(rows.first)
    // C7 belongs to P2, served (by S1's worker).
    #expect(
      p2.count(.beneficiariesRegistered) == 1 && p2.count(.registeredServed) == 1 && p2.count(.serviceRecords) == 0)
    #expect(!p2.reporting && p2.active)
  }
}
