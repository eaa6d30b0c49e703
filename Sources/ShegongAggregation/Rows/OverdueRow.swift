import ShegongValidation

/// One row of `overdue`: a registered beneficiary overdue for a visit as of the period's last day (SPEC §6).
public struct OverdueRow: Sendable, Equatable {
  /// `beneficiary_id`.
  public var beneficiaryId: String
  /// `name`: masked (`张*倩`) unless the figures were computed unmasked.
  public var name: String
  /// `station_id`: the beneficiary's station.
  public var stationId: String
  /// The name of the beneficiary's station.
  public var stationName: String
  /// `area_code`: the beneficiary's area.
  public var areaCode: String
  /// `categories`: the beneficiary's categories, in the order of SPEC §3.
  public var categories: [Category]
  /// `interval_days`: the smallest visit interval among the categories.
  public var intervalDays: Int
  /// `last_contact`: the latest contact up to the last day, or nil when never contacted.
  public var lastContact: Day?
  /// `days_since`: last day − last_contact, or nil when never contacted.
  public var daysSince: Int?
}
