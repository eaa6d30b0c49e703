import ShegongAggregation
import ShegongRendering
import Testing

/// A row with the figures a test gives it.
private struct Row: FigureRow {
  var figures: [HeadlineKey: FigureValue]
  subscript(key: HeadlineKey) -> FigureValue? { figures[key] }
}

@Suite("Small-cell suppression (--suppress-below)")
struct SmallCellsTests {
  @Test("N below 2 is refused")
  func threshold() {
    #expect(SmallCells(below: 1) == nil)
    #expect(SmallCells(below: 0) == nil)
    #expect(SmallCells(below: 2)?.hiddenText == "<2")
  }

  @Test("with N = 5, a numerator of 3 is written <5 and its ratio —; 20 registered and 0 stay")
  func numeratorOfThree() throws {
    let cells = try #require(SmallCells(below: 5))
    let row = Row(figures: [
      .beneficiariesRegistered: .count(20), .registeredServed: .count(3), .serviceCoverage: .ratio(0.15),
      .overdueBeneficiaries: .count(0), .householdsVisited: .count(4), .serviceRecords: .count(3),
    ])
    #expect(cells.replacement(for: .registeredServed, in: row) == "<5")
    #expect(cells.replacement(for: .serviceCoverage, in: row) == "—")
    #expect(cells.replacement(for: .beneficiariesRegistered, in: row) == nil)
    #expect(cells.replacement(for: .overdueBeneficiaries, in: row) == nil)
    #expect(cells.replacement(for: .householdsVisited, in: row) == "<5")
    // Services are person-times, not people: 3 of them are shown.
    #expect(cells.replacement(for: .serviceRecords, in: row) == nil)
    // 5 is not below 5.
    let five = Row(figures: [.beneficiariesRegistered: .count(20), .registeredServed: .count(5)])
    #expect(cells.replacement(for: .registeredServed, in: five) == nil)
    #expect(cells.replacement(for: .serviceCoverage, in: five) == nil)
    // A denominator of 4 hides the ratio too.
    let small = Row(figures: [.beneficiariesRegistered: .count(4), .registeredServed: .count(0)])
    #expect(cells.replacement(for: .beneficiariesRegistered, in: small) == "<5")
    #expect(cells.replacement(for: .registeredServed, in: small) == nil)
    #expect(cells.replacement(for: .serviceCoverage, in: small) == "—")
  }

  @Test("the Markdown tables hide small counts and their ratios, and the overdue list is left out")
  func markdown() throws {
    let template = try ReportTemplates.load(.chinese, from: nil)
    let figures = ReportFixture.figures()
    let plain = try ReportMarkdown.render(figures, language: .chinese, template: template)
    let suppressed = try ReportMarkdown.render(
      figures, language: .chinese, template: template, smallCells: SmallCells(below: 5))
    func row(_ text: String, _ prefix: String) -> String? {
      text.split(separator: "\n").first { $0.hasPrefix(prefix) }.map(String.init)
    }
    // ST01: 3 registered, 3 served (100.0%), 1 household visited, 5 services, 0 overdue.
    #expect(row(plain, "| ST01 |")?.contains("| 1 | 3 | 3 | 100.0% | 1 | 5 | 1 | 17 |") == true)
    #expect(row(suppressed, "| ST01 |")?.contains("| 1 | <5 | <5 | — | <5 | 5 | 1 | 17 |") == true)
    // Then reporting, 0 overdue, 3 due (hidden) and the on-time rate built on them.
    #expect(row(suppressed, "| ST01 |")?.hasSuffix("| 是 | 0 | <5 | — |") == true)
    // ST02: 1 registered, none served: the 0.0% is built on a hidden 1.
    #expect(row(suppressed, "| ST02 |")?.contains("| 1 | <5 | 0 | — | 0 | 1 |") == true)
    // 城关镇: 2 villages, 1 with a station (50.0%, not people); 4 registered, 3 served, 1 household
    // visited, 6 services, 1 overdue of 4 due.
    #expect(row(plain, "| 城关镇 |") == "| 城关镇 | 是 | 2 | 1 | 50.0% | 4 | 3 | 75.0% | 1 | 6 | 1 | 4 | 75.0% |")
    #expect(row(suppressed, "| 城关镇 |") == "| 城关镇 | 是 | 2 | 1 | 50.0% | <5 | <5 | — | <5 | 6 | <5 | <5 | — |")
    // The overdue list: listed without suppression, left out with it.
    #expect(plain.contains("| 对象编号 | 姓名 |"))
    #expect(!suppressed.contains("| 对象编号 | 姓名 |"))
    #expect(!suppressed.contains("刘*洋"))
    #expect(suppressed.contains("不列出个人名单"))
    // It names where the bureau finds the complete list: the overdue CSV, not the capped sheet.
    #expect(suppressed.contains("名单见`overdue-2026-06.csv`"))
    // The headline figures are not touched.
    #expect(row(plain, "| 建档服务对象") == row(suppressed, "| 建档服务对象"))
  }
}
