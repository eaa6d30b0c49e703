import ShegongValidation

/// The unit a count or an amount of time is given in.
public enum FigureUnit: Sendable, CaseIterable {
  /// 个: townships, villages, stations, posts.
  case places
  /// 人: people.
  case people
  /// 户: households.
  case households
  /// 户次: household visits (a household on a day).
  case householdVisits
  /// 人次: person-times (each service or participation counts once).
  case personTimes
  /// 场: activities.
  case sessions
  /// 小时: hours.
  case hours
  /// 小时/人: hours per person.
  case hoursPerPerson

  /// The unit's short name: `户次`, `household visits`.
  public var name: Bilingual { Bilingual(chineseName, englishName) }

  /// The English unit in the singular, as a name that already states the unit would use it.
  var englishSingular: String {
    switch self {
    case .places: "count"
    case .people: "people"
    case .households: "household"
    case .householdVisits: "household visit"
    case .personTimes: "person-times"
    case .sessions: "session"
    case .hours: "hours"
    case .hoursPerPerson: "hours per person"
    }
  }

  private var chineseName: String {
    switch self {
    case .places: "个"
    case .people: "人"
    case .households: "户"
    case .householdVisits: "户次"
    case .personTimes: "人次"
    case .sessions: "场"
    case .hours: "小时"
    case .hoursPerPerson: "小时/人"
    }
  }

  private var englishName: String {
    switch self {
    case .places: "count"
    case .people: "people"
    case .households: "households"
    case .householdVisits: "household visits"
    case .personTimes: "person-times"
    case .sessions: "sessions"
    case .hours: "hours"
    case .hoursPerPerson: "hours per person"
    }
  }
}
