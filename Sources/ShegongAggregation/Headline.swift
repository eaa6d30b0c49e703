/// The headline figures of one span of days (SPEC §5), read and written by key:
/// `headline[.householdsVisited]`.
///
/// Stocks are taken on the span's last day, flows count rows dated in the span. Hours are kept
/// as whole minutes (``FigureValue/minutes(_:)``); reports show them as hours with
/// `Hundredths.hours(minutes:)`. A ratio is undefined when its denominator is 0.
public struct Headline: Sendable, Equatable {
  private var values: [HeadlineKey: FigureValue] = [:]

  /// Creates a headline with every key at its ``HeadlineKey/zero``.
  public init() {}

  /// The value of `key`; a key never set is at its ``HeadlineKey/zero``.
  public subscript(key: HeadlineKey) -> FigureValue {
    get { values[key] ?? key.zero }
    set { values[key] = newValue }
  }

  /// Sets every key that `figures` holds (a nil value leaves the key as it is).
  mutating func take(_ figures: (HeadlineKey) -> FigureValue?) {
    for key in HeadlineKey.allCases {
      if let value = figures(key) { self[key] = value }
    }
  }

  /// Whether both headlines hold the same value for every key.
  public static func == (lhs: Headline, rhs: Headline) -> Bool {
    HeadlineKey.allCases.allSatisfy { lhs[$0] == rhs[$0] }
  }
}
