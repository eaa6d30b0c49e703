import ShegongAggregation

/// Reading a figure as the plain number a test expects.
extension FigureValue {
  /// The whole number of a count, else nil.
  var count: Int? {
    if case .count(let count) = self { return count }
    return nil
  }

  /// The ratio, else nil (also when it is undefined).
  var ratio: Double? {
    if case .ratio(let ratio) = self { return ratio }
    return nil
  }

  /// The minutes of an hour figure, else nil.
  var minutes: Int? {
    if case .minutes(let minutes) = self { return minutes }
    return nil
  }
}

extension Headline {
  /// The count of `key`.
  func count(_ key: HeadlineKey) -> Int? { self[key].count }
  /// The ratio of `key`.
  func ratio(_ key: HeadlineKey) -> Double? { self[key].ratio }
  /// The minutes of `key`.
  func minutes(_ key: HeadlineKey) -> Int? { self[key].minutes }
}

extension FigureRow {
  /// The count of `key` in the row.
  func count(_ key: HeadlineKey) -> Int? { self[key]?.count }
  /// The ratio of `key` in the row.
  func ratio(_ key: HeadlineKey) -> Double? { self[key]?.ratio }
  /// The minutes of `key` in the row.
  func minutes(_ key: HeadlineKey) -> Int? { self[key]?.minutes }
}
