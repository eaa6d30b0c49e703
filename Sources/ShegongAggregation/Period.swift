import ShegongValidation

/// A reporting period: a calendar month, quarter, half year or year (SPEC §2 `--period`).
public struct Period: Sendable, Hashable {
  /// The length of a period.
  public enum Kind: Sendable, Hashable, CaseIterable {
    /// `YYYY-MM`.
    case month
    /// `YYYY-Qn`, n = 1…4.
    case quarter
    /// `YYYY-Hn`, n = 1…2.
    case half
    /// `YYYY`.
    case year

    /// The number of months the period spans.
    public var months: Int {
      switch self {
      case .month: return 1
      case .quarter: return 3
      case .half: return 6
      case .year: return 12
      }
    }

    /// How many periods of this kind a year holds.
    public var perYear: Int { 12 / months }
  }

  /// The length of the period.
  public let kind: Kind
  /// The calendar year, 1000–9999.
  public let year: Int
  /// The period's number within its year: the month 1–12, the quarter 1–4, the half 1–2, or 1 for a year.
  public let number: Int

  /// The period of `kind` numbered `number` in `year`, or nil when the number or the year is out of range.
  public init?(kind: Kind, year: Int, number: Int) {
    guard (1000...9999).contains(year), (1...kind.perYear).contains(number) else { return nil }
    self.kind = kind
    self.year = year
    self.number = number
  }

  /// The calendar month `month` (1–12) of `year`, or nil when out of range.
  public static func month(year: Int, month: Int) -> Period? {
    Period(kind: .month, year: year, number: month)
  }

  /// The calendar month that contains `day`.
  ///
  /// Days outside the years 1000–9999 are clamped to January 1000 or December 9999.
  public static func month(containing day: Day) -> Period {
    let date = CivilDate.components(of: day)
    let year = min(max(date.year, 1000), 9999)
    let month = date.year < 1000 ? 1 : date.year > 9999 ? 12 : date.month
    return Period(uncheckedKind: .month, year: year, number: month)
  }

  private init(uncheckedKind kind: Kind, year: Int, number: Int) {
    self.kind = kind
    self.year = year
    self.number = number
  }

  /// The first month of the period, 1–12.
  public var firstMonth: Int { (number - 1) * kind.months + 1 }
  /// The last month of the period, 1–12.
  public var lastMonth: Int { number * kind.months }

  /// The first day of the period.
  public var start: Day { Period.firstDay(year: year, month: firstMonth) }

  /// The last day of the period (inclusive).
  public var end: Day {
    let next =
      lastMonth == 12 ? Period.firstDay(year: year + 1, month: 1) : Period.firstDay(year: year, month: lastMonth + 1)
    return next - 1
  }

  /// The days of the period, `start…end`.
  public var span: DaySpan { DaySpan(start: start, end: end) }

  /// The period of the same kind just before this one (2026-01 → 2025-12, 2026-Q1 → 2025-Q4).
  ///
  /// The period before the first one of the year 1000 is that first period itself.
  public var previous: Period {
    if number > 1 { return Period(uncheckedKind: kind, year: year, number: number - 1) }
    guard year > 1000 else { return self }
    return Period(uncheckedKind: kind, year: year - 1, number: kind.perYear)
  }

  /// The period of the same kind one year earlier (2026-10 → 2025-10, 2026-Q1 → 2025-Q1, 2026 → 2025).
  ///
  /// The periods of the year 1000 have none before them and are their own year-ago period.
  public var yearAgo: Period {
    guard year > 1000 else { return self }
    return Period(uncheckedKind: kind, year: year - 1, number: number)
  }

  /// The year to date: 1 January of the period's year through the period's end.
  public var yearToDate: DaySpan { DaySpan(start: Period.firstDay(year: year, month: 1), end: end) }

  /// The calendar months from January of the period's year through the month of its end, in order.
  public var monthsOfYearToDate: [Period] {
    (1...lastMonth).map { Period(uncheckedKind: .month, year: year, number: $0) }
  }

  /// The canonical text: `2026-01`, `2026-Q1`, `2026-H1` or `2026`.
  public var label: String {
    let yearText = String(year)
    switch kind {
    case .month: return yearText + (number < 10 ? "-0" : "-") + String(number)
    case .quarter: return yearText + "-Q" + String(number)
    case .half: return yearText + "-H" + String(number)
    case .year: return yearText
    }
  }

  /// The day number of the first day of `month` in `year`, for any year (proleptic Gregorian calendar).
  static func firstDay(year: Int, month: Int) -> Day {
    // Count years from March so that the leap day ends a year.
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let monthFromMarch = (month + 9) % 12
    let dayOfYear = (153 * monthFromMarch + 2) / 5
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return Day(era * 146_097 + dayOfEra - 719_468)
  }
}

extension Period: CustomStringConvertible {
  /// The canonical label.
  public var description: String { label }
}
