import ShegongAggregation

/// Small-cell suppression for a report that circulates outside the bureau (`--suppress-below N`,
/// SPEC §10): in the Markdown's station, township, category and disability tables, a count of
/// beneficiaries or households from 1 to N − 1 is written `<N`, and a ratio built on such a count
/// is written `—`.
public struct SmallCells: Sendable, Equatable {
  /// N: counts from 1 to N − 1 are hidden.
  public let threshold: Int

  /// Suppression below `threshold`, which must be at least 2; nil otherwise.
  public init?(below threshold: Int) {
    guard threshold >= 2 else { return nil }
    self.threshold = threshold
  }

  /// The text a hidden count is written as: `<5`.
  public var hiddenText: String { "<\(threshold)" }

  /// Whether `value` of `key` is hidden: a count of beneficiaries or households from 1 to N − 1.
  public func hides(_ key: HeadlineKey, _ value: FigureValue?) -> Bool {
    guard key.countsBeneficiaries, case .count(let count)? = value else { return false }
    return count >= 1 && count < threshold
  }

  /// What `row` shows for `key` instead of its value: `<N` for a hidden count, `—` for a ratio
  /// built on a hidden count; nil when the value is shown.
  public func replacement<Row: FigureRow>(for key: HeadlineKey, in row: Row) -> String? {
    if hides(key, row[key]) { return hiddenText }
    if key.ratioParts.contains(where: { hides($0, row[$0]) }) { return ReportFormat.missing }
    return nil
  }
}
