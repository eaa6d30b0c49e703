/// One row of `by_township`: a township with the figures of the beneficiaries living in it.
public struct TownshipRow: Sendable, Equatable, FigureRow {
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
  /// The township's beneficiaries: registered on the last day, served in the period, overdue.
  public var register: RegisterCounts
  /// The services to the township's beneficiaries, whoever gave them, and the households visited.
  public var flows: FlowCounts

  /// The township's villages, register figures, services and households visited.
  public subscript(key: HeadlineKey) -> FigureValue? {
    switch key {
    case .villagesTotal: .count(villagesTotal)
    case .villagesWithStationOrPoint: .count(villagesWithStationOrPoint)
    case .villageStationCoverage: .ratio(ratio(villagesWithStationOrPoint, villagesTotal))
    case .householdsVisited, .serviceRecords: flows[key]
    default: register[key]
    }
  }
}
