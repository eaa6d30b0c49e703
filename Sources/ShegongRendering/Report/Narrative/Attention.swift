import ShegongAggregation
import ShegongIngest

/// Which stations the narrative names as needing attention (SPEC §10).
public enum Attention {
  /// How many lowest-coverage stations are named.
  public static let lowestCoverageCount = 3
  /// The fewest registered beneficiaries a station needs for its coverage to be compared.
  public static let lowestCoverageFloor = 20
  /// The most stations a list in words names before `等N个`.
  public static let namedAtMost = 10

  /// The active stations and points with the lowest `service_coverage` among those with at least
  /// ``lowestCoverageFloor`` registered beneficiaries, lowest first, ties by `station_id`
  /// bytewise; at most ``lowestCoverageCount``. Coverages are compared exactly (served ×
  /// registered crosswise), not as rounded percentages.
  public static func lowestCoverage(_ stations: [StationRow]) -> [StationRow] {
    let candidates = stations.filter { $0.active && $0.register.registered >= lowestCoverageFloor }
    let sorted = candidates.sorted { a, b in
      let left = a.register.registeredServed * b.register.registered
      let right = b.register.registeredServed * a.register.registered
      if left != right { return left < right }
      return bytewiseLess(a.stationId, b.stationId)
    }
    return Array(sorted.prefix(lowestCoverageCount))
  }
}
