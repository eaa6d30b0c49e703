import ShegongValidation

/// Every figure of a report (SPEC §5): the headline blocks and the tables of one period.
public struct Figures: Sendable, Equatable {
  /// The period reported.
  public var period: Period
  /// The period of the same kind just before it.
  public var previousPeriod: Period
  /// The period of the same kind one year earlier.
  public var yearAgoPeriod: Period
  /// The day the run treated as today.
  public var asOf: Day
  /// The area the report covers (`policy.json` `region`).
  public var region: Region
  /// `metrics`: the headline figures of the period.
  public var metrics: Headline
  /// `previous`: the headline figures of the previous period.
  public var previous: Headline
  /// `year_ago`: the headline figures of the year-ago period, computed as if it were the period.
  public var yearAgo: Headline
  /// `ytd`: the headline figures of 1 January of the period's year through the period's end.
  public var ytd: Headline
  /// `by_station`: every station and point, by `station_id`.
  public var byStation: [StationRow]
  /// `by_township`: every township, by `area_code`.
  public var byTownship: [TownshipRow]
  /// `by_category`: the 13 categories in the order of SPEC §3, then the three groups.
  public var byCategory: [CategoryRow]
  /// `by_disability`: the seven disability types, then the four ledger colours.
  public var byDisability: [DisabilityRow]
  /// `by_service_type`: all nine service types, zero rows included.
  public var byServiceType: [ServiceTypeRow]
  /// `by_activity_group`: all five target groups.
  public var byActivityGroup: [ActivityGroupRow]
  /// `by_worker`: workers with a service or led activity in the period, by `worker_id`.
  public var byWorker: [WorkerRow]
  /// `trend`: one row per month from January of the period's year through its last month.
  public var trend: [TrendRow]
  /// `overdue`: overdue beneficiaries, longest since contact first (never contacted before all).
  public var overdue: OverdueRows
  /// `non_reporting_stations`: active stations and points with no service or activity, by `station_id`.
  public var nonReportingStations: [NonReportingStationRow]
  /// `station_anomalies`: for a month, active stations whose services are under half or over twice
  /// their usual month's, lowest ratio first; empty for other periods.
  public var stationAnomalies: [StationAnomalyRow]
  /// `data_quality`.
  public var dataQuality: DataQuality
}
