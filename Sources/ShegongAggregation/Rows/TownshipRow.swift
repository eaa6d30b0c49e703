/// One row of `by_township`: a township with the figures of the beneficiaries living in it.
public struct TownshipRow: Sendable, Equatable, FigureRow {
  /// `area_code`.
  public var areaCode: String
  /// `name`.
  public var name: String
  /// `has_station`: an open station of type `station` lies in the township.
  public var hasStation: Bool
  /// The villages whose parent is this township, and those of them hosting an open station or point.
  public var villages: VillageCounts
  /// The township's beneficiaries: registered on the last day, served in the period, overdue.
  public var register: RegisterCounts
  /// The services to the township's beneficiaries, whoever gave them, and the households visited.
  public var flows: FlowCounts

  /// The township's villages, register figures, services and households visited.
  public subscript(key: HeadlineKey) -> FigureValue? {
    switch key {
    case .villagesTotal, .villagesWithStationOrPoint, .villageStationCoverage: villages[key]
    case .householdsVisited, .serviceRecords: flows[key]
    default: register[key]
    }
  }
}
