/// How a figure moved between two periods, as every report states it (SPEC §7): counts and hours
/// by their relative change, ratios by the difference in percentage points.
public enum FigureChange: Sendable, Equatable {
  /// `(this − other) / other` of a count or of hours: 0.25 is +25 %.
  case relative(Double)
  /// `this − other` of two ratios, in percentage points: 27.7 % → 28.3 % is +0.6.
  case points(Double)
}

extension HeadlineKey {
  /// The change of this key from `other` (the previous or year-ago period's value) to `current`:
  /// in percentage points for a ratio (keys ending in `coverage`, `rate`, `ratio`), else relative;
  /// nil when it cannot be computed (either value undefined, or a count or hours from 0).
  ///
  /// The one rule the workbook's 汇总 sheet and the Markdown summary both show.
  public func change(from other: FigureValue, to current: FigureValue) -> FigureChange? {
    guard changesInPoints else { return FigureValue.change(from: other, to: current).map(FigureChange.relative) }
    guard case .ratio(let before?) = other, case .ratio(let now?) = current else { return nil }
    return .points((now - before) * 100)
  }

  /// Whether the key's changes are differences in percentage points (a ratio) rather than relative
  /// changes (a count or hours).
  public var changesInPoints: Bool { measure == .ratio }
}
