import ShegongAggregation
import ShegongRendering
import ShegongValidation
import Testing

@Suite("Report labels and formats")
struct ReportLabelsTests {
  @Test("integers have a comma between groups of three digits")
  func integers() {
    #expect(ReportFormat.integer(0) == "0")
    #expect(ReportFormat.integer(999) == "999")
    #expect(ReportFormat.integer(1_000) == "1,000")
    #expect(ReportFormat.integer(12_345) == "12,345")
    #expect(ReportFormat.integer(1_234_567) == "1,234,567")
    #expect(ReportFormat.integer(-1_000) == "-1,000")
  }

  @Test("ratios show as percentages with one decimal, rounded half away from zero")
  func percentages() {
    #expect(ReportFormat.percent(0.875) == "87.5%")
    #expect(ReportFormat.percent(0.8745) == "87.5%")
    #expect(ReportFormat.percent(2.0 / 3.0) == "66.7%")
    #expect(ReportFormat.percent(1) == "100.0%")
    #expect(ReportFormat.percent(0) == "0.0%")
    #expect(ReportFormat.percent(12.5) == "1,250.0%")
    #expect(ReportFormat.percent(nil) == "—")
    #expect(ReportFormat.percent(.nan) == "—")
  }

  @Test("changes carry their sign")
  func changes() {
    #expect(ReportFormat.change(0.123) == "+12.3%")
    #expect(ReportFormat.change(-0.04) == "-4.0%")
    #expect(ReportFormat.change(0) == "0.0%")
    #expect(ReportFormat.change(-0.0004) == "0.0%")
    #expect(ReportFormat.change(nil) == "—")
  }

  @Test("changes of ratios are percentage points, of counts and hours relative, in both languages")
  func changeWording() {
    let zh = ReportLabels.labels(.chinese)
    let en = ReportLabels.labels(.english)
    // 27.72 % → 28.26 %: 0.54 points, shown +0.5, never the relative +1.9 %.
    let coverage = HeadlineKey.villageStationCoverage.change(from: .ratio(0.2772), to: .ratio(0.2826))
    #expect(zh.change(coverage) == "+0.5个百分点")
    #expect(en.change(coverage) == "+0.5 pp")
    let drop = HeadlineKey.visitOnTimeRate.change(from: .ratio(0.75), to: .ratio(0.6))
    #expect(zh.change(drop) == "-15.0个百分点")
    #expect(zh.change(HeadlineKey.serviceCoverage.change(from: .ratio(0.5), to: .ratio(0.5))) == "0.0个百分点")
    #expect(zh.change(HeadlineKey.serviceRecords.change(from: .count(40), to: .count(50))) == "+25.0%")
    #expect(en.change(HeadlineKey.volunteerHours.change(from: .minutes(120), to: .minutes(90))) == "-25.0%")
    // Not computable: a count from 0, a ratio without a denominator.
    #expect(zh.change(HeadlineKey.serviceRecords.change(from: .count(0), to: .count(5))) == "—")
    #expect(en.change(HeadlineKey.reportingRate.change(from: .ratio(nil), to: .ratio(0.5))) == "—")
    #expect(ReportFormat.points(-0.04) == "0.0")
    #expect(ReportFormat.points(nil) == "—")
  }

  @Test("hours have two decimals and grouped thousands; days are ISO dates")
  func hoursAndDays() {
    #expect(ReportFormat.hours(minutes: 90) == "1.50")
    #expect(ReportFormat.hours(minutes: 1) == "0.02")
    #expect(ReportFormat.hours(minutes: 74_070) == "1,234.50")
    #expect(ReportFormat.hours(Hundredths(7)) == "0.07")
    #expect(ReportFormat.hours(nil) == "—")
    #expect(ReportFormat.day(reportDay("2026-06-30")) == "2026-06-30")
    #expect(ReportFormat.day(nil) == "—")
  }

  @Test(
    "periods are named in the words of a bureau's report",
    arguments: [
      ("2026-06", "2026年6月", "本月", "上月", "较上月", "June 2026", "This month"),
      ("2026-Q2", "2026年第二季度", "本季度", "上季度", "较上季度", "Q2 2026", "This quarter"),
      ("2026-H1", "2026年上半年", "上半年", "上年下半年", "较上年下半年", "H1 2026", "This half-year"),
      ("2026-H2", "2026年下半年", "下半年", "上半年", "较上半年", "H2 2026", "This half-year"),
      ("2026", "2026年", "本年", "上年", "较上年", "2026", "This year"),
    ])
  func periodWording(
    label: String, name: String, current: String, previous: String, change: String, englishName: String,
    englishCurrent: String
  ) {
    let chinese = PeriodWording(reportPeriod(label), language: .chinese)
    #expect(chinese.name == name)
    #expect(chinese.current == current)
    #expect(chinese.previous == previous)
    #expect(chinese.change == change)
    let english = PeriodWording(reportPeriod(label), language: .english)
    #expect(english.name == englishName)
    #expect(english.current == englishCurrent)
  }

  @Test("the year to date is written as a span of months")
  func yearToDate() {
    #expect(PeriodWording.yearToDateLabel(reportPeriod("2026-06")) == "2026-01—2026-06")
    #expect(PeriodWording.yearToDateLabel(reportPeriod("2026-01")) == "2026-01")
    #expect(PeriodWording.yearToDateLabel(reportPeriod("2026-Q3")) == "2026-01—2026-09")
    #expect(PeriodWording(reportPeriod("2026-02"), language: .chinese).endText == "2026年2月28日")
    #expect(PeriodWording(reportPeriod("2026-02"), language: .english).endText == "28 February 2026")
  }

  @Test("a figure's text and cell number: grouped counts, percentages, hours from minutes, — when undefined")
  func figureText() {
    #expect(FigureValue.count(12_345).text == "12,345")
    #expect(FigureValue.ratio(0.875).text == "87.5%")
    #expect(FigureValue.ratio(nil).text == "—")
    #expect(FigureValue.minutes(90).text == "1.50")
    #expect(FigureValue.minutes(90).cellNumber == 1.5)
    #expect(FigureValue.hundredths(nil).text == "—")
    #expect(FigureValue.hundredths(nil).cellNumber == nil)
  }

  @Test("a key's title is its name with the unit in the report's language")
  func titles() {
    #expect(HeadlineKey.householdVisits.title.text(.chinese) == "入户探访户次（户次）")
    #expect(HeadlineKey.serviceRecords.title.text(.english) == "Service records (person-times)")
    #expect(HeadlineKey.householdsVisited.name.text(.english) == "Households visited")
  }

  @Test("sheet names are the twelve of SPEC §7, unique and valid in Excel")
  func sheetNames() {
    for language in ReportLanguage.allCases {
      let names = ReportLabels.labels(language).sheets.all
      #expect(names.count == 12)
      #expect(Set(names.map { $0.lowercased() }).count == 12)
      for name in names {
        #expect(!name.isEmpty && name.count <= 31)
        #expect(!name.contains(where: { "[]:*?/\\".contains($0) }))
      }
    }
  }

  @Test("every issue code has a meaning in both languages")
  func issueMeanings() {
    for language in ReportLanguage.allCases {
      let meanings = IssueCode.allCases.map { $0.meaning.text(language) }
      #expect(meanings.allSatisfy { !$0.isEmpty })
      #expect(Set(meanings).count == meanings.count)
    }
    #expect(Severity.error.name.chinese == "错误")
    #expect(ReportLabels.labels(.english).label(ServiceType.homeVisit) == "Home visit")
  }
}
