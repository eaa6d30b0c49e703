/// One row of `by_township`: a township with the figures of the beneficiaries living in it.
public struct TownshipRow: Sendable, Equatable {
  /// `area_code`.
  public var areaCode: String
  /// `name`.
  public var name: String
  /// `has_station`: an open station of type `station` lies in the township.
  public var hasStation: Bool
  /// `villages_total`: villages whose parent is this township.
  public var villagesTotal: Int
  /// `villages_with_station_or_point`: those of them hosting an open station or point.
  public var villagesWithStationOrPoint: Int
  /// `beneficiaries_registered`: beneficiaries of the township registered on the last day.
  public var beneficiariesRegistered: Int
  /// `registered_served`: those of them served in the period.
  public var registeredServed: Int
  /// `service_coverage`: registered_served / beneficiaries_registered.
  public var serviceCoverage: Double?
  /// `households_visited`: distinct households of the township's beneficiaries with a `home_visit`.
  public var householdsVisited: Int
  /// `service_records`: services to the township's beneficiaries, whoever gave them.
  public var serviceRecords: Int
  /// `overdue_beneficiaries`: the township's beneficiaries overdue as of the last day.
  public var overdueBeneficiaries: Int
}
