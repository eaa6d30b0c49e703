import ShegongAggregation
import ShegongValidation
import Testing

@testable import ShegongRendering

/// The overdue CSV (SPEC §5, §7) of the report fixture, against its list worked by hand.
@Suite("Overdue CSV")
struct OverdueCSVTests {
  /// The file's text after its byte order mark.
  private func text(_ bytes: [UInt8]) throws -> String {
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    return String(decoding: bytes.dropFirst(3), as: UTF8.self)
  }

  @Test("the fixture's overdue list, worked by hand, masked")
  func handWorkedList() throws {
    // As of 2026-06-30, default intervals:
    // B01 (elderly_alone, 30): psych support 06-20 → 10 days. B02 (dibao, disabled → 90): case work 06-25.
    // B03 (left_behind_child, 60): never contacted, registered 2025-06-01 → overdue, never contacted first.
    // B04 (tekun, 30): home visit 03-10 (the phone call of 05-20 is no contact) → 112 days → overdue.
    // B05 exited 2026-04-01. B06 (elderly_advanced 60, disabled 90 → 60): daily care 06-15 → 15 days.
    let bytes = OverdueCSV.bytes(ReportFixture.figures().overdue)
    let expected =
      "beneficiary_id,name,station_id,station_name,area_code,categories,interval_days,last_contact,days_since\r\n"
      + "B03,刘*洋,ST03,河口乡社工站,V03,left_behind_child,60,,\r\n"
      // The point's name holds a line break: quoted.
      + "B04,陈*,ST02,\"东街|服务点\n二号\",V02,tekun,30,2026-03-10,112\r\n"
    #expect(try text(bytes) == expected)
    #expect(OverdueCSV.fileName(for: ReportFixture.period) == "overdue-2026-06.csv")
  }

  @Test("names in full only when the figures are unmasked")
  func unmasked() throws {
    let masked = try text(OverdueCSV.bytes(ReportFixture.figures().overdue))
    let figures = Aggregator.figures(
      for: ReportFixture.period, from: ReportFixture.inputs(), options: AggregationOptions(unmasked: true))
    let full = try text(OverdueCSV.bytes(figures.overdue))
    for name in ["刘小洋", "陈静"] {
      #expect(!masked.contains(name))
      #expect(full.contains(name))
    }
  }

  @Test("several categories are joined by ; in SPEC §3 order, and the list is sorted by days since, then id")
  func categoriesAndOrder() throws {
    var builder = ReportInputsBuilder()
    builder.inputs.asOf = reportDay("2026-07-01")
    builder.area("T01", "城关镇")
    builder.station("ST01", "城关镇社工站", .station, area: "T01", opened: "2025-01-01", posts: 1)
    builder.worker("W01", "李娜", .socialWorker, station: "ST01", start: "2024-01-01")
    // Given out of SPEC order (elderly_alone after dibao there); interval min(30, 90) = 30.
    builder.beneficiary(
      "B2", "甲乙", area: "T01", station: "ST01", categories: [.elderlyAlone, .dibao], registered: "2025-01-01")
    builder.beneficiary("B1", "丙丁", area: "T01", station: "ST01", categories: [.tekun], registered: "2025-01-01")
    builder.beneficiary("B3", "戊", area: "T01", station: "ST01", categories: [.tekun], registered: "2025-01-01")
    // B2 and B1 last visited 2026-05-01 (60 days), B3 on 2026-05-20 (41 days).
    builder.service("2026-05-01", "W01", "B2", .homeVisit, minutes: 30)
    builder.service("2026-05-01", "W01", "B1", .homeVisit, minutes: 30)
    builder.service("2026-05-20", "W01", "B3", .homeVisit, minutes: 30)
    let figures = Aggregator.figures(for: ReportFixture.period, from: builder.inputs)
    let lines = try text(OverdueCSV.bytes(figures.overdue)).split(separator: "\r\n")
    #expect(lines.count == 4)
    #expect(lines[1] == "B1,丙*,ST01,城关镇社工站,T01,tekun,30,2026-05-01,60")
    #expect(lines[2] == "B2,甲*,ST01,城关镇社工站,T01,dibao;elderly_alone,30,2026-05-01,60")
    #expect(lines[3] == "B3,*,ST01,城关镇社工站,T01,tekun,30,2026-05-20,41")
  }
}
