/// The register figures of one slice of the beneficiaries (the whole region, a station's, a
/// township's, a category's): who is registered on the last day, served, due a visit, and overdue.
public struct RegisterCounts: Sendable, Equatable {
  /// Registered on the last day.
  public var registered = 0
  /// Registered on the last day and served in the span.
  public var registeredServed = 0
  /// Registered on the last day and overdue then (SPEC §6).
  public var overdue = 0
  /// Registered on the last day and having a visit interval (SPEC §6): those who can be overdue.
  public var due = 0

  /// Nobody yet.
  init() {}

  /// The register figure `key` of this slice; nil for any other key.
  public subscript(key: HeadlineKey) -> FigureValue? {
    switch key {
    case .beneficiariesRegistered: .count(registered)
    case .registeredServed: .count(registeredServed)
    case .serviceCoverage: .ratio(ratio(registeredServed, registered))
    case .overdueBeneficiaries: .count(overdue)
    case .beneficiariesDue: .count(due)
    case .visitOnTimeRate: .ratio(ratio(due - overdue, due))
    default: nil
    }
  }

  /// Counts one registered beneficiary: `due` when they have a visit interval, `overdue` when they
  /// are overdue (which only someone due can be).
  @inline(__always)
  mutating func addRegistered(served: Bool, due isDue: Bool, overdue isOverdue: Bool) {
    registered += 1
    if served { registeredServed += 1 }
    if isDue { due += 1 }
    if isOverdue { overdue += 1 }
  }

  /// Adds the counts of `other`, a slice of different people.
  @inline(__always)
  mutating func add(_ other: RegisterCounts) {
    registered += other.registered
    registeredServed += other.registeredServed
    due += other.due
    overdue += other.overdue
  }
}
