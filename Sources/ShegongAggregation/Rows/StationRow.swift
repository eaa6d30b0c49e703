import ShegongValidation

/// One row of `by_station`: a station or point, active or not, with its figures in the period.
///
/// Register figures count the beneficiaries whose `station_id` is this station; flows count the
/// services and activities attributed to it (SPEC §5 attribution).
public struct StationRow: Sendable, Equatable {
  /// `station_id`.
  public var stationId: String
  /// `name`.
  public var name: String
  /// `type`.
  public var type: StationType
  /// `area_code`: the station's own area.
  public var areaCode: String
  /// `township`: the code of the station's township.
  public var townshipCode: String
  /// `township_name`.
  public var townshipName: String
  /// `active`: open on the period's last day.
  public var active: Bool
  /// `posts_planned`: the station's planned posts when it is active, else 0 (the headline sum covers active ones).
  public var postsPlanned: Int
  /// `social_workers_on_post`: social workers of this station employed on the last day.
  public var socialWorkersOnPost: Int
  /// `vacancies`: max(0, posts_planned − social_workers_on_post) when active, else 0.
  public var vacancies: Int
  /// `beneficiaries_registered`: beneficiaries of this station registered on the last day.
  public var beneficiariesRegistered: Int
  /// `registered_served`: those of them served in the period, by anyone.
  public var registeredServed: Int
  /// `service_coverage`: registered_served / beneficiaries_registered.
  public var serviceCoverage: Double?
  /// `households_visited`: distinct households visited by `home_visit` services attributed to the station.
  public var householdsVisited: Int
  /// `service_records`: services attributed to the station.
  public var serviceRecords: Int
  /// `activities`: activities of the station.
  public var activities: Int
  /// `activity_participants`: Σ participants of those activities.
  public var activityParticipants: Int
  /// `person_times`: service_records + activity_participants.
  public var personTimes: Int
  /// `social_worker_hours`, in minutes.
  public var socialWorkerMinutes: Int
  /// `volunteer_hours`, in minutes.
  public var volunteerMinutes: Int
  /// `reporting`: active, with a service or activity attributed to it in the period.
  public var reporting: Bool
  /// `overdue_beneficiaries`: beneficiaries of this station overdue as of the last day.
  public var overdueBeneficiaries: Int
}
