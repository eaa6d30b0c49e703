import ShegongIngest

/// One row of `station_anomalies` (SPEC §10): an active station whose services in a month are under
/// half or over twice its usual month's.
public struct StationAnomalyRow: Sendable, Equatable, FigureRow {
  /// `station_id`.
  public var stationId: String
  /// `name`.
  public var name: String
  /// `service_records`: the services attributed to the station in the month.
  public var serviceRecords: Int
  /// Twice `median_6m`, so that the mean of two middle values stays a whole number.
  public var doubledMedian: Int

  /// `median_6m`: the median of the station's monthly service records over the six months before
  /// the period in which it was active on the month's last day (exact: a whole or a half).
  public var median: Hundredths { Hundredths(doubledMedian * 50) }

  /// `ratio`: service records divided by the median.
  public var ratio: Double { Double(2 * serviceRecords) / Double(doubledMedian) }

  /// The month's service records; nil for any other key.
  public subscript(key: HeadlineKey) -> FigureValue? {
    key == .serviceRecords ? .count(serviceRecords) : nil
  }

  /// Whether this row comes before `other`: the lower ratio first (compared exactly), then
  /// `station_id` bytewise.
  func precedes(_ other: StationAnomalyRow) -> Bool {
    let mine = serviceRecords * other.doubledMedian
    let theirs = other.serviceRecords * doubledMedian
    if mine != theirs { return mine < theirs }
    return bytewiseLess(stationId, other.stationId)
  }
}
