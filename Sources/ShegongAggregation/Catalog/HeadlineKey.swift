import ShegongValidation

/// The one list of headline keys (SPEC §5), in the order of SPEC's headline table.
///
/// The raw value is the JSON key. Every key knows how it is measured (a count in some unit, a
/// ratio or hours), its unit, and, in Chinese and English, its name and a one-sentence
/// definition. The metrics JSON, the workbook's 汇总 and 指标说明 sheets and the Markdown
/// report's summary and definitions all list the keys in this order; a table column that shows
/// a headline figure restricted to its row takes its key, name and unit from here.
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
  case beneficiariesDue = "beneficiaries_due"
  case visitOnTimeRate = "visit_on_time_rate"

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
    case .townshipStationCoverage, .villageStationCoverage, .reportingRate, .certifiedRatio, .serviceCoverage,
      .visitOnTimeRate:
      .ratio
    case .serviceHours, .activityHours, .socialWorkerHours, .volunteerHours, .hoursPerSocialWorker:
      .hours
    default:
      .count
    }
  }

  /// The value of the key before anything is counted: 0, or undefined for a ratio and for
  /// hours per social worker.
  public var zero: FigureValue {
    switch measure {
    case .count: .count(0)
    case .ratio: .ratio(nil)
    case .hours: self == .hoursPerSocialWorker ? .hundredths(nil) : .minutes(0)
    }
  }

  /// The unit of a count or of hours; nil for a ratio.
  public var unit: FigureUnit? {
    switch self {
    case .townshipsTotal, .townshipsWithStation, .villagesTotal, .villagesWithStationOrPoint, .villagesReached,
      .stationsActive, .pointsActive, .stationsReporting, .postsPlanned, .vacancies:
      .places
    case .socialWorkersOnPost, .certifiedSocialWorkers, .volunteersRegistered, .beneficiariesRegistered,
      .beneficiariesServed, .registeredServed, .casesNew, .casesClosed, .casesOpenAtEnd, .overdueBeneficiaries,
      .beneficiariesDue:
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
    case .townshipStationCoverage, .villageStationCoverage, .reportingRate, .certifiedRatio, .serviceCoverage,
      .visitOnTimeRate:
      nil
    }
  }

  /// The key's name, such as `入户探访户数` or `Households visited`.
  public var name: Bilingual { Bilingual(chinese.name, english.name) }

  /// The key's definition: one sentence, ending with a full stop.
  public var definition: Bilingual { Bilingual(chinese.definition, english.definition) }

  /// The unit's name, or `%` for a ratio.
  public var unitName: Bilingual { unit?.name ?? Bilingual("%", "%") }

  /// The name followed by the unit in brackets, as a column or row title: `入户探访户数（户）`,
  /// `Service records (person-times)`.
  ///
  /// A ratio has no unit. English titles leave out a unit that the name already says
  /// (`Registered households`) and the plain count of places.
  public var title: Bilingual {
    Self.titles[self] ?? composedTitle
  }

  /// Every key's ``title``, composed once: a province's feedback workbooks read thousands of them.
  private static let titles = Dictionary(uniqueKeysWithValues: allCases.map { ($0, $0.composedTitle) })

  /// The ``title``, composed from the name and the unit.
  private var composedTitle: Bilingual {
    guard let unit else { return name }
    let english = name.english
    let saysUnit = unit == .places || english.lowercased().contains(unit.englishSingular)
    return Bilingual("\(name.chinese)（\(unit.name.chinese)）", saysUnit ? english : "\(english) (\(unit.name.english))")
  }
}
