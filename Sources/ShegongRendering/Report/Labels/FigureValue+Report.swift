import ShegongAggregation

extension FigureValue {
  /// The number a spreadsheet cell holds: the count, the ratio, or the hours as shown; nil for an
  /// undefined ratio or hours.
  public var cellNumber: Double? {
    switch self {
    case .count(let count): Double(count)
    case .ratio(let ratio): ratio
    case .minutes(let minutes): Hundredths.hours(minutes: minutes).doubleValue
    case .hundredths(let value): value?.doubleValue
    }
  }

  /// The value as formatted text: `12,345`, `87.5%`, `1,234.50`, or `—` when undefined.
  public var text: String {
    switch self {
    case .count(let count): ReportFormat.integer(count)
    case .ratio(let ratio): ReportFormat.percent(ratio)
    case .minutes(let minutes): ReportFormat.hours(Hundredths.hours(minutes: minutes))
    case .hundredths(let value): ReportFormat.hours(value)
    }
  }
}

extension FigureChange {
  /// The number a spreadsheet cell holds: the relative change as a ratio (shown as a percentage),
  /// or the percentage points.
  public var cellNumber: Double {
    switch self {
    case .relative(let ratio): ratio
    case .points(let points): points
    }
  }
}
