import Foundation
import ShegongAggregation
import ShegongValidation
import Testing

@testable import ShegongRendering

/// The `--feedback` outputs (SPEC §7) of the report fixture, whose issues are attributed by hand:
/// beneficiaries.csv line 4 to ST01, services.csv lines 6 and 12 to ST02, line 9 to no station
/// (its worker W99 is unknown).
@Suite("Station feedback")
struct FeedbackTests {
  static func stations(_ figures: Figures = ReportFixture.figures()) -> [StationFeedback] {
    StationFeedback.stations(figures: figures, issues: ReportFixture.issues())
  }

  @Test("which stations get a workbook, and the index lists them with their counts")
  func index() throws {
    // ST01: one warning, nobody overdue (B01, B02, B06 are in time). ST02: an error and a warning,
    // B04 overdue. ST03: no issue, B03 overdue. ST04: nothing, so no workbook.
    let stations = Self.stations()
    #expect(stations.map(\.station.stationId) == ["ST01", "ST02", "ST03"])
    #expect(stations.map(\.issues) == [[0], [1, 3], []])
    #expect(stations.map(\.overdue.count) == [0, 1, 1])
    var bytes: [UInt8] = []
    FeedbackWorkbook.writeIndex(stations) { (piece: [UInt8]) in bytes.append(contentsOf: piece) }
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let expected =
      "station_id,name,township,file,rejected,warnings,overdue\r\n"
      + "ST01,城关镇社工站,城关镇,feedback/ST01-2026-06.xlsx,0,1,0\r\n"
      + "ST02,\"东街|服务点\n二号\",城关镇,feedback/ST02-2026-06.xlsx,1,1,1\r\n"
      + "ST03,河口乡社工站,河口乡,feedback/ST03-2026-06.xlsx,0,0,1\r\n"
    #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == expected)
    #expect(StationFeedback.indexFileName(for: ReportFixture.period) == "feedback/index-2026-06.csv")
  }

  @Test("file names keep ids that a file name cannot hold out of the path")
  func fileNames() {
    let period = ReportFixture.period
    #expect(StationFeedback.fileName(station: "ST01", period: period) == "feedback/ST01-2026-06.xlsx")
    #expect(StationFeedback.fileName(station: "a/b:c", period: period) == "feedback/a_b_c-2026-06.xlsx")
    #expect(StationFeedback.fileName(station: "..", period: period) == "feedback/_..-2026-06.xlsx")
  }

  /// Writes every fixture station's workbook into `folder` and opens them, by station id.
  private func workbooks(
    in folder: TemporaryFolder, language: ReportLanguage = .chinese, figures: Figures = ReportFixture.figures()
  ) throws -> [String: ReportXLSX] {
    let stations = Self.stations(figures)
    let paths = stations.map { folder.path($0.station.stationId + ".xlsx") }
    try FeedbackWorkbook.writeAll(
      stations, paths: paths, figures: figures, issues: ReportFixture.issues(), language: language)
    var result: [String: ReportXLSX] = [:]
    for (station, path) in zip(stations, paths) {
      result[station.station.stationId] = ReportXLSX(package: XLSXPackage(path: path))
    }
    return result
  }

  @Test("a station's workbook read back: 说明, 数据问题 with what to fix, 待回访")
  func stationWorkbook() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let books = try workbooks(in: folder)
    let st01 = try #require(books["ST01"])
    #expect(try st01.sheetNames() == ["说明", "数据问题", "待回访"])
    #expect(try st01.cell("A1", sheet: 1)?.content == "城关镇社工站（ST01）2026-06 数据反馈")
    #expect(try st01.cell("B2", sheet: 1)?.content == "ST01")
    #expect(try st01.cell("B4", sheet: 1)?.content == "城关镇")
    #expect(try st01.cell("B5", sheet: 1)?.content == "2026-06（2026-06-01 至 2026-06-30）")
    let issues = 2
    #expect(try st01.cell("A2", sheet: issues)?.content == "beneficiaries.csv")
    #expect(try st01.cell("B2", sheet: issues)?.content == "4")
    #expect(try st01.cell("A3", sheet: issues) == nil)
    // Nobody overdue on ST01's register: the header alone.
    #expect(try st01.cell("A1", sheet: 3)?.content == "对象编号")
    #expect(try st01.cell("A2", sheet: 3) == nil)
    // ST02's 数据问题: services.csv line 6 (the error), then line 12, in file and line order.
    let st02 = try #require(books["ST02"])
    #expect(try st02.cell("A1", sheet: issues)?.content == "文件")
    #expect(try st02.cell("A2", sheet: issues)?.content == "services.csv")
    let line = try #require(try st02.cell("B2", sheet: issues))
    #expect(line.content == "6")
    // Line numbers are shown as the file counts them, without digit grouping.
    #expect(try st02.numberFormat(ofStyle: line.style) == "General")
    #expect(try st02.cell("C2", sheet: issues)?.content == "duration")
    #expect(try st02.cell("D2", sheet: issues)?.content == "错误")
    #expect(try st02.cell("E2", sheet: issues)?.content == IssueCode.typeError.ruleName.chinese)
    #expect(try st02.cell("F2", sheet: issues)?.content == "半小时")
    #expect(try st02.cell("G2", sheet: issues)?.content == IssueCode.typeError.fixAdvice.chinese)
    #expect(try st02.cell("H2", sheet: issues) == nil)
    #expect(try st02.cell("B3", sheet: issues)?.content == "12")
    #expect(try st02.cell("D3", sheet: issues)?.content == "警告")
    #expect(try st02.cell("G3", sheet: issues)?.content == IssueCode.possibleDuplicate.fixAdvice.chinese)
    #expect(try st02.cell("A4", sheet: issues) == nil)
    // The issue of line 9 is nobody's: on no station's workbook.
    for book in books.values {
      for sheet in 1...3 { #expect(try !book.texts(sheet: sheet).contains { $0.contains("W99") }) }
    }
    // ST02's 待回访: B04, masked, last contacted 2026-03-10, 112 days before 2026-06-30. The
    // station's own id and name are not repeated on every row.
    #expect(
      try st02.texts(sheet: 3).prefix(7) == ["对象编号", "姓名", "区划代码", "对象类别", "回访周期（天）", "最近联系日期", "距今天数（天）"])
    #expect(try st02.cell("A2", sheet: 3)?.content == "B04")
    #expect(try st02.cell("B2", sheet: 3)?.content == "陈*")
    #expect(try st02.cell("G2", sheet: 3)?.content == "112")
    #expect(try st02.cell("H2", sheet: 3) == nil)
    #expect(try st02.cell("A3", sheet: 3) == nil)
    // ST03: its overdue person, masked, never contacted; no issue.
    let st03 = try #require(books["ST03"])
    #expect(try st03.cell("A2", sheet: 3)?.content == "B03")
    #expect(try st03.cell("B2", sheet: 3)?.content == "刘*洋")
    #expect(try st03.cell("F2", sheet: 3)?.content == "从未联系")
    #expect(try st03.cell("A3", sheet: 3) == nil)
    #expect(try st03.cell("A2", sheet: issues) == nil)
    #expect(try st03.texts(sheet: 1).contains("本期本站数据没有发现问题。"))
  }

  @Test("说明 counts the station's issues by code, errors first, with what to fix, beside its figures")
  func aboutSheet() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let books = try workbooks(in: folder)
    let st02 = try #require(books["ST02"])
    #expect(try st02.texts(sheet: 1).contains("主要指标：本站与全区域"))
    // The codes come in the order type-error (error), possible-duplicate (warning), each counted once.
    let typeErrorRow = try #require(try st02.row(of: "type-error", sheet: 1))
    let duplicateRow = try #require(try st02.row(of: "possible-duplicate", sheet: 1))
    #expect(duplicateRow == typeErrorRow + 1)
    #expect(try st02.cell("B\(typeErrorRow)", sheet: 1)?.content == "1")
    #expect(try st02.cell("C\(typeErrorRow)", sheet: 1)?.content == "错误")
    #expect(try st02.cell("D\(typeErrorRow)", sheet: 1)?.content == IssueCode.typeError.ruleName.chinese)
    #expect(try st02.cell("E\(typeErrorRow)", sheet: 1)?.content == IssueCode.typeError.fixAdvice.chinese)
    #expect(try st02.cell("E\(duplicateRow)", sheet: 1)?.content == IssueCode.possibleDuplicate.fixAdvice.chinese)
    // The station's service records beside the region's: June has six services, one by ST02's W02
    // (06-20); the other five by ST01's workers.
    let recordsRow = try #require(try st02.row(of: HeadlineKey.serviceRecords.title.chinese, sheet: 1))
    #expect(try st02.cell("B\(recordsRow)", sheet: 1)?.content == "1")
    #expect(try st02.cell("C\(recordsRow)", sheet: 1)?.content == "6")
    #expect(try #require(books["ST01"]).cell("B\(recordsRow)", sheet: 1)?.content == "5")
  }

  @Test("feedback workbooks hold no beneficiary's full name unless unmasked; English labels with --lang en")
  func maskingAndLanguage() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let fullNames = ["张小倩", "欧阳娜", "刘小洋", "陈静", "周杰", "吴芳"]
    for (id, book) in try workbooks(in: folder) {
      for entry in try book.package.entries() where entry.hasPrefix("xl/") && entry.hasSuffix(".xml") {
        let text = try book.package.text(of: entry)
        for name in fullNames { #expect(!text.contains(name), "\(id) \(entry) holds \(name)") }
      }
    }
    let unmasked = Aggregator.figures(
      for: ReportFixture.period, from: ReportFixture.inputs(), options: AggregationOptions(unmasked: true))
    let english = try workbooks(in: folder, language: .english, figures: unmasked)
    let st03 = try #require(english["ST03"])
    #expect(try st03.sheetNames() == ["About", "Data issues", "Overdue"])
    #expect(try st03.cell("B2", sheet: 3)?.content == "刘小洋")
    #expect(try #require(english["ST01"]).cell("G2", sheet: 2)?.content == IssueCode.idChecksum.fixAdvice.english)
  }
}
