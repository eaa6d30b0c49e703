/// The register figures of one slice of the beneficiaries (the whole region, a station's, a
/// township's, a category's): who is registered on the last day, served, and overdue.
public struct RegisterCounts: Sendable, Equatable {
  /// Registered on the last day.
  public var registered = 0
  /// Registered on the last day and served in the span.
  public var registeredServed = 0
  /// Registered on the last day and overdue then (SPEC §6).
  public var overdue = 0

  /// Nobody yet.
  init() {}

  /// The register figure `key` of this slice; nil for any other key.
  public subscript(key: HeadlineKey) -> FigureValue? {
    switch key {
    case .beneficiariesRegistered: .count(registered)
    case .registeredServed: .count(registeredServed)
    case .serviceCoverage: .ratio(ratio(registeredServed, registered))
    case .overdueBeneficiaries: .count(overdue)
    default: nil
    }
  }

  /// Counts one registered beneficiary.
  @inline(__always)
  mutating func addRegistered(served: Bool, overdue isOverdue: Bool) {
    registered += 1
    if served { registeredServed += 1 }
    if isOverdue { overdue += 1 }
  }
}
