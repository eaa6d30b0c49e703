/// Choices that change what the figures show but not how they are counted.
public struct AggregationOptions: Sendable, Equatable {
  /// Whether beneficiaries' names appear in full in `overdue` (SPEC §2 `--unmasked`); masked by default.
  public var unmasked: Bool

  /// Creates options; by default names are masked.
  public init(unmasked: Bool = false) {
    self.unmasked = unmasked
  }
}
