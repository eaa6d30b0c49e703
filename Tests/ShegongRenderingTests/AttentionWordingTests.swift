import ShegongAggregation
import ShegongRendering
import Testing

/// A copy of the fixture's first station with `id`, `name`, and the given register.
private func station(_ id: String, registered: Int, served: Int, active: Bool = true) throws -> StationRow {
  var row = try #require(ReportFixture.figures().byStation.first)
  row.stationId = id
  row.name = "站\(id)"
  row.active = active
  row.register.registered = registered
  row.register.registeredServed = served
  return row
}

@Suite("Who needs attention (SPEC §10)")
struct AttentionWordingTests {
  @Test("the three lowest coverages among active stations with at least 20 registered, ties by station_id")
  func lowestCoverage() throws {
    let stations = [
      try station("S05", registered: 19, served: 0),  // under the floor of 20
      try station("S04", registered: 40, served: 4),  // 10 %
      try station("S03", registered: 20, served: 2),  // 10 %, tie with S04: S03 first
      try station("S02", registered: 30, served: 6),  // 20 %
      try station("S01", registered: 50, served: 11),  // 22 %
      try station("S06", registered: 100, served: 1, active: false),  // closed
      try station("S07", registered: 20, served: 20),  // 100 %
    ]
    #expect(Attention.lowestCoverage(stations).map(\.stationId) == ["S03", "S04", "S02"])
    // Exactly 20 counts; 19 does not.
    let floor = [try station("A", registered: 20, served: 10), try station("B", registered: 19, served: 0)]
    #expect(Attention.lowestCoverage(floor).map(\.stationId) == ["A"])
    #expect(Attention.lowestCoverage([try station("B", registered: 19, served: 0)]).isEmpty)
    // Compared exactly: 1/3 is below 333/999 + 1/999 (0.3343…), though both show 33.3 %.
    let close = [try station("Y", registered: 999, served: 334), try station("Z", registered: 21, served: 7)]
    #expect(Attention.lowestCoverage(close).map(\.stationId) == ["Z", "Y"])
  }

  @Test("the lowest-coverage sentence, and none without a station over the floor")
  func lowestCoverageSentence() throws {
    let rows = [try station("S03", registered: 20, served: 2), try station("S04", registered: 40, served: 4)]
    #expect(
      AttentionWording.lowestCoverage(rows, coverages: ["10.0%", "10.0%"], language: .chinese)
        == "建档对象20人以上的站点中，服务覆盖率最低的是站S03（10.0%）、站S04（10.0%）。")
    #expect(
      AttentionWording.lowestCoverage(rows, coverages: ["10.0%", "10.0%"], language: .english)
        == "Among stations with at least 20 registered beneficiaries, service coverage was lowest at 站S03 (10.0%) and 站S04 (10.0%)."
    )
    #expect(AttentionWording.lowestCoverage([], coverages: [], language: .chinese) == nil)
  }

  @Test("up to 10 names, then 等N个 with N all of them")
  func names() {
    let ten = (1...10).map { "站\($0)" }
    #expect(AttentionWording.names(ten, language: .chinese) == ten.joined(separator: "、"))
    let eleven = (1...11).map { "站\($0)" }
    #expect(AttentionWording.names(eleven, language: .chinese) == ten.joined(separator: "、") + "等11个")
    #expect(AttentionWording.names(eleven, language: .english) == ten.joined(separator: ", ") + " and 1 more")
    #expect(AttentionWording.names(["甲", "乙", "丙"], language: .english) == "甲, 乙 and 丙")
    #expect(AttentionWording.names(["甲"], language: .english) == "甲")
    #expect(AttentionWording.names([], language: .chinese) == "")
  }

  @Test("non-reporting stations: none, one, a few, more than ten")
  func nonReporting() throws {
    let template = try #require(ReportFixture.figures().nonReportingStations.first)
    func rows(_ count: Int) -> [NonReportingStationRow] {
      (1...max(1, count)).prefix(count).map { index in
        var row = template
        row.name = "点\(index)"
        return row
      }
    }
    #expect(AttentionWording.nonReporting([], current: "本月", language: .chinese) == "本月各运行站点均报送了服务或活动记录。")
    #expect(AttentionWording.nonReporting(rows(1), current: "本月", language: .chinese) == "本月点1未报送服务或活动记录。")
    #expect(
      AttentionWording.nonReporting(rows(3), current: "本季度", language: .chinese)
        == "本季度点1、点2、点3共3个运行站点未报送服务或活动记录。")
    let twelve = AttentionWording.nonReporting(rows(12), current: "本月", language: .chinese)
    #expect(twelve == "本月" + (1...10).map { "点\($0)" }.joined(separator: "、") + "等12个运行站点未报送服务或活动记录。")
    #expect(
      AttentionWording.nonReporting(rows(2), current: "this month", language: .english)
        == "2 active stations and points reported no service or activity this month: 点1 and 点2.")
    #expect(
      AttentionWording.nonReporting([], current: "this month", language: .english)
        == "Every active station and point reported services or activities this month.")
  }

  @Test("anomalies: none for a period that is not a month, a sentence for a month with or without")
  func anomalies() {
    let odd = (name: "甲站", serviceRecords: 5, doubledMedian: 41)
    let even = (name: "乙站", serviceRecords: 90, doubledMedian: 40)
    #expect(AttentionWording.anomalies([odd], isMonth: false, language: .chinese) == nil)
    #expect(AttentionWording.anomalies([], isMonth: true, language: .chinese) == "与前6个月相比，各站点服务量未见异常。")
    #expect(
      AttentionWording.anomalies([odd, even], isMonth: true, language: .chinese)
        == "服务量明显偏离前6个月中位数（不足一半或超过两倍）的站点：甲站（本月5人次，前6个月中位数20.5人次）、"
        + "乙站（本月90人次，前6个月中位数20人次），请核实是否漏报、补录或重复录入。")
    #expect(
      AttentionWording.anomalies([odd], isMonth: true, language: .english)
        == "Stations whose services this month were under half or over twice their median of the previous six months: "
        + "甲站 (5 this month, median 20.5); check for missing, late or duplicated records.")
  }

  @Test("the on-time sentence: due, visited in time (due − overdue), the rate and its changes")
  func onTime() {
    // 1 000 due, 250 overdue: 750 in time, 75.0 %.
    let chinese = AttentionWording.onTime(
      due: 1000, overdue: 250, never: 40, rate: "75.0%", changes: ["较上月提高0.6个百分点", "同比下降1.0个百分点"],
      endText: "2026年10月31日", language: .chinese)
    #expect(
      chinese
        == "截至2026年10月31日，有回访周期的建档服务对象1,000人，在周期内得到探访750人，探访及时率75.0%"
        + "（较上月提高0.6个百分点，同比下降1.0个百分点）；超过回访周期未联系250人，其中从未联系40人。")
    let english = AttentionWording.onTime(
      due: 1000, overdue: 250, never: 40, rate: "75.0%", changes: [], endText: "31 October 2026", language: .english)
    #expect(
      english
        == "As of 31 October 2026, 1,000 registered beneficiaries were due visits at set intervals; 750 were visited "
        + "within their interval, an on-time rate of 75.0%. 250 were overdue, of whom 40 had never been contacted.")
  }
}
