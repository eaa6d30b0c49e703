import ShegongAggregation
import ShegongValidation

/// How a report speaks of its period, in one language: `2026年6月`, `本月`, `上月`, `较上月`.
public struct PeriodWording: Sendable, Equatable {
  /// The period's name: `2026年6月`, `2026年第二季度`, `2026年上半年`, `2026年`; `June 2026`,
  /// `Q2 2026`, `H1 2026`, `2026`.
  public let name: String
  /// The period from its own point of view, as a column title: `本月`, `本季度`, `上半年`,
  /// `本年`; `This month`, ….
  public let current: String
  /// The previous period, as a column title: `上月`, `上季度`, `上年下半年`, `上年`;
  /// `Previous month`, ….
  public let previous: String
  /// The title of the change column: `较上月`, `较上季度`; `vs previous month`, ….
  public let change: String
  /// The same period a year earlier, as a column title: `同期`; `Year ago`.
  public let yearAgo: String
  /// The title of the change on the year-ago period: `同比`; `vs year ago`.
  public let yearOnYear: String
  /// The year to date, as a column title: `本年累计`; `Year to date`.
  public let yearToDate: String
  /// The first day, written out: `2026年6月1日`; `1 June 2026`.
  public let startText: String
  /// The last day, written out: `2026年6月30日`; `30 June 2026`.
  public let endText: String

  /// The wording of `period` in `language`.
  public init(_ period: Period, language: ReportLanguage) {
    switch language {
    case .chinese:
      name = Self.chineseName(period)
      (current, previous) = Self.chineseNouns(period)
      change = "较" + previous
      yearAgo = "同期"
      yearOnYear = "同比"
      yearToDate = "本年累计"
      startText = Self.chineseDay(period.start)
      endText = Self.chineseDay(period.end)
    case .english:
      name = Self.englishName(period)
      let noun = Self.englishNoun(period.kind)
      current = "This " + noun
      previous = "Previous " + noun
      change = "vs previous " + noun
      yearAgo = "Year ago"
      yearOnYear = "vs year ago"
      yearToDate = "Year to date"
      startText = Self.englishDay(period.start)
      endText = Self.englishDay(period.end)
    }
  }

  /// The span of months of the year to date, as labels: `2026-01—2026-06`, or `2026-01` alone
  /// for January.
  public static func yearToDateLabel(_ period: Period) -> String {
    let months = period.monthsOfYearToDate
    guard let first = months.first, let last = months.last, first != last else {
      return months.first?.label ?? period.label
    }
    return first.label + "—" + last.label
  }

  private static let chineseNumerals = ["一", "二", "三", "四"]
  static let englishMonths = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]

  private static func chineseName(_ period: Period) -> String {
    let year = "\(period.year)年"
    switch period.kind {
    case .month: return year + "\(period.number)月"
    case .quarter: return year + "第\(chineseNumerals[period.number - 1])季度"
    case .half: return year + (period.number == 1 ? "上半年" : "下半年")
    case .year: return year
    }
  }

  private static func chineseNouns(_ period: Period) -> (current: String, previous: String) {
    switch period.kind {
    case .month: return ("本月", "上月")
    case .quarter: return ("本季度", "上季度")
    case .half: return period.number == 1 ? ("上半年", "上年下半年") : ("下半年", "上半年")
    case .year: return ("本年", "上年")
    }
  }

  private static func chineseDay(_ day: Day) -> String {
    let date = CivilDate.components(of: day)
    return "\(date.year)年\(date.month)月\(date.day)日"
  }

  private static func englishName(_ period: Period) -> String {
    switch period.kind {
    case .month: return "\(englishMonths[period.number - 1]) \(period.year)"
    case .quarter: return "Q\(period.number) \(period.year)"
    case .half: return "H\(period.number) \(period.year)"
    case .year: return "\(period.year)"
    }
  }

  private static func englishNoun(_ kind: Period.Kind) -> String {
    switch kind {
    case .month: "month"
    case .quarter: "quarter"
    case .half: "half-year"
    case .year: "year"
    }
  }

  private static func englishDay(_ day: Day) -> String {
    let date = CivilDate.components(of: day)
    return "\(date.day) \(englishMonths[date.month - 1]) \(date.year)"
  }
}
