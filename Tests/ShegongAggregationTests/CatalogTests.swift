import ShegongValidation
import Testing

@testable import ShegongAggregation

/// The figure catalog: the headline keys, one figure value, the flows and register figures of a
/// slice, and the tables' column lists.
@Suite("Figure catalog")
struct CatalogTests {
  @Test("a change is relative to the previous value and undefined from 0 or from an undefined ratio")
  func change() {
    #expect(FigureValue.change(from: .count(4), to: .count(5)) == 0.25)
    #expect(FigureValue.change(from: .count(0), to: .count(5)) == nil)
    #expect(FigureValue.change(from: .ratio(nil), to: .ratio(0.5)) == nil)
    #expect(FigureValue.change(from: .ratio(0.5), to: .ratio(nil)) == nil)
    #expect(abs((FigureValue.change(from: .ratio(0.75), to: .ratio(0.6)) ?? 0) + 0.2) < 1e-12)
    // 3 minutes against 2: the rounded hours (0.05 and 0.03) would say +66.7%.
    #expect(FigureValue.change(from: .minutes(2), to: .minutes(3)) == 0.5)
  }

  @Test("a ratio changes by percentage points, a count or hours relatively, and nothing is computed from nothing")
  func changeRule() throws {
    // 27.7 % → 28.3 %: +0.6 points.
    let points = try #require(HeadlineKey.villageStationCoverage.change(from: .ratio(0.277), to: .ratio(0.283)))
    guard case .points(let value) = points else {
      Issue.record("a ratio's change is not in points: \(points)")
      return
    }
    #expect(abs(value - 0.6) < 1e-9)
    #expect(HeadlineKey.visitOnTimeRate.change(from: .ratio(0.75), to: .ratio(0.6)) == .points((0.6 - 0.75) * 100))
    #expect(HeadlineKey.certifiedRatio.change(from: .ratio(0), to: .ratio(0.5)) == .points(50))
    #expect(HeadlineKey.reportingRate.change(from: .ratio(nil), to: .ratio(0.5)) == nil)
    #expect(HeadlineKey.serviceCoverage.change(from: .ratio(0.5), to: .ratio(nil)) == nil)
    #expect(HeadlineKey.serviceRecords.change(from: .count(4), to: .count(5)) == .relative(0.25))
    #expect(HeadlineKey.serviceRecords.change(from: .count(0), to: .count(5)) == nil)
    #expect(HeadlineKey.volunteerHours.change(from: .minutes(2), to: .minutes(3)) == .relative(0.5))
    #expect(HeadlineKey.hoursPerSocialWorker.change(from: .hundredths(nil), to: .hundredths(Hundredths(100))) == nil)
    // The keys ending in coverage, rate or ratio, and only they, change in points.
    for key in HeadlineKey.allCases {
      let name = key.rawValue
      #expect(
        key.changesInPoints == (name.hasSuffix("coverage") || name.hasSuffix("rate") || name.hasSuffix("ratio")),
        "\(name)")
    }
  }

  @Test("every headline key has a name, a unit that fits its measure and a one-sentence definition")
  func headlineKeys() {
    #expect(HeadlineKey.allCases.count == 44)
    #expect(Set(HeadlineKey.allCases.map(\.rawValue)).count == 44)
    for language in [\Bilingual.chinese, \Bilingual.english] {
      let names = HeadlineKey.allCases.map { $0.name[keyPath: language] }
      #expect(Set(names).count == names.count, "two keys share a name in \(language)")
      for key in HeadlineKey.allCases {
        let definition = key.definition[keyPath: language]
        #expect(!key.name[keyPath: language].isEmpty)
        #expect(definition.hasSuffix(language == \Bilingual.chinese ? "。" : "."), "\(key) in \(language)")
        #expect(definition.filter { $0 == "。" }.count <= 1)
      }
    }
    for key in HeadlineKey.allCases {
      #expect((key.measure == .ratio) == (key.unit == nil), "\(key)")
      #expect((key.measure == .hours) == (key.unit == .hours || key.unit == .hoursPerPerson), "\(key)")
    }
    #expect(HeadlineKey.householdVisits.title.chinese == "入户探访户次（户次）")
    #expect(HeadlineKey.serviceCoverage.title.chinese == "服务覆盖率")
    #expect(HeadlineKey.serviceRecords.title.english == "Service records (person-times)")
    #expect(HeadlineKey.householdsRegistered.title.english == "Registered households")
    #expect(HeadlineKey.townshipsTotal.title.english == "Townships")
  }

  @Test("a headline is read by key; a key never set is at its zero")
  func headlineByKey() {
    var headline = Headline()
    #expect(headline[.serviceRecords] == .count(0))
    #expect(headline[.serviceCoverage] == .ratio(nil))
    #expect(headline[.socialWorkerHours] == .minutes(0))
    #expect(headline[.hoursPerSocialWorker] == .hundredths(nil))
    headline[.serviceRecords] = .count(7)
    #expect(headline[.serviceRecords] == .count(7))
    #expect(headline != Headline())
    headline[.serviceRecords] = .count(0)
    #expect(headline == Headline())
  }

  @Test("a slice's flow figures: sums and kinds read the same way whatever the slice")
  func flows() {
    var flows = FlowCounts()
    // Two services by a social worker (30 + 45 min), one home visit by a volunteer (20 min).
    flows.addService(minutes: 30, bySocialWorker: true, isHomeVisit: false)
    flows.addService(minutes: 45, bySocialWorker: true, isHomeVisit: false)
    flows.addService(minutes: 20, bySocialWorker: false, isHomeVisit: true)
    // A group session led by a social worker (60 min, 90 volunteer minutes, 8 people), a training
    // led by a volunteer (40 min, 5 people).
    flows.addActivity(kind: .group, participants: 8, minutes: 60, volunteerMinutes: 90, bySocialWorker: true)
    flows.addActivity(kind: .training, participants: 5, minutes: 40, volunteerMinutes: 0, bySocialWorker: false)
    #expect(flows[.serviceRecords] == .count(3))
    #expect(flows[.homeVisitRecords] == .count(1))
    #expect(flows[.activities] == .count(2))
    #expect(flows[.groupSessions] == .count(1))
    #expect(flows[.trainings] == .count(1))
    #expect(flows[.activityParticipants] == .count(13))
    // 3 services + 13 participants
    #expect(flows[.personTimes] == .count(16))
    #expect(flows[.serviceHours] == .minutes(75))
    #expect(flows[.activityHours] == .minutes(60))
    #expect(flows[.socialWorkerHours] == .minutes(135))
    // the volunteer's 20 service minutes and the 90 volunteer minutes of the session
    #expect(flows[.volunteerHours] == .minutes(110))
    #expect(flows[.beneficiariesRegistered] == nil)
    #expect(flows[.townshipsTotal] == nil)
  }

  @Test("a slice's register figures and their coverage")
  func register() {
    var register = RegisterCounts()
    #expect(register[.serviceCoverage] == .ratio(nil))
    #expect(register[.visitOnTimeRate] == .ratio(nil))
    register.addRegistered(served: true, due: true, overdue: false)
    register.addRegistered(served: false, due: true, overdue: true)
    register.addRegistered(served: false, due: false, overdue: false)
    register.addRegistered(served: true, due: true, overdue: true)
    #expect(register[.beneficiariesRegistered] == .count(4))
    #expect(register[.registeredServed] == .count(2))
    #expect(register[.serviceCoverage] == .ratio(0.5))
    #expect(register[.overdueBeneficiaries] == .count(2))
    // Three due (one has no interval), two of them overdue: (3 − 2) / 3.
    #expect(register[.beneficiariesDue] == .count(3))
    #expect(register[.visitOnTimeRate] == .ratio(1.0 / 3.0))
    #expect(register[.serviceRecords] == nil)
  }

  @Test("a slice's villages and their coverage")
  func villages() {
    var villages = VillageCounts()
    #expect(villages[.villageStationCoverage] == .ratio(nil))
    villages.addVillage(hostsStation: true)
    villages.addVillage(hostsStation: false)
    villages.addVillage(hostsStation: false)
    villages.addVillage(hostsStation: false)
    #expect(villages[.villagesTotal] == .count(4))
    #expect(villages[.villagesWithStationOrPoint] == .count(1))
    #expect(villages[.villageStationCoverage] == .ratio(0.25))
    #expect(villages[.townshipsTotal] == nil)
  }

  @Test("each table's keys and template names are unique, and its figure columns are keys the row shows")
  func tables() throws {
    var fixture = HeadlinePeopleTests.base()
    fixture.beneficiary("B1", household: "H1", area: "V1", station: "S1")
    fixture.service("2026-10-03", worker: "W1", beneficiary: "B1", .homeVisit)
    fixture.activity("A1", "2026-10-20", station: "S1", lead: "W1", participants: 3)
    let figures = fixture.figures("2026-10")
    check(Tables.byStation, try #require(figures.byStation.first))
    check(Tables.byTownship, try #require(figures.byTownship.first))
    check(Tables.byCategory, try #require(figures.byCategory.first))
    check(Tables.byDisability, try #require(figures.byDisability.first))
    check(Tables.byActivityGroup, try #require(figures.byActivityGroup.first))
    check(Tables.byWorker, try #require(figures.byWorker.first))
    check(Tables.trend, try #require(figures.trend.first))
    let station = try #require(figures.byStation.first)
    // The station's households visited and person-times come through its flows.
    #expect(Tables.byStation.columns.first { $0.key == "households_visited" }?.value(station) == .count(1))
    #expect(Tables.byStation.columns.first { $0.key == "person_times" }?.value(station) == .count(4))
    #expect(Tables.byStation.columns.first { $0.key == "type" }?.value(station) == .term(StationType.station))
  }

  /// Checks that `table`'s keys and template names are unique and that every column named by a
  /// headline key reads a value from `row` (not ``FieldValue/none``).
  private func check<Row: FigureRow>(_ table: Table<Row>, _ row: Row) {
    #expect(Set(table.columns.map(\.key)).count == table.columns.count, "\(table.key)")
    let names = table.columns(in: .markdown).map(\.templateName)
    #expect(Set(names).count == names.count, "\(table.key)")
    for column in table.columns where HeadlineKey(rawValue: column.key) != nil {
      #expect(column.value(row) != .none, "\(table.key).\(column.key)")
    }
  }
}
