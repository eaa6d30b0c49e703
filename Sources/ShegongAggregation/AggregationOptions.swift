/// Choices that change what the figures show, or how they are computed, but not what they count.
public struct AggregationOptions: Sendable, Equatable {
  /// Whether beneficiaries' names appear in full in `overdue` (SPEC §2 `--unmasked`); masked by default.
  public var unmasked: Bool
  /// How many threads count the services; nil chooses one per processor for large inputs.
  /// The figures are the same whatever the number.
  public var threads: Int?

  /// Creates options; by default names are masked and the thread count is automatic.
  public init(unmasked: Bool = false, threads: Int? = nil) {
    self.unmasked = unmasked
    self.threads = threads.map { max(1, $0) }
  }
}
