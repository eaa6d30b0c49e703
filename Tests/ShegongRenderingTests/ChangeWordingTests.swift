import ShegongAggregation
import ShegongRendering
import Testing

private func words(_ change: FigureChange?, _ base: ChangeWording.Base, _ language: ReportLanguage = .chinese)
  -> String?
{
  ChangeWording.words(change, against: base, language: language)
}

private let month = ChangeWording.Base.previous(.month, firstHalf: false)

@Suite("Changes in words (SPEC §10)")
struct ChangeWordingTests {
  @Test("up and down, relative, at one decimal")
  func upAndDown() {
    // 1 123 against 1 000: +12.3 %; 960 against 1 000: −4.0 %.
    #expect(words(.relative(0.123), month) == "较上月增长12.3%")
    #expect(words(.relative(-0.04), month) == "较上月下降4.0%")
    #expect(words(.relative(0.123), month, .english) == "up 12.3% on the previous month")
    #expect(words(.relative(-0.04), month, .english) == "down 4.0% on the previous month")
    // Rounded half away from zero at the first decimal: 2/3 is 66.7 %.
    #expect(words(.relative(2.0 / 3.0), month) == "较上月增长66.7%")
  }

  @Test("level when the change rounds to 0.0 %, and not when it rounds to 0.1 %")
  func level() {
    #expect(words(.relative(0), month) == "与上月持平")
    // 1 000 against 2 001 001 … a change of 0.04 % rounds to 0.0: level.
    #expect(words(.relative(0.0004), month) == "与上月持平")
    #expect(words(.relative(-0.0004), month) == "与上月持平")
    #expect(words(.relative(0.0006), month) == "较上月增长0.1%")
    #expect(words(.relative(0.0004), .yearAgo) == "同比持平")
    #expect(words(.relative(0), month, .english) == "level with the previous month")
    #expect(words(.relative(0), .yearAgo, .english) == "level with a year earlier")
  }

  @Test("a zero base (no change computed) states nothing")
  func zeroBase() {
    // HeadlineKey.change gives nil for a count from 0 and for an undefined ratio.
    #expect(HeadlineKey.householdsVisited.change(from: .count(0), to: .count(12)) == nil)
    #expect(words(HeadlineKey.householdsVisited.change(from: .count(0), to: .count(12)), month) == nil)
    #expect(words(HeadlineKey.serviceCoverage.change(from: .ratio(nil), to: .ratio(0.5)), .yearAgo) == nil)
    #expect(words(nil, .yearAgo, .english) == nil)
  }

  @Test("ratios in percentage points: 27.7 % → 28.3 % is 提高0.6个百分点")
  func percentagePoints() {
    let change = HeadlineKey.serviceCoverage.change(from: .ratio(0.277), to: .ratio(0.283))
    #expect(words(change, month) == "较上月提高0.6个百分点")
    #expect(words(change, .yearAgo) == "同比提高0.6个百分点")
    #expect(words(change, month, .english) == "up 0.6 percentage points on the previous month")
    let down = HeadlineKey.visitOnTimeRate.change(from: .ratio(0.60), to: .ratio(0.588))
    #expect(words(down, month) == "较上月下降1.2个百分点")
    #expect(words(down, .yearAgo, .english) == "down 1.2 percentage points on a year earlier")
    #expect(words(HeadlineKey.serviceCoverage.change(from: .ratio(0.5), to: .ratio(0.5004)), month) == "与上月持平")
  }

  @Test("the previous period by kind: 上月, 上季度, 上半年 (上年下半年 before a first half), 上年")
  func periodKinds() throws {
    let cases: [(String, String, String)] = [
      ("2026-10", "较上月增长1.0%", "up 1.0% on the previous month"),
      ("2026-Q3", "较上季度增长1.0%", "up 1.0% on the previous quarter"),
      ("2026-H2", "较上半年增长1.0%", "up 1.0% on the previous half-year"),
      ("2026-H1", "较上年下半年增长1.0%", "up 1.0% on the previous half-year"),
      ("2026", "较上年增长1.0%", "up 1.0% on the previous year"),
    ]
    for (label, chinese, english) in cases {
      let period = try #require(Period(parsing: label))
      #expect(words(.relative(0.01), .previous(of: period)) == chinese)
      #expect(words(.relative(0.01), .previous(of: period), .english) == english)
    }
  }
}

@Suite("Changes in words in the rendered report")
struct NarrativeChangesTests {
  private func render(_ figures: Figures, _ language: ReportLanguage = .chinese) throws -> String {
    try ReportMarkdown.render(figures, language: language, template: ReportTemplates.load(language, from: nil))
  }

  @Test("no 同比 when the year-ago period has no service or activity; 同比 when it has one")
  func yearAgoRecords() throws {
    var figures = ReportFixture.figures()
    figures.yearAgo = Headline()
    let without = try render(figures)
    #expect(!without.split(separator: "\n").contains { $0.hasPrefix("2026年6月，") && $0.contains("同比") })
    // One activity a year ago, and 8 households visited against the fixture's.
    figures.yearAgo[.activities] = .count(1)
    figures.yearAgo[.householdsVisited] = .count(4)
    let with = try render(figures)
    let paragraph = try #require(with.split(separator: "\n").first { $0.hasPrefix("2026年6月，") })
    guard case .count(let visited) = figures.metrics[.householdsVisited] else {
      Issue.record("households_visited is not a count")
      return
    }
    let expected = ChangeWording.words(
      HeadlineKey.householdsVisited.change(from: .count(4), to: .count(visited)), against: .yearAgo,
      language: .chinese)
    #expect(expected != nil)
    #expect(paragraph.contains(try #require(expected)))
    // Services a year ago were 0: their change on the year is not stated (a zero base).
    #expect(!paragraph.contains("人次（同比"))
  }
}
