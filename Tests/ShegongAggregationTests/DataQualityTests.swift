import ShegongAggregation
import ShegongValidation
import Testing

@Suite("Data quality and figures' envelope")
struct DataQualityTests {
  static func issue(_ file: String, _ code: IssueCode) -> ShegongValidation.Issue {
    ShegongValidation.Issue(file: file, fileIndex: 0, line: 2, column: "", code: code, message: "", value: "")
  }

  @Test("files in reading order; issues counted by code, only codes that occurred, bytewise")
  func dataQuality() {
    var fixture = FixtureBuilder()
    var areas = FileReport(name: "areas.csv", encoding: "UTF-8")
    areas.rows = 3
    areas.accepted = 2
    areas.rejected = 1
    var services = FileReport(name: "services/b.csv", encoding: "GB18030")
    services.rows = 5
    services.accepted = 5
    services.warnings = 2
    fixture.inputs.files = [areas, services]
    fixture.inputs.issues = IssueList([
      Self.issue("areas.csv", .typeError), Self.issue("services/b.csv", .idChecksum),
      Self.issue("services/b.csv", .typeError), Self.issue("areas.csv", .duplicateKey),
    ])
    let quality = fixture.figures("2026-10").dataQuality
    #expect(quality.files == [areas, services])
    #expect(quality.issuesByCode.map(\.code) == [.duplicateKey, .idChecksum, .typeError])
    #expect(quality.issuesByCode.map(\.count) == [1, 1, 2])
  }

  @Test("issues by station: stations with attributed issues bytewise by id, rows not issues rejected, then none")
  func byStation() throws {
    var fixture = FixtureBuilder()
    fixture.township("T1", "城关镇")
    fixture.village("V1", parent: "T1")
    // Declared out of bytewise order: S10 sorts before S9.
    fixture.station("S9", area: "V1")
    fixture.station("S10", area: "T1")
    fixture.station("S11", area: "T1")
    func issue(_ line: Int, _ code: IssueCode, _ station: String) -> ShegongValidation.Issue {
      ShegongValidation.Issue(
        file: "services.csv", fileIndex: 0, line: line, column: "", code: code, message: "", value: "",
        stationID: station)
    }
    fixture.inputs.issues = IssueList(
      [
        // S9: one row rejected with two errors, one warning on another row.
        issue(2, .typeError, "S9"), issue(2, .missingValue, "S9"), issue(3, .stationMismatch, "S9"),
        // S10: two rows rejected, one error each.
        issue(4, .typeError, "S10"), issue(5, .typeError, "S10"),
        // None: one rejected row, one warning.
        issue(6, .malformedRow, ""), issue(7, .workerOverlap, ""),
      ], stationIDs: fixture.inputs.stations.id)
    let stations = fixture.figures("2026-10").dataQuality.stations
    #expect(stations.map(\.stationId) == ["S10", "S9", ""])
    #expect(stations.map(\.kind) == [.station, .station, .unattributed])
    #expect(stations.map(\.townshipName) == ["城关镇", "城关镇", ""])
    #expect(stations.map(\.rejected) == [2, 1, 1])
    #expect(stations.map(\.warnings) == [0, 1, 1])
    #expect(stations[0].issuesByCode == [IssueCount(code: .typeError, count: 2)])
    #expect(stations[1].issuesByCode.map(\.code) == [.missingValue, .stationMismatch, .typeError])
    #expect(stations[2].issuesByCode.map(\.code) == [.malformedRow, .workerOverlap])
  }

  @Test("the figures carry the period, the previous one and the as-of day")
  func envelope() {
    var fixture = FixtureBuilder()
    fixture.inputs.asOf = day("2026-11-01")
    let figures = fixture.figures("2026-H2")
    #expect(figures.period.label == "2026-H2")
    #expect(figures.previousPeriod.label == "2026-H1")
    #expect(figures.asOf == day("2026-11-01"))
    #expect(figures.byServiceType.count == 9 && figures.byActivityGroup.count == 5 && figures.byDisability.count == 11)
  }

  @Test("hours: minutes to hours rounded half-up to two places")
  func hours() {
    // 1 min = 0.01666… h → 0.02; 3 min = 0.05; 45 min = 0.75. Whole minutes never give an exact half
    // hundredth (10 m = 6 n + 3 has no solution), so the half is checked with a ratio: 1 / 40 = 0.025 → 0.03.
    #expect(Hundredths.hours(minutes: 1).text == "0.02")
    #expect(Hundredths.hours(minutes: 3).text == "0.05")
    #expect(Hundredths.hours(minutes: 45).text == "0.75")
    #expect(Hundredths.hours(minutes: 0).text == "0.00")
    #expect(Hundredths.hours(minutes: 6_001).text == "100.02")
    #expect(Hundredths(ratio: 1, over: 40).text == "0.03")
    #expect(Hundredths(ratio: -1, over: 40).text == "-0.03")
    #expect(Hundredths(-120).text == "-1.20")
  }
}
