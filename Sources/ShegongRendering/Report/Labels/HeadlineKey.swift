import ShegongAggregation

/// A key of the headline blocks (SPEC §5), in the order of SPEC's headline table.
///
/// The raw value is the JSON key. Every key knows how it is measured (a count in some unit, a
/// ratio or hours), how to read its value from a ``Headline``, and, in each
/// ``ReportLanguage``, its name and a one-sentence definition.
public enum HeadlineKey: String, Sendable, CaseIterable {
  case townshipsTotal = "townships_total"
  case townshipsWithStation = "townships_with_station"
  case townshipStationCoverage = "township_station_coverage"
  case villagesTotal = "villages_total"
  case villagesWithStationOrPoint = "villages_with_station_or_point"
  case villageStationCoverage = "village_station_coverage"
  case villagesReached = "villages_reached"
  case stationsActive = "stations_active"
  case pointsActive = "points_active"
  case stationsReporting = "stations_reporting"
  case reportingRate = "reporting_rate"
  case postsPlanned = "posts_planned"
  case socialWorkersOnPost = "social_workers_on_post"
  case vacancies = "vacancies"
  case certifiedSocialWorkers = "certified_social_workers"
  case certifiedRatio = "certified_ratio"
  case volunteersRegistered = "volunteers_registered"
  case beneficiariesRegistered = "beneficiaries_registered"
  case householdsRegistered = "households_registered"
  case beneficiariesServed = "beneficiaries_served"
  case registeredServed = "registered_served"
  case serviceCoverage = "service_coverage"
  case householdsVisited = "households_visited"
  case householdVisits = "household_visits"
  case homeVisitRecords = "home_visit_records"
  case serviceRecords = "service_records"
  case activities = "activities"
  case groupSessions = "group_sessions"
  case communityActivities = "community_activities"
  case trainings = "trainings"
  case outreachEvents = "outreach_events"
  case activityParticipants = "activity_participants"
  case personTimes = "person_times"
  case casesNew = "cases_new"
  case casesClosed = "cases_closed"
  case casesOpenAtEnd = "cases_open_at_end"
  case serviceHours = "service_hours"
  case activityHours = "activity_hours"
  case socialWorkerHours = "social_worker_hours"
  case volunteerHours = "volunteer_hours"
  case hoursPerSocialWorker = "hours_per_social_worker"
  case overdueBeneficiaries = "overdue_beneficiaries"

  /// How a key is measured.
  public enum Measure: Sendable, Equatable {
    /// A whole number of something.
    case count
    /// A share between 0 and 1, shown as a percentage with one decimal.
    case ratio
    /// Hours with two decimals.
    case hours
  }

  /// How the key is measured.
  public var measure: Measure {
    switch self {
    case .townshipStationCoverage, .villageStationCoverage, .reportingRate, .certifiedRatio, .serviceCoverage:
      .ratio
    case .serviceHours, .activityHours, .socialWorkerHours, .volunteerHours, .hoursPerSocialWorker:
      .hours
    default:
      .count
    }
  }

  /// The unit of a count or of hours; nil for a ratio.
  public var unit: ReportUnit? {
    switch self {
    case .townshipsTotal, .townshipsWithStation, .villagesTotal, .villagesWithStationOrPoint, .villagesReached,
      .stationsActive, .pointsActive, .stationsReporting, .postsPlanned, .vacancies:
      .places
    case .socialWorkersOnPost, .certifiedSocialWorkers, .volunteersRegistered, .beneficiariesRegistered,
      .beneficiariesServed, .registeredServed, .casesNew, .casesClosed, .casesOpenAtEnd, .overdueBeneficiaries:
      .people
    case .householdsRegistered, .householdsVisited:
      .households
    case .householdVisits:
      .householdVisits
    case .homeVisitRecords, .serviceRecords, .activityParticipants, .personTimes:
      .personTimes
    case .activities, .groupSessions, .communityActivities, .trainings, .outreachEvents:
      .sessions
    case .serviceHours, .activityHours, .socialWorkerHours, .volunteerHours:
      .hours
    case .hoursPerSocialWorker:
      .hoursPerPerson
    case .townshipStationCoverage, .villageStationCoverage, .reportingRate, .certifiedRatio, .serviceCoverage:
      nil
    }
  }

  /// The key's name in `language`, such as `入户探访户数` or `Households visited`.
  public func name(_ language: ReportLanguage) -> String {
    switch language {
    case .chinese: chinese.name
    case .english: english.name
    }
  }

  /// The key's definition in `language`: one sentence, ending with a full stop.
  public func definition(_ language: ReportLanguage) -> String {
    switch language {
    case .chinese: chinese.definition
    case .english: english.definition
    }
  }

  /// The name followed by the unit in brackets, as a column or row title: `入户探访户数（户）`,
  /// `Service records (person-times)`.
  ///
  /// A ratio has no unit. English titles leave out a unit that the name already says
  /// (`Registered households`) and the plain count of places.
  public func title(_ language: ReportLanguage) -> String {
    guard let unit else { return name(language) }
    switch language {
    case .chinese:
      return "\(name(language))（\(unit.name(language))）"
    case .english:
      let name = name(language)
      let lowercased = name.lowercased()
      guard unit != .places, !lowercased.contains(unit.englishSingular) else { return name }
      return "\(name) (\(unit.name(language)))"
    }
  }
}
