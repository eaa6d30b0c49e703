import ShegongAggregation

/// How the headline paragraph states a change in words (SPEC §10): `较上月增长12.3%`,
/// `较上月下降4.0%`, `与上月持平`, `同比增长…`, and for a ratio `提高0.6个百分点`; in English
/// `up 12.3% on the previous month`, `level with a year earlier`, `up 0.6 percentage points …`.
public enum ChangeWording {
  /// What a change is stated against.
  public enum Base: Sendable, Equatable {
    /// The previous period of the same kind: 上月, 上季度, 上半年 (上年下半年 for a first half), 上年.
    case previous(Period.Kind, firstHalf: Bool)
    /// The same period a year earlier: 同比.
    case yearAgo

    /// The previous period of `period`.
    public static func previous(of period: Period) -> Base {
      .previous(period.kind, firstHalf: period.kind == .half && period.number == 1)
    }
  }

  /// The words for `change` against `base` in `language`, with one decimal; nil when no change
  /// is stated (a count or hours from 0, or a ratio undefined in either period).
  public static func words(_ change: FigureChange?, against base: Base, language: ReportLanguage) -> String? {
    guard let change else { return nil }
    let tenths: Int?
    let inPoints: Bool
    switch change {
    case .relative(let ratio):
      tenths = ReportFormat.tenthsOfPercent(ratio)
      inPoints = false
    case .points(let points):
      tenths = ReportFormat.tenthsOfPercent(points / 100)
      inPoints = true
    }
    guard let tenths else { return nil }
    let amount = ReportFormat.decimal(abs(tenths), places: 1)
    switch language {
    case .chinese:
      let lead = chineseLead(base)
      if tenths == 0 { return base == .yearAgo ? "同比持平" : "与\(lead)持平" }
      let verb = inPoints ? (tenths > 0 ? "提高" : "下降") : (tenths > 0 ? "增长" : "下降")
      let prefix = base == .yearAgo ? "同比" : "较\(lead)"
      return prefix + verb + amount + (inPoints ? "个百分点" : "%")
    case .english:
      let against = englishBase(base)
      if tenths == 0 { return "level with \(against)" }
      let unit = inPoints ? " percentage points" : "%"
      return (tenths > 0 ? "up " : "down ") + amount + unit + " on " + against
    }
  }

  /// `上月`, `上季度`, `上半年` (`上年下半年` before a first half), `上年`; `同比` for a year ago.
  private static func chineseLead(_ base: Base) -> String {
    switch base {
    case .yearAgo: "同比"
    case .previous(.month, _): "上月"
    case .previous(.quarter, _): "上季度"
    case .previous(.half, let firstHalf): firstHalf ? "上年下半年" : "上半年"
    case .previous(.year, _): "上年"
    }
  }

  /// `the previous month`, …, `a year earlier`.
  private static func englishBase(_ base: Base) -> String {
    switch base {
    case .yearAgo: "a year earlier"
    case .previous(.month, _): "the previous month"
    case .previous(.quarter, _): "the previous quarter"
    case .previous(.half, _): "the previous half-year"
    case .previous(.year, _): "the previous year"
    }
  }
}
