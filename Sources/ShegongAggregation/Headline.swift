/// The headline figures of one span of days (SPEC §5), in the order of SPEC's headline table.
///
/// Stocks are taken on the span's last day, flows count rows dated in the span. Hours are kept
/// as whole minutes (`…Minutes`); reports show them as hours with `Hundredths.hours(minutes:)`.
/// A ratio is nil when its denominator is 0.
public struct Headline: Sendable, Equatable {
  /// `townships_total`: areas of level township.
  public var townshipsTotal = 0
  /// `townships_with_station`: townships with an open station of type `station` in them.
  public var townshipsWithStation = 0
  /// `township_station_coverage`: townships_with_station / townships_total.
  public var townshipStationCoverage: Double?
  /// `villages_total`: areas of level village.
  public var villagesTotal = 0
  /// `villages_with_station_or_point`: villages whose own area hosts an open station or point.
  public var villagesWithStationOrPoint = 0
  /// `village_station_coverage`: villages_with_station_or_point / villages_total.
  public var villageStationCoverage: Double?
  /// `villages_reached`: villages that are the area of a beneficiary served in the span.
  public var villagesReached = 0
  /// `stations_active`: open stations of type `station`.
  public var stationsActive = 0
  /// `points_active`: open stations of type `point`.
  public var pointsActive = 0
  /// `stations_reporting`: active stations and points with a service or activity in the span.
  public var stationsReporting = 0
  /// `reporting_rate`: stations_reporting / (stations_active + points_active).
  public var reportingRate: Double?
  /// `posts_planned`: Σ posts_planned over active stations and points.
  public var postsPlanned = 0
  /// `social_workers_on_post`: social workers employed on the last day.
  public var socialWorkersOnPost = 0
  /// `vacancies`: Σ over active stations and points of max(0, posts − their social workers on post).
  public var vacancies = 0
  /// `certified_social_workers`: social workers on post who are certified.
  public var certifiedSocialWorkers = 0
  /// `certified_ratio`: certified_social_workers / social_workers_on_post.
  public var certifiedRatio: Double?
  /// `volunteers_registered`: volunteers active on the last day.
  public var volunteersRegistered = 0
  /// `beneficiaries_registered`: beneficiaries registered on the last day.
  public var beneficiariesRegistered = 0
  /// `households_registered`: distinct households among them.
  public var householdsRegistered = 0
  /// `beneficiaries_served`: distinct beneficiaries with a service, or an attendance at an activity, in the span.
  public var beneficiariesServed = 0
  /// `registered_served`: registered beneficiaries who were also served.
  public var registeredServed = 0
  /// `service_coverage`: registered_served / beneficiaries_registered.
  public var serviceCoverage: Double?
  /// `households_visited`: distinct households of beneficiaries with a `home_visit` in the span (户).
  public var householdsVisited = 0
  /// `household_visits`: distinct (household, date) pairs of `home_visit` services in the span (户次).
  public var householdVisits = 0
  /// `home_visit_records`: `home_visit` services in the span.
  public var homeVisitRecords = 0
  /// `service_records`: services in the span (人次).
  public var serviceRecords = 0
  /// `activities`: activities in the span (场次).
  public var activities = 0
  /// `group_sessions`: activities of kind `group`.
  public var groupSessions = 0
  /// `community_activities`: activities of kind `community`.
  public var communityActivities = 0
  /// `trainings`: activities of kind `training`.
  public var trainings = 0
  /// `outreach_events`: activities of kind `outreach`.
  public var outreachEvents = 0
  /// `activity_participants`: Σ participants of activities in the span (人次).
  public var activityParticipants = 0
  /// `person_times`: service_records + activity_participants (惠及人次).
  public var personTimes = 0
  /// `cases_new`: distinct beneficiaries with a `case_work` service at stage new in the span.
  public var casesNew = 0
  /// `cases_closed`: distinct beneficiaries with a `case_work` service at stage close in the span.
  public var casesClosed = 0
  /// `cases_open_at_end`: distinct beneficiaries whose latest `case_work` service up to the last day is new or follow.
  public var casesOpenAtEnd = 0
  /// `service_hours`, in minutes: durations of services in the span given by social workers.
  public var serviceMinutes = 0
  /// `activity_hours`, in minutes: durations of activities in the span led by a social worker.
  public var activityMinutes = 0
  /// `social_worker_hours`, in minutes: service_hours + activity_hours.
  public var socialWorkerMinutes = 0
  /// `volunteer_hours`, in minutes: services given by volunteers plus activities' volunteer hours.
  public var volunteerMinutes = 0
  /// `hours_per_social_worker`: social_worker_hours / social_workers_on_post, in hours to two places.
  public var hoursPerSocialWorker: Hundredths?
  /// `overdue_beneficiaries`: registered beneficiaries overdue for a visit as of the last day (SPEC §6).
  public var overdueBeneficiaries = 0

  /// Creates a headline with every count 0 and every ratio nil.
  public init() {}
}
