/// How a column's cells look.
public enum ColumnFormat: Sendable, Equatable {
  /// Text.
  case text
  /// A whole number with grouped thousands.
  case count
  /// A ratio, shown as a percentage.
  case ratio
  /// Hours or 元 with two decimals.
  case hours
  /// A date.
  case date
}

extension ColumnFormat {
  /// The format of a headline key's values.
  init(_ measure: HeadlineKey.Measure) {
    switch measure {
    case .count: self = .count
    case .ratio: self = .ratio
    case .hours: self = .hours
    }
  }
}
