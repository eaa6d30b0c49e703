import Foundation
import ShegongAggregation
import Testing

@testable import ShegongRendering

/// One cell as stored in a sheet's XML: its style index and its value or inline text.
struct StoredCell: Equatable {
  var style: Int
  var content: String
}

/// Reads cells, formats and attributes out of a workbook written by ``ReportWorkbook``.
struct ReportXLSX {
  let package: XLSXPackage

  /// Writes the fixture's workbook in `language` to `folder` and opens it.
  static func write(
    _ language: ReportLanguage, in folder: TemporaryFolder, name: String = "report.xlsx",
    figures: Figures = ReportFixture.figures(), rowLimit: Int = RowBudget.excelRowLimit,
    sheetRows: Int = ReportWorkbook.defaultSheetRows, constantMemory: Bool? = nil
  ) throws -> ReportXLSX {
    let path = folder.path(name)
    try ReportWorkbook.write(
      figures: figures, issues: ReportFixture.issues(), language: language, path: path,
      created: ReportWorkbook.creationTime(for: figures.period), rowLimit: rowLimit, sheetRows: sheetRows,
      constantMemory: constantMemory)
    return ReportXLSX(package: XLSXPackage(path: path))
  }

  /// The shared strings, or none in a constant-memory workbook (its strings are inline).
  func sharedStrings() throws -> [String] {
    guard try package.entries().contains("xl/sharedStrings.xml") else { return [] }
    let xml = try package.text(of: "xl/sharedStrings.xml")
    return matches(of: #"<si>(.*?)</si>"#, in: xml).map { item in
      unescaped(matches(of: #"<t[^>]*>(.*?)</t>"#, in: item).joined())
    }
  }

  /// The sheet names, in order.
  func sheetNames() throws -> [String] {
    matches(of: #"<sheet name="([^"]*)""#, in: try package.text(of: "xl/workbook.xml")).map(unescaped)
  }

  /// The XML of sheet `number` (1-based).
  func sheet(_ number: Int) throws -> String {
    try package.text(of: "xl/worksheets/sheet\(number).xml")
  }

  /// The cell `reference` (such as `B2`) of sheet `number`, or nil when it is not stored.
  func cell(_ reference: String, sheet number: Int) throws -> StoredCell? {
    let xml = try sheet(number)
    guard let element = matches(of: #"<c r="\#(reference)"([^>]*?)(?:/>|>(.*?)</c>)"#, in: xml, groups: 2).first
    else { return nil }
    let style = matches(of: #"s="(\d+)""#, in: element[0]).first.flatMap { Int($0) } ?? 0
    let body = element[1]
    if element[0].contains(#"t="s""#), let index = matches(of: #"<v>(\d+)</v>"#, in: body).first.flatMap({ Int($0) }) {
      let strings = try sharedStrings()
      return StoredCell(style: style, content: index < strings.count ? strings[index] : "")
    }
    let content = matches(of: #"<v>(.*?)</v>"#, in: body).first ?? matches(of: #"<t[^>]*>(.*?)</t>"#, in: body).first
    return StoredCell(style: style, content: unescaped(content ?? ""))
  }

  /// Every stored cell of sheet `number` (1-based), top to bottom and left to right, with its
  /// 1-based row; shared and inline text alike.
  func cells(sheet number: Int) throws -> [(reference: String, row: Int, cell: StoredCell)] {
    let xml = try sheet(number)
    let strings = try sharedStrings()
    return matches(of: #"<c r="([A-Z]+(\d+))"([^>]*?)(?:/>|>(.*?)</c>)"#, in: xml, groups: 4).map { element in
      let style = matches(of: #"s="(\d+)""#, in: element[2]).first.flatMap { Int($0) } ?? 0
      let body = element[3]
      let content: String
      if element[2].contains(#"t="s""#), let index = matches(of: #"<v>(\d+)</v>"#, in: body).first.flatMap({ Int($0) })
      {
        content = index < strings.count ? strings[index] : ""
      } else {
        content = unescaped(
          matches(of: #"<v>(.*?)</v>"#, in: body).first ?? matches(of: #"<t[^>]*>(.*?)</t>"#, in: body).first ?? "")
      }
      return (element[0], Int(element[1]) ?? 0, StoredCell(style: style, content: content))
    }
  }

  /// The 1-based row of the first cell of sheet `number` that shows `text`.
  func row(of text: String, sheet number: Int) throws -> Int? {
    try cells(sheet: number).first { $0.cell.content == text }?.row
  }

  /// Every text shown in sheet `number`.
  func texts(sheet number: Int) throws -> [String] {
    try cells(sheet: number).map(\.cell.content)
  }

  /// The number format of style index `style`: a custom format's code, or a built-in one's.
  func numberFormat(ofStyle style: Int) throws -> String {
    let styles = try package.text(of: "xl/styles.xml")
    let customFormats = Dictionary(
      matches(of: #"<numFmt numFmtId="(\d+)" formatCode="([^"]*)""#, in: styles, groups: 2).map {
        (Int($0[0]) ?? -1, unescaped($0[1]))
      }, uniquingKeysWith: { first, _ in first })
    let builtIn = [0: "General", 2: "0.00", 3: "#,##0", 9: "0%", 10: "0.00%"]
    guard let cellXfs = matches(of: #"<cellXfs[^>]*>(.*?)</cellXfs>"#, in: styles).first else { return "" }
    let formats = matches(of: #"<xf numFmtId="(\d+)""#, in: cellXfs).compactMap { Int($0) }
    guard style < formats.count else { return "" }
    let id = formats[style]
    return customFormats[id] ?? builtIn[id] ?? "builtin \(id)"
  }

  /// The text of the first group of every match of `pattern` in `text`.
  private func matches(of pattern: String, in text: String) -> [String] {
    matches(of: pattern, in: text, groups: 1).map { $0[0] }
  }

  /// The first `groups` groups of every match of `pattern` in `text`.
  private func matches(of pattern: String, in text: String, groups: Int) -> [[String]] {
    guard let expression = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else {
      return []
    }
    let range = NSRange(text.startIndex..., in: text)
    return expression.matches(in: text, range: range).map { match in
      (1...groups).map { group in
        Range(match.range(at: group), in: text).map { String(text[$0]) } ?? ""
      }
    }
  }

  private func unescaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
  }
}

/// The 1-based sheet row of a headline key on the summary sheet.
private func summaryRow(_ key: HeadlineKey) throws -> Int {
  try #require(HeadlineKey.allCases.firstIndex(of: key)) + 4
}

@Suite("Report workbook")
struct ReportWorkbookTests {
  @Test("the sheets are named and ordered as SPEC §7 says, in Chinese and in English")
  func sheetNames() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let chinese = try ReportXLSX.write(.chinese, in: folder, name: "zh.xlsx")
    #expect(
      try chinese.sheetNames() == [
        "汇总", "站点", "乡镇", "对象类别", "残疾四色台账", "服务类型", "人员工时", "月度趋势", "待回访", "问题汇总", "数据问题", "指标说明",
      ])
    let english = try ReportXLSX.write(.english, in: folder, name: "en.xlsx")
    #expect(
      try english.sheetNames() == [
        "Summary", "Stations", "Townships", "Categories", "Disability ledger", "Service types", "Worker hours",
        "Monthly trend", "Overdue", "Issues by station", "Data issues", "Definitions",
      ])
  }

  @Test("the summary has this period, the previous one, the year-ago one, their changes and the year to date")
  func summaryCells() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let workbook = try ReportXLSX.write(.chinese, in: folder)
    // A title naming the period (the fixture's policy names no region), then the table's header.
    #expect(try workbook.cell("A1", sheet: 1)?.content == "2026年6月社会工作服务统计汇总")
    #expect(try workbook.cell("A3", sheet: 1)?.content == "指标")
    #expect(try workbook.cell("B3", sheet: 1)?.content == "本期\n（2026-06）")
    #expect(try workbook.cell("C3", sheet: 1)?.content == "上期\n（2026-05）")
    #expect(try workbook.cell("D3", sheet: 1)?.content == "环比变化")
    #expect(try workbook.cell("E3", sheet: 1)?.content == "同期\n（2025-06）")
    #expect(try workbook.cell("F3", sheet: 1)?.content == "同比变化")
    #expect(try workbook.cell("G3", sheet: 1)?.content == "本年累计\n（2026-01—2026-06）")

    let records = try summaryRow(.serviceRecords)
    #expect(try workbook.cell("A\(records)", sheet: 1)?.content == "个体服务人次（人次）")
    let recordsCell = try #require(try workbook.cell("B\(records)", sheet: 1))
    #expect(recordsCell.content == "6")
    #expect(try workbook.numberFormat(ofStyle: recordsCell.style) == "#,##0")
    #expect(try workbook.cell("C\(records)", sheet: 1)?.content == "3")
    let change = try #require(try workbook.cell("D\(records)", sheet: 1))
    #expect(change.content == "1")
    #expect(try workbook.numberFormat(ofStyle: change.style) == "+0.0%;-0.0%;0.0%")
    // June 2025 had one service: 6 against 1 is +500%.
    #expect(try workbook.cell("E\(records)", sheet: 1)?.content == "1")
    let yearOnYear = try #require(try workbook.cell("F\(records)", sheet: 1))
    #expect(yearOnYear.content == "5")
    #expect(try workbook.numberFormat(ofStyle: yearOnYear.style) == "+0.0%;-0.0%;0.0%")
    #expect(try workbook.cell("G\(records)", sheet: 1)?.content == "12")
    #expect(try workbook.cell("H\(records)", sheet: 1)?.content == "service_records")

    let coverage = try summaryRow(.serviceCoverage)
    let coverageCell = try #require(try workbook.cell("B\(coverage)", sheet: 1))
    #expect(coverageCell.content == "0.6")
    #expect(try workbook.numberFormat(ofStyle: coverageCell.style) == "0.0%")
    // 75 % in May, 60 % in June: 15 percentage points down, not a relative −20 %.
    let coverageChange = try #require(try workbook.cell("D\(coverage)", sheet: 1))
    #expect(abs((Double(coverageChange.content) ?? 0) + 15) < 1e-9)
    #expect(
      try workbook.numberFormat(ofStyle: coverageChange.style)
        == #"+0.0"个百分点";-0.0"个百分点";0.0"个百分点""#)
    // June 2025: B01 served of five registered, 20 %; June 2026 60 %: 40 points up.
    #expect(try workbook.cell("E\(coverage)", sheet: 1)?.content == "0.2")
    #expect(abs((Double(try workbook.cell("F\(coverage)", sheet: 1)?.content ?? "") ?? 0) - 40) < 1e-9)

    let hours = try summaryRow(.socialWorkerHours)
    let hoursCell = try #require(try workbook.cell("B\(hours)", sheet: 1))
    #expect(hoursCell.content == "6.58")
    #expect(try workbook.numberFormat(ofStyle: hoursCell.style) == "0.00")

    // Activities went from 0 to 1: no change is computed, and the cell is left empty.
    let activities = try summaryRow(.activities)
    #expect(try workbook.cell("D\(activities)", sheet: 1)?.content ?? "" == "")
  }

  @Test("the styles hold the percentage, hours, integer and date formats")
  func stylesFormats() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let workbook = try ReportXLSX.write(.chinese, in: folder)
    let styles = try workbook.package.text(of: "xl/styles.xml")
    for code in ["0.0%", "0.00", "#,##0", "+0.0%;-0.0%;0.0%", "yyyy-mm-dd"] {
      #expect(styles.contains(#"formatCode="\#(code)""#), "no number format \(code)")
    }
  }

  @Test("header rows are bold and frozen, and tables have an autofilter")
  func frozenHeadersAndFilters() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let workbook = try ReportXLSX.write(.chinese, in: folder)
    for number in 1...11 {
      let xml = try workbook.sheet(number)
      #expect(xml.contains(#"state="frozen""#), "sheet \(number) has no frozen pane")
      // 汇总 has its title above the header: both stay in view.
      let headerRow = number == 1 ? 3 : 1
      #expect(xml.contains(#"ySplit="\#(headerRow)""#), "sheet \(number) does not freeze its header row")
      let header = try #require(try workbook.cell("A1", sheet: number))
      let styles = try workbook.package.text(of: "xl/styles.xml")
      #expect(styles.contains("<b/>"))
      #expect(header.style > 0, "sheet \(number)'s header has no format")
    }
    #expect(try workbook.sheet(2).contains(#"<pane xSplit="2" ySplit="1" topLeftCell="C2""#))
    #expect(try workbook.sheet(2).contains(#"<autoFilter ref="A1:X5"/>"#))
    #expect(try workbook.sheet(3).contains(#"<autoFilter ref="A1:N3"/>"#))
    #expect(try workbook.sheet(11).contains(#"<autoFilter ref="A1:H5"/>"#))
    #expect(try !workbook.sheet(1).contains("<autoFilter"))
  }

  @Test("columns fit their data and Chinese headers, and long headers wrap onto a taller row")
  func columnWidths() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let workbook = try ReportXLSX.write(.chinese, in: folder)
    let stations = try workbook.sheet(2)
    // Column A, 站点编号: four full-width characters are 8 wide, plus 2 for padding and 2 for the filter button.
    #expect(stations.contains(#"<col min="1" max="1" width="12.7"#))
    // Column B, the station names: 东街|服务点 二号, on one line, is 16 wide.
    #expect(stations.contains(#"<col min="2" max="2" width="18.7"#))
    #expect(try workbook.cell("B3", sheet: 2)?.content == "东街|服务点 二号")
    // Column K, 建档服务对象数（人）: 20 wide with the button, more than 18, so it wraps onto two lines.
    #expect(stations.contains(#"<col min="11" max="11" width="18.7"#))
    #expect(stations.contains(#"<row r="1" spans="1:27" ht="33" customHeight="1">"#))
    let headerFormat = try #require(try workbook.cell("K1", sheet: 2)).style
    let styles = try workbook.package.text(of: "xl/styles.xml")
    #expect(styles.contains(#"<alignment vertical="center" wrapText="1"/>"#))
    #expect(headerFormat > 0)
    // The summary's indicator column fits 设有站点的村（社区）数（个）, 28 wide; the period headers stand on
    // two lines, （2026-01—2026-06） being 19 wide.
    let summary = try workbook.sheet(1)
    #expect(summary.contains(#"<col min="1" max="1" width="30.7"#))
    #expect(summary.contains(#"<col min="7" max="7" width="21.7"#))
    #expect(summary.contains(#"<row r="3" spans="1:8" ht="33" customHeight="1">"#))
    #expect(summary.contains(#"<pane ySplit="3" topLeftCell="A4""#))
  }

  @Test("both charts are there, with titles and axis names, on the stations and trend sheets")
  func charts() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let workbook = try ReportXLSX.write(.chinese, in: folder)
    let entries = try workbook.package.entries()
    #expect(entries.contains("xl/charts/chart1.xml"))
    #expect(entries.contains("xl/charts/chart2.xml"))
    let stationChart = try workbook.package.text(of: "xl/charts/chart1.xml")
    #expect(stationChart.contains("<c:barChart>"))
    #expect(stationChart.contains("<a:t>各站点服务人次</a:t>"))
    #expect(stationChart.contains("<a:t>站点</a:t>"))
    #expect(stationChart.contains("<a:t>人次</a:t>"))
    #expect(stationChart.contains("<c:f>'站点'!$Z$2:$Z$5</c:f>"))
    let trendChart = try workbook.package.text(of: "xl/charts/chart2.xml")
    #expect(trendChart.contains("<c:lineChart>"))
    #expect(trendChart.contains("<a:t>2026年1—6月服务量趋势</a:t>"))
    #expect(trendChart.contains("<a:t>月份</a:t>"))
    #expect(trendChart.contains("<c:f>'月度趋势'!$A$2:$A$7</c:f>"))
    #expect(try workbook.package.text(of: "xl/worksheets/_rels/sheet2.xml.rels").contains("drawing1.xml"))
    #expect(try workbook.package.text(of: "xl/worksheets/_rels/sheet8.xml.rels").contains("drawing2.xml"))

    let english = try ReportXLSX.write(.english, in: folder, name: "en.xlsx")
    #expect(try english.package.text(of: "xl/charts/chart1.xml").contains("<a:t>Service records by station</a:t>"))
    #expect(
      try english.package.text(of: "xl/charts/chart2.xml").contains("<a:t>Monthly services, January–June 2026</a:t>"))
  }

  @Test("the station chart shows at most 30 stations, those with the most records")
  func stationChartLimit() throws {
    var figures = ReportFixture.figures()
    let template = try #require(figures.byStation.first)
    figures.byStation = (1...40).map { number in
      var row = template
      row.stationId = "S" + String(100 + number)
      row.name = "站点\(number)"
      row.flows.serviceRecords = number
      return row
    }
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let workbook = try ReportXLSX.write(.chinese, in: folder, figures: figures)
    let chart = try workbook.package.text(of: "xl/charts/chart1.xml")
    #expect(chart.contains("<a:t>各站点服务人次（前30名，共40个站点）</a:t>"))
    #expect(chart.contains("<c:f>'站点'!$Z$2:$Z$31</c:f>"))
    #expect(try workbook.cell("Z2", sheet: 2)?.content == "站点40")
    #expect(try workbook.cell("AA31", sheet: 2)?.content == "11")
    #expect(try workbook.cell("Z32", sheet: 2) == nil)
  }

  @Test("the overdue sheet shows masked names, dates as dates and never-contacted in words")
  func overdueSheet() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let workbook = try ReportXLSX.write(.chinese, in: folder)
    #expect(try workbook.cell("B2", sheet: 9)?.content == "刘*洋")
    #expect(try workbook.cell("H2", sheet: 9)?.content == "从未联系")
    let lastContact = try #require(try workbook.cell("H3", sheet: 9))
    #expect(lastContact.content == String(Int(reportDay("2026-03-10")) + 25_569))
    #expect(try workbook.numberFormat(ofStyle: lastContact.style) == "yyyy-mm-dd")
    #expect(try workbook.cell("I3", sheet: 9)?.content == "112")
    for entry in try workbook.package.entries() where entry.hasPrefix("xl/") && entry.hasSuffix(".xml") {
      let text = try workbook.package.text(of: entry)
      for fullName in ["刘小洋", "张小倩", "欧阳娜"] {
        #expect(!text.contains(fullName), "\(entry) holds the full name \(fullName)")
      }
    }
  }

  @Test("the issues sheet lists every issue, and the files and codes beside them")
  func issuesSheet() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let workbook = try ReportXLSX.write(.chinese, in: folder)
    #expect(try workbook.cell("A1", sheet: 11)?.content == "文件")
    #expect(try workbook.cell("A2", sheet: 11)?.content == "beneficiaries.csv")
    #expect(try workbook.cell("D3", sheet: 11)?.content == "错误")
    #expect(try workbook.cell("E5", sheet: 11)?.content == "possible-duplicate")
    #expect(try workbook.cell("A6", sheet: 11) == nil)
    #expect(try workbook.cell("J1", sheet: 11)?.content == "数据质量：文件读取情况")
    #expect(try workbook.cell("J2", sheet: 11)?.content == "文件")
    #expect(try workbook.cell("J7", sheet: 11)?.content == "services.csv")
    #expect(try workbook.cell("L7", sheet: 11)?.content == "14")
  }

  @Test("问题汇总 lists each station with attributed issues, then the unattributed, then the total, by code")
  func issueStationsSheet() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let workbook = try ReportXLSX.write(.chinese, in: folder)
    // The fixture's issues: ST01 one id-checksum warning; ST02 a rejected row (type-error) and a
    // possible-duplicate warning; an unknown-reference error attributed to no station.
    let rows = [
      ["站点编号", "站点名称", "所属乡镇", "拒绝行数", "警告数（条）", "身份证号有误", "疑似重复", "类型错误", "引用不存在"],
      ["ST01", "城关镇社工站", "城关镇", "0", "1", "1", "0", "0", "0"],
      [
        "ST02", ReportFixture.awkwardStationName.replacingOccurrences(of: "\n", with: " "), "城关镇", "1", "1", "0", "1",
        "1", "0",
      ],
      ["（未归属站点）", "", "", "1", "0", "0", "0", "0", "1"],
      ["合计", "", "", "2", "2", "1", "1", "1", "1"],
    ]
    for (row, cells) in rows.enumerated() {
      for (column, expected) in cells.enumerated() {
        let reference = String(UnicodeScalar(UInt8(ascii: "A") + UInt8(column))) + "\(row + 1)"
        #expect(try workbook.cell(reference, sheet: 10)?.content ?? "" == expected, "\(reference)")
      }
    }
    #expect(try workbook.cell("A6", sheet: 10) == nil)
    #expect(try workbook.cell("J1", sheet: 10) == nil)
    let english = try ReportXLSX.write(.english, in: folder, name: "en.xlsx")
    #expect(try english.cell("F1", sheet: 10)?.content == "ID checksum")
    #expect(try english.cell("A4", sheet: 10)?.content == "(no station)")
    #expect(try english.cell("A5", sheet: 10)?.content == "Total")
  }

  @Test("问题汇总's foot lists the stations whose services are far from their usual month's")
  func issueStationsFoot() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    // Below the table (rows 1–5) and one empty row: the title, then the stations.
    let flagged = try ReportXLSX.write(.chinese, in: folder, figures: ReportFixture.figuresWithAnomaly())
    #expect(try flagged.cell("A7", sheet: 10)?.content.hasPrefix("服务量异常的站点（") == true)
    let expected = [
      ["站点编号", "站点名称", "个体服务人次（人次）", "前6个月中位数（人次）", "本月为中位数的"],
      ["ST01", "城关镇社工站", "5", "12.5", "0.4"],
    ]
    for (row, cells) in expected.enumerated() {
      for (column, value) in cells.enumerated() {
        let reference = String(UnicodeScalar(UInt8(ascii: "A") + UInt8(column))) + "\(row + 8)"
        #expect(try flagged.cell(reference, sheet: 10)?.content == value, "\(reference)")
      }
    }
    #expect(try flagged.cell("A10", sheet: 10) == nil)
    // None flagged: a line says so.
    let none = try ReportXLSX.write(.chinese, in: folder, name: "none.xlsx")
    #expect(try none.cell("A8", sheet: 10)?.content == "无。")
    // A quarter compares no station.
    var quarter = ReportFixture.figures()
    quarter.period = reportPeriod("2026-Q2")
    let quarterBook = try ReportXLSX.write(.english, in: folder, name: "quarter.xlsx", figures: quarter)
    #expect(try quarterBook.cell("A8", sheet: 10)?.content == "Stations are compared for month periods only.")
  }

  @Test("a list longer than the sheet is cut with a note in the last row", arguments: [false, true])
  func issuesCut(constantMemory: Bool) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let workbook = try ReportXLSX.write(.chinese, in: folder, rowLimit: 4, constantMemory: constantMemory)
    #expect(try workbook.cell("A2", sheet: 11)?.content == "beneficiaries.csv")
    #expect(try workbook.cell("A3", sheet: 11)?.content == "services.csv")
    #expect(
      try workbook.cell("A4", sheet: 11)?.content
        == "本表仅列出前2条（共4条），完整清单见 issues-2026-06.csv。")
    #expect(try workbook.cell("A5", sheet: 11) == nil)
    #expect(try workbook.sheet(11).contains(#"<autoFilter ref="A1:H3"/>"#))
    // Two overdue beneficiaries fit in four rows: no note there.
    #expect(try workbook.cell("A3", sheet: 9)?.content == "B04")
    #expect(try workbook.cell("A4", sheet: 9) == nil)
  }

  @Test("--sheet-rows caps both list sheets, each ending with a note naming its CSV", arguments: [false, true])
  func sheetRowsCap(constantMemory: Bool) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    // The fixture has four issues (file and line order) and two overdue beneficiaries (B03 never
    // contacted, then B04): a cap of 1 keeps the first of each.
    let workbook = try ReportXLSX.write(.chinese, in: folder, sheetRows: 1, constantMemory: constantMemory)
    #expect(try workbook.cell("A2", sheet: 9)?.content == "B03")
    #expect(
      try workbook.cell("A3", sheet: 9)?.content == "本表仅列出前1条（共2条），完整清单见 overdue-2026-06.csv。")
    #expect(try workbook.cell("A4", sheet: 9) == nil)
    #expect(try workbook.sheet(9).contains(#"<autoFilter ref="A1:I2"/>"#))
    #expect(try workbook.cell("A2", sheet: 11)?.content == "beneficiaries.csv")
    #expect(
      try workbook.cell("A3", sheet: 11)?.content == "本表仅列出前1条（共4条），完整清单见 issues-2026-06.csv。")
    #expect(try workbook.cell("B3", sheet: 11) == nil)
    // The side tables of 数据问题 are not lists: their rows are all there.
    #expect(try workbook.cell("J7", sheet: 11)?.content == "services.csv")
    // In English, the note says the same.
    let english = try ReportXLSX.write(
      .english, in: folder, name: "en.xlsx", sheetRows: 1, constantMemory: constantMemory)
    #expect(
      try english.cell("A3", sheet: 9)?.content
        == "This sheet lists the first 1 of 2 rows; the full list is in overdue-2026-06.csv.")
    // A cap the lists fit in leaves them whole, with no note.
    let whole = try ReportXLSX.write(
      .chinese, in: folder, name: "whole.xlsx", sheetRows: 4, constantMemory: constantMemory)
    #expect(try whole.cell("A5", sheet: 11)?.content == "services.csv")
    #expect(try whole.cell("A6", sheet: 11) == nil)
    #expect(try whole.cell("A3", sheet: 9)?.content == "B04")
    #expect(try whole.cell("A4", sheet: 9) == nil)
  }

  @Test("the row budget keeps the last row for the note only when the list does not fit")
  func rowBudget() {
    #expect(RowBudget(total: 3, firstDataRow: 1, rowLimit: 4) == RowBudget(total: 3, firstDataRow: 1, rowLimit: 4))
    #expect(RowBudget(total: 3, firstDataRow: 1, rowLimit: 4).shown == 3)
    #expect(!RowBudget(total: 3, firstDataRow: 1, rowLimit: 4).isCut)
    #expect(RowBudget(total: 4, firstDataRow: 1, rowLimit: 4).shown == 2)
    #expect(RowBudget(total: 4, firstDataRow: 1, rowLimit: 4).isCut)
    #expect(RowBudget(total: 0, firstDataRow: 1, rowLimit: 4).shown == 0)
    #expect(!RowBudget(total: 1_048_575, firstDataRow: 1).isCut)
    #expect(RowBudget(total: 1_048_576, firstDataRow: 1).shown == 1_048_574)
    #expect(RowBudget(total: 1_048_576, firstDataRow: 1).isCut)
    // --sheet-rows: at most that many, then the note.
    #expect(RowBudget(total: 5, firstDataRow: 1, sheetRows: 5) == RowBudget(total: 5, firstDataRow: 1))
    #expect(!RowBudget(total: 5, firstDataRow: 1, sheetRows: 5).isCut)
    #expect(RowBudget(total: 6, firstDataRow: 1, sheetRows: 5).shown == 5)
    #expect(RowBudget(total: 6, firstDataRow: 1, sheetRows: 5).isCut)
    #expect(RowBudget(total: 3_000_000, firstDataRow: 1, sheetRows: 20_000).shown == 20_000)
    // A cap above Excel's limit still leaves the last row for the note.
    #expect(RowBudget(total: 3_000_000, firstDataRow: 1, sheetRows: 2_000_000).shown == 1_048_574)
  }

  @Test("a constant-memory workbook holds the same cells, with inline strings and charts without caches")
  func constantMemoryMode() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let inMemory = try ReportXLSX.write(.chinese, in: folder, name: "memory.xlsx", constantMemory: false)
    let streamed = try ReportXLSX.write(.chinese, in: folder, name: "streamed.xlsx", constantMemory: true)
    #expect(try inMemory.package.entries().contains("xl/sharedStrings.xml"))
    #expect(try !streamed.package.entries().contains("xl/sharedStrings.xml"))
    #expect(try streamed.sheet(1).contains(#"t="inlineStr""#))
    let cells = [(1, "A1"), (1, "B27"), (1, "D23"), (2, "B3"), (2, "M2"), (5, "B9"), (8, "G7"), (9, "H3"), (10, "F3")]
    for (sheet, reference) in cells {
      let expected = try #require(try inMemory.cell(reference, sheet: sheet))
      #expect(try streamed.cell(reference, sheet: sheet)?.content == expected.content, "\(sheet)!\(reference)")
    }
    #expect(try inMemory.package.text(of: "xl/charts/chart1.xml").contains("<c:strCache>"))
    #expect(try streamed.package.text(of: "xl/charts/chart1.xml").contains("<a:t>各站点服务人次</a:t>"))
    for sheet in 1...11 {
      #expect(try streamed.sheet(sheet).contains(#"state="frozen""#))
    }
  }

  @Test("writing the same figures twice gives the same bytes")
  func byteIdenticalReruns() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    for language in ReportLanguage.allCases {
      for constantMemory in [false, true] {
        let name = "\(language.rawValue)-\(constantMemory)"
        let first = try ReportXLSX.write(
          language, in: folder, name: "first-\(name).xlsx", constantMemory: constantMemory)
        let second = try ReportXLSX.write(
          language, in: folder, name: "second-\(name).xlsx", constantMemory: constantMemory)
        #expect(try filesAreIdentical(first.package.path, second.package.path))
      }
    }
  }

  @Test("the creation time is the midnight after the period in China Standard Time")
  func creationTime() {
    // 2026-07-01T00:00:00+08:00 is 2026-06-30T16:00:00Z.
    #expect(ReportWorkbook.creationTime(for: reportPeriod("2026-06")) == 1_782_835_200)
    #expect(ReportWorkbook.fileName(for: reportPeriod("2026-Q2")) == "shegong-2026-Q2.xlsx")
  }

  @Test("a workbook of a county with no rows still has every sheet, and only the trend chart")
  func emptyWorkbook() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let workbook = try ReportXLSX.write(.english, in: folder, figures: ReportFixture.emptyFigures())
    #expect(try workbook.sheetNames().count == 12)
    #expect(try workbook.package.entries().contains("xl/charts/chart1.xml"))
    #expect(try !workbook.package.entries().contains("xl/charts/chart2.xml"))
    #expect(try workbook.package.text(of: "xl/charts/chart1.xml").contains("<c:lineChart>"))
    #expect(try workbook.cell("A2", sheet: 2) == nil)
  }
}
