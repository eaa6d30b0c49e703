/// One headline figure as reports show it: a count, a ratio, an hour sum, or a two-place decimal.
public enum FigureValue: Sendable, Equatable {
  /// A whole number.
  case count(Int)
  /// A ratio, nil when its denominator is 0; shown unrounded in JSON, as a percentage elsewhere.
  case ratio(Double?)
  /// An hour figure held in exact minutes; shown as hours rounded half-up to two places.
  case minutes(Int)
  /// A decimal already rounded to two places, or nil.
  case decimal(Hundredths?)
}
