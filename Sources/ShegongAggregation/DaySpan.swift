import ShegongValidation

/// An inclusive range of days, `start <= day <= end`, over which flows are counted.
public struct DaySpan: Sendable, Hashable {
  /// The first day.
  public var start: Day
  /// The last day (inclusive); stocks are taken on this day.
  public var end: Day

  /// Creates the span `start…end`.
  public init(start: Day, end: Day) {
    self.start = start
    self.end = end
  }

  /// Whether `day` lies in the span ("in P": `start <= day <= end`).
  @inlinable
  public func contains(_ day: Day) -> Bool {
    start <= day && day <= end
  }
}
