import Foundation
import ShegongAggregation
import ShegongRendering
import ShegongValidation
import Testing

/// The folder holding `Templates/`, found from this source file.
private func templatesURL(filePath: String = #filePath) -> URL {
  URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Templates")
}

/// Renders the committed template of `language` with `figures`.
private func renderReport(_ figures: Figures, _ language: ReportLanguage) throws -> String {
  let url = templatesURL().appendingPathComponent(language.templateFileName)
  let source = try String(contentsOf: url, encoding: .utf8)
  return try ReportMarkdown.render(
    figures, language: language, templateSource: source, fileName: "Templates/\(language.templateFileName)")
}

/// Every list in `value`, with the path that leads to it.
private func lists(in value: TemplateValue, path: String = "") -> [(path: String, items: [TemplateValue])] {
  switch value {
  case .list(let items):
    return [(path, items)] + items.flatMap { lists(in: $0, path: path + "[]") }
  case .object(let members):
    return members.flatMap { key, member in lists(in: member, path: path.isEmpty ? key : path + "." + key) }
  case .text, .bool:
    return []
  }
}

/// Compares `text` with the golden file `name`, or rewrites the file when `SHEGONG_RECORD=1`.
private func expectGolden(_ text: String, _ name: String) throws {
  let url = ReportFixture.goldenURL(name)
  if ProcessInfo.processInfo.environment["SHEGONG_RECORD"] == "1" {
    try Data(text.utf8).write(to: url)
  }
  let golden = try String(contentsOf: url, encoding: .utf8)
  #expect(text == golden, "differs from \(name); rerun with SHEGONG_RECORD=1 to update it on purpose")
}

@Suite("Markdown report")
struct ReportMarkdownTests {
  @Test("the Chinese report matches its golden file")
  func chineseGolden() throws {
    try expectGolden(renderReport(ReportFixture.figures(), .chinese), "report-2026-06.zh.md")
  }

  @Test("the English report matches its golden file")
  func englishGolden() throws {
    try expectGolden(renderReport(ReportFixture.figures(), .english), "report-2026-06.en.md")
  }

  @Test("the fixture's view model has at least one item in every list, so every name is resolved")
  func everyListFilled() throws {
    let figures = ReportFixture.figuresWithAnomaly()
    for language in ReportLanguage.allCases {
      let context = ReportMarkdown.context(for: figures, language: language)
      let found = lists(in: context)
      #expect(found.count == 14)
      for (path, items) in found {
        #expect(!items.isEmpty, "list \(path) is empty")
      }
      #expect(try !renderReport(figures, language).isEmpty)
    }
  }

  @Test("the data-quality part lists the stations whose services are far from their usual month's")
  func anomalies() throws {
    let zh = try renderReport(ReportFixture.figuresWithAnomaly(), .chinese)
    #expect(zh.contains("超过两倍的运行站点1个"))
    #expect(zh.contains("| ST01 | 城关镇社工站 | 5 | 12.50 | 40.0% |\n"))
    let en = try renderReport(ReportFixture.figuresWithAnomaly(), .english)
    #expect(en.contains("where that median is at least 10): 1; check them"))
    #expect(en.contains("| ST01 | 城关镇社工站 | 5 | 12.50 | 40.0% |\n"))
    // Without any: the count, no table.
    let none = try renderReport(ReportFixture.figures(), .chinese)
    #expect(none.contains("超过两倍的运行站点0个（"))
    #expect(!none.contains("| 站点编号 | 站点名称 | 本月服务人次 |"))
    // A quarter is not compared.
    var quarter = ReportFixture.figures()
    quarter.period = reportPeriod("2026-Q2")
    #expect(try renderReport(quarter, .chinese).contains("服务量异常的站点只按月比较，本期不比较。"))
  }

  @Test("the templates render without any rows, taking their empty branches")
  func emptyFigures() throws {
    let zh = try renderReport(ReportFixture.emptyFigures(), .chinese)
    #expect(zh.contains("未发现数据问题。"))
    #expect(zh.contains("超过回访周期未联系的服务对象共0人，其中从未联系0人。\n"))
    #expect(!zh.contains("| 对象编号 |"))
    let en = try renderReport(ReportFixture.emptyFigures(), .english)
    #expect(en.contains("No data issues were found."))
    #expect(en.contains("service coverage of —."))
    #expect(!en.contains("\n\n\n"))
    #expect(!zh.contains("\n\n\n"))
  }

  @Test("a station name with | and a line break stays in one table cell")
  func stationNameEscaped() throws {
    for language in ReportLanguage.allCases {
      let report = try renderReport(ReportFixture.figures(), language)
      let rows = report.split(separator: "\n").filter { $0.hasPrefix("| ST02 |") }
      #expect(rows.count == 1)
      #expect(rows.first?.hasPrefix("| ST02 | 东街\\|服务点<br>二号 |") == true)
      #expect(!report.contains("\n二号"))
    }
  }

  @Test("cells escape pipes and every kind of line break")
  func cellEscaping() {
    #expect(MarkdownText.cell("a|b") == "a\\|b")
    #expect(MarkdownText.cell("一\r\n二\r三\n四\u{2028}五") == "一<br>二<br>三<br>四<br>五")
    #expect(MarkdownText.cell("\n\n") == "<br><br>")
    #expect(MarkdownText.cell("张*倩") == "张*倩")
  }

  @Test("an unknown name in a template is reported with the template's file and line")
  func unknownNameLocated() {
    let source = "# {{period.name}}\n\n{{m.no_such_key.value}}\n"
    #expect(
      throws: TemplateError(fileName: "Templates/report.zh.md", line: 3, kind: .unknownName("m.no_such_key.value"))
    ) {
      try ReportMarkdown.render(
        ReportFixture.figures(), language: .chinese, templateSource: source, fileName: "Templates/report.zh.md")
    }
  }

  @Test("the overdue list holds at most twenty, longest first, with masked names")
  func overdueList() throws {
    let context = ReportMarkdown.context(for: ReportFixture.figures(), language: .chinese)
    guard case .object(let root) = context, case .object(let overdue)? = root["overdue"],
      case .list(let rows)? = overdue["rows"], case .object(let first)? = rows.first
    else {
      Issue.record("no overdue rows")
      return
    }
    #expect(rows.count == 2)
    #expect(rows.count <= ReportMarkdown.overdueListed)
    #expect(first["name"] == "刘*洋")
    #expect(first["last_contact"] == "从未联系")
    #expect(first["days_since"] == "—")
    #expect(overdue["more"] == false)
  }
}

@Suite("Markdown report: the region")
struct ReportRegionTests {
  private func render(_ region: Region, _ language: ReportLanguage) throws -> String {
    var figures = ReportFixture.figures()
    figures.region = region
    return try renderReport(figures, language)
  }

  @Test("without a region the title starts with the period, the header has no code, and the text says 全县")
  func noRegion() throws {
    let zh = try render(Region(), .chinese)
    #expect(zh.hasPrefix("# 2026年6月社会工作服务统计报告\n\n统计期：2026年6月1日至2026年6月30日；"))
    #expect(!zh.contains("区划代码"))
    #expect(zh.contains("，全县社工入户探访"))
    let en = try render(Region(), .english)
    #expect(en.hasPrefix("# Social-work service statistics, June 2026\n\nPeriod: 1 June 2026"))
    #expect(en.contains("across the county"))
  }

  @Test("a named region heads the title, its code leads the header, and its level sets the word for the whole")
  func namedRegion() throws {
    let region = Region(name: "阳山县", code: "441823000000", level: .county)
    let zh = try render(region, .chinese)
    #expect(zh.hasPrefix("# 阳山县2026年6月社会工作服务统计报告\n\n区划代码：441823000000；统计期：2026年6月1日"))
    let en = try render(region, .english)
    #expect(en.hasPrefix("# 阳山县: Social-work service statistics, June 2026\n\nRegion code: 441823000000. Period:"))
    let street = try render(Region(name: "滨城区市西街道", level: .street), .chinese)
    #expect(street.hasPrefix("# 滨城区市西街道2026年6月社会工作服务统计报告\n\n统计期："))
    #expect(street.contains("，全街道社工入户探访"))
    #expect(street.contains("截至2026年6月30日，全街道建档服务对象"))
    #expect(!street.contains("全县"))
  }

  @Test("each level has its word for the whole area")
  func levelWords() {
    let expected: [(Region.Level, String, String)] = [
      (.county, "全县", "the county"), (.district, "全区", "the district"), (.city, "全市", "the city"),
      (.province, "全省", "the province"), (.street, "全街道", "the subdistrict"), (.town, "全镇", "the town"),
    ]
    #expect(expected.count == Region.Level.allCases.count)
    for (level, chinese, english) in expected {
      #expect(RegionWording(Region(level: level), language: .chinese).whole == chinese)
      #expect(RegionWording(Region(level: level), language: .english).whole == english)
    }
  }
}
