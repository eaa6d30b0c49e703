/// One row of `by_category`: a beneficiary category, or one of the three groups of 一老一少一困.
public struct CategoryRow: Sendable, Equatable {
  /// `category`: the category's code, or the group's code (`elderly`, `children`, `hardship`).
  public var code: String
  /// `label`: the Chinese label.
  public var label: String
  /// The English label.
  public var englishLabel: String
  /// `group`: whether the row is a group of categories.
  public var isGroup: Bool
  /// `beneficiaries_registered`: registered on the last day and in the category (a group counts a person once).
  public var beneficiariesRegistered: Int
  /// `registered_served`: those of them served in the period.
  public var registeredServed: Int
  /// `service_coverage`: registered_served / beneficiaries_registered.
  public var serviceCoverage: Double?
  /// `service_records`: services in the period to beneficiaries in the category.
  public var serviceRecords: Int
  /// `overdue_beneficiaries`: registered beneficiaries in the category overdue as of the last day.
  public var overdueBeneficiaries: Int
}
