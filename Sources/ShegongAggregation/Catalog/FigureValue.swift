/// The value of one figure: a count, a ratio, an hour sum, or a two-place decimal.
///
/// Every headline key and every figure column of a table has a value of this type; the metrics
/// JSON, the workbook and the Markdown report each show it in their own way.
public enum FigureValue: Sendable, Equatable {
  /// A whole number.
  case count(Int)
  /// A ratio, nil when its denominator is 0; shown unrounded in JSON, as a percentage elsewhere.
  case ratio(Double?)
  /// An hour figure held in exact minutes; shown as hours rounded half-up to two places.
  case minutes(Int)
  /// A decimal already rounded to two places (hours or 元), or nil when undefined.
  case hundredths(Hundredths?)

  /// The exact quantity used for changes: minutes rather than rounded hours, so that a change
  /// does not depend on rounding; nil when undefined.
  private var exact: Double? {
    switch self {
    case .count(let count): Double(count)
    case .ratio(let ratio): ratio
    case .minutes(let minutes): Double(minutes)
    case .hundredths(let value): value.map { Double($0.value) }
    }
  }

  /// The relative change from `previous` to `current`, `(current − previous) / previous`; nil when
  /// either is undefined or `previous` is 0.
  public static func change(from previous: FigureValue, to current: FigureValue) -> Double? {
    guard let before = previous.exact, let now = current.exact, before != 0 else { return nil }
    return (now - before) / before
  }
}
