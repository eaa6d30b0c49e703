import ShegongValidation

/// One row of `by_station`: a station or point, active or not, with its figures in the period.
///
/// Register figures count the beneficiaries whose `station_id` is this station; flows count the
/// services and activities attributed to it (SPEC §5 attribution).
public struct StationRow: Sendable, Equatable, FigureRow {
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
  /// The beneficiaries of this station: registered on the last day, served in the period (by
  /// anyone), overdue.
  public var register: RegisterCounts
  /// The services and activities attributed to the station, with the households they visited.
  public var flows: FlowCounts
  /// `reporting`: active, with a service or activity attributed to it in the period.
  public var reporting: Bool

  /// The station's stocks, register figures and flows.
  public subscript(key: HeadlineKey) -> FigureValue? {
    switch key {
    case .postsPlanned: .count(postsPlanned)
    case .socialWorkersOnPost: .count(socialWorkersOnPost)
    case .vacancies: .count(vacancies)
    case .householdsVisited, .serviceRecords, .activities, .activityParticipants, .personTimes, .socialWorkerHours,
      .volunteerHours:
      flows[key]
    default: register[key]
    }
  }
}
