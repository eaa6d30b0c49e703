/// One row of `trend`: the flows of one calendar month.
public struct TrendRow: Sendable, Equatable {
  /// `month`: the calendar month.
  public var month: Period
  /// `service_records`.
  public var serviceRecords: Int
  /// `households_visited`.
  public var householdsVisited: Int
  /// `home_visit_records`.
  public var homeVisitRecords: Int
  /// `activities`.
  public var activities: Int
  /// `activity_participants`.
  public var activityParticipants: Int
  /// `person_times`.
  public var personTimes: Int
  /// `beneficiaries_served`.
  public var beneficiariesServed: Int
  /// `social_worker_hours`, in minutes.
  public var socialWorkerMinutes: Int
  /// `volunteer_hours`, in minutes.
  public var volunteerMinutes: Int
}
