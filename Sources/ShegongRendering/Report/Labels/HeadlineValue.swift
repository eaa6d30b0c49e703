import ShegongAggregation

/// The value of one headline key in one block, with what is needed to show and compare it.
public enum HeadlineValue: Sendable, Equatable {
  /// A whole number.
  case count(Int)
  /// A ratio; nil when its denominator was 0.
  case ratio(Double?)
  /// A sum of whole minutes, shown as hours rounded half-up to two decimals.
  case minutes(Int)
  /// Hours already rounded to two decimals; nil when undefined.
  case hours(Hundredths?)

  /// The number a spreadsheet cell holds: the count, the ratio, or the hours as shown; nil for an
  /// undefined ratio or hours.
  public var cellNumber: Double? {
    switch self {
    case .count(let count): Double(count)
    case .ratio(let ratio): ratio
    case .minutes(let minutes): Hundredths.hours(minutes: minutes).doubleValue
    case .hours(let hours): hours?.doubleValue
    }
  }

  /// The value as formatted text: `12,345`, `87.5%`, `1,234.50`, or `—` when undefined.
  public var text: String {
    switch self {
    case .count(let count): ReportFormat.integer(count)
    case .ratio(let ratio): ReportFormat.percent(ratio)
    case .minutes(let minutes): ReportFormat.hours(Hundredths.hours(minutes: minutes))
    case .hours(let hours): ReportFormat.hours(hours)
    }
  }

  /// The exact quantity used for changes: minutes rather than rounded hours, so that a change
  /// does not depend on rounding.
  private var exact: Double? {
    switch self {
    case .count(let count): Double(count)
    case .ratio(let ratio): ratio
    case .minutes(let minutes): Double(minutes)
    case .hours(let hours): hours.map { Double($0.value) }
    }
  }

  /// The relative change from `previous` to `current`, `(current − previous) / previous`; nil when
  /// either is undefined or `previous` is 0.
  public static func change(from previous: HeadlineValue, to current: HeadlineValue) -> Double? {
    guard let before = previous.exact, let now = current.exact, before != 0 else { return nil }
    return (now - before) / before
  }
}
