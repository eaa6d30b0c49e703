import ShegongValidation

/// One row of `non_reporting_stations`: an active station or point with no service or activity in the period.
public struct NonReportingStationRow: Sendable, Equatable {
  /// `station_id`.
  public var stationId: String
  /// `name`.
  public var name: String
  /// `type`.
  public var type: StationType
  /// `township`: the code of the station's township.
  public var townshipCode: String
  /// The name of the station's township.
  public var townshipName: String
}
