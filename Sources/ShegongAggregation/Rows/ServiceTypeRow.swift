import ShegongValidation

/// One row of `by_service_type`: a service type with its services in the period, by anyone.
public struct ServiceTypeRow: Sendable, Equatable {
  /// `service_type`.
  public var serviceType: ServiceType
  /// `records`: services of this type.
  public var records: Int
  /// `hours`, in minutes: their durations.
  public var minutes: Int
  /// `beneficiaries`: distinct beneficiaries who received one.
  public var beneficiaries: Int
}
