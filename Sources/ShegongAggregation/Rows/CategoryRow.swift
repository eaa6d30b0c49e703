import ShegongValidation

/// One row of `by_category`: a beneficiary category, or one of the three groups of 一老一少一困.
public struct CategoryRow: Sendable, Equatable, FigureRow {
  /// `category`: the category's code, or the group's code (`elderly`, `children`, `hardship`).
  public var code: String
  /// `label`: the category's or group's name.
  public var label: Bilingual
  /// `group`: whether the row is a group of categories.
  public var isGroup: Bool
  /// The registered beneficiaries in the category (a group counts a person once), served and overdue.
  public var register: RegisterCounts
  /// `service_records`: services in the period to beneficiaries in the category.
  public var serviceRecords: Int

  /// The category's register figures and services.
  public subscript(key: HeadlineKey) -> FigureValue? {
    key == .serviceRecords ? .count(serviceRecords) : register[key]
  }
}
