import ShegongValidation

/// One row of `by_worker`: a worker who gave a service or led an activity in the period.
public struct WorkerRow: Sendable, Equatable, FigureRow {
  /// `worker_id`.
  public var workerId: String
  /// `name`, as given.
  public var name: String
  /// `role`.
  public var role: WorkerRole
  /// `station_id`: the worker's own station.
  public var stationId: String
  /// `service_records`: services the worker gave.
  public var serviceRecords: Int
  /// `home_visit_records`: those of type `home_visit`.
  public var homeVisitRecords: Int
  /// `activities_led`: activities the worker led.
  public var activitiesLed: Int
  /// `service_hours`, in minutes: durations of the worker's services.
  public var serviceMinutes: Int
  /// `activity_hours`, in minutes: durations of the activities the worker led.
  public var activityMinutes: Int
  /// `total_hours`, in minutes: service_hours + activity_hours.
  public var totalMinutes: Int
  /// `pay` in 元: nil when no rates are set or for a volunteer.
  public var pay: Hundredths?
  /// `warnings`: warning issues on the worker's services and led activities in the period.
  public var warnings: Int

  /// The worker's services and home visits.
  public subscript(key: HeadlineKey) -> FigureValue? {
    switch key {
    case .serviceRecords: .count(serviceRecords)
    case .homeVisitRecords: .count(homeVisitRecords)
    default: nil
    }
  }
}
