/// The villages of one slice of the areas (the whole region, a township) and those hosting an
/// open station or point.
public struct VillageCounts: Sendable, Equatable {
  /// Villages.
  public var villages = 0
  /// Villages whose own area code hosts an open station or point.
  public var withStation = 0

  /// No villages.
  init() {}

  /// The village figure `key` of this slice; nil for any other key.
  public subscript(key: HeadlineKey) -> FigureValue? {
    switch key {
    case .villagesTotal: .count(villages)
    case .villagesWithStationOrPoint: .count(withStation)
    case .villageStationCoverage: .ratio(ratio(withStation, villages))
    default: nil
    }
  }

  /// Counts one village.
  mutating func addVillage(hostsStation: Bool) {
    villages += 1
    if hostsStation { withStation += 1 }
  }
}
