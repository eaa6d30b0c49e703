import ShegongValidation

/// The flows of one slice of a span (the whole region, a station, a township, a month, a
/// category), from which every flow figure of SPEC §5 is read the same way whatever the slice.
///
/// The row counters are added to row by row; the distinct counts (households visited, people
/// served) are set once the rows are counted.
public struct FlowCounts: Sendable, Equatable {
  /// Services.
  public var serviceRecords = 0
  /// `home_visit` services.
  public var homeVisitRecords = 0
  /// Minutes of services given by social workers.
  public var socialWorkerServiceMinutes = 0
  /// Minutes of services given by volunteers.
  public var volunteerServiceMinutes = 0
  /// Activities of kind `group`.
  public var groupSessions = 0
  /// Activities of kind `community`.
  public var communityActivities = 0
  /// Activities of kind `training`.
  public var trainings = 0
  /// Activities of kind `outreach`.
  public var outreachEvents = 0
  /// Σ participants of activities.
  public var activityParticipants = 0
  /// Minutes of activities led by a social worker.
  public var socialWorkerActivityMinutes = 0
  /// Σ `volunteer_hours` of activities, in minutes.
  public var activityVolunteerMinutes = 0
  /// Distinct households of beneficiaries with a `home_visit` (户).
  public var householdsVisited = 0
  /// Distinct (household, date) pairs of `home_visit` services (户次).
  public var householdVisits = 0
  /// Distinct beneficiaries with a service or an attendance at an activity.
  public var beneficiariesServed = 0
  /// Villages that are the area of a beneficiary served.
  public var villagesReached = 0
  /// Distinct beneficiaries with a `case_work` service at stage new.
  public var casesNew = 0
  /// Distinct beneficiaries with a `case_work` service at stage close.
  public var casesClosed = 0

  /// No flows.
  init() {}

  /// All activities, whatever their kind.
  public var activities: Int { groupSessions + communityActivities + trainings + outreachEvents }

  /// The flow figure `key` of this slice; nil for a key that is not a flow (a stock, a ratio of
  /// stocks, a register figure).
  public subscript(key: HeadlineKey) -> FigureValue? {
    switch key {
    case .villagesReached: .count(villagesReached)
    case .beneficiariesServed: .count(beneficiariesServed)
    case .householdsVisited: .count(householdsVisited)
    case .householdVisits: .count(householdVisits)
    case .homeVisitRecords: .count(homeVisitRecords)
    case .serviceRecords: .count(serviceRecords)
    case .activities: .count(activities)
    case .groupSessions: .count(groupSessions)
    case .communityActivities: .count(communityActivities)
    case .trainings: .count(trainings)
    case .outreachEvents: .count(outreachEvents)
    case .activityParticipants: .count(activityParticipants)
    case .personTimes: .count(serviceRecords + activityParticipants)
    case .casesNew: .count(casesNew)
    case .casesClosed: .count(casesClosed)
    case .serviceHours: .minutes(socialWorkerServiceMinutes)
    case .activityHours: .minutes(socialWorkerActivityMinutes)
    case .socialWorkerHours: .minutes(socialWorkerMinutes)
    case .volunteerHours: .minutes(volunteerServiceMinutes + activityVolunteerMinutes)
    default: nil
    }
  }

  /// `social_worker_hours` in minutes: their services and the activities they led.
  var socialWorkerMinutes: Int { socialWorkerServiceMinutes + socialWorkerActivityMinutes }

  /// Counts one service; `isHomeVisit` for a `home_visit`.
  @inline(__always)
  mutating func addService(minutes: Int, bySocialWorker: Bool, isHomeVisit: Bool) {
    serviceRecords += 1
    if bySocialWorker {
      socialWorkerServiceMinutes += minutes
    } else {
      volunteerServiceMinutes += minutes
    }
    if isHomeVisit { homeVisitRecords += 1 }
  }

  /// Counts one activity.
  @inline(__always)
  mutating func addActivity(
    kind: ActivityKind, participants: Int, minutes: Int, volunteerMinutes: Int, bySocialWorker: Bool
  ) {
    switch kind {
    case .group: groupSessions += 1
    case .community: communityActivities += 1
    case .training: trainings += 1
    case .outreach: outreachEvents += 1
    }
    activityParticipants += participants
    if bySocialWorker { socialWorkerActivityMinutes += minutes }
    activityVolunteerMinutes += volunteerMinutes
  }

  /// Adds the row counters of `other` (the distinct counts cannot be added and are left alone).
  mutating func add(_ other: FlowCounts) {
    serviceRecords += other.serviceRecords
    homeVisitRecords += other.homeVisitRecords
    socialWorkerServiceMinutes += other.socialWorkerServiceMinutes
    volunteerServiceMinutes += other.volunteerServiceMinutes
    groupSessions += other.groupSessions
    communityActivities += other.communityActivities
    trainings += other.trainings
    outreachEvents += other.outreachEvents
    activityParticipants += other.activityParticipants
    socialWorkerActivityMinutes += other.socialWorkerActivityMinutes
    activityVolunteerMinutes += other.activityVolunteerMinutes
  }
}

extension [FlowCounts] {
  /// Sets each slice's `households_visited`: the distinct households among its home visits,
  /// given as (slice, household) pairs. The one way every slice counts households visited.
  mutating func countHouseholdsVisited(_ visits: DistinctPairs) {
    for (slice, households) in visits.counts().enumerated() { self[slice].householdsVisited = households }
  }

  /// Adds `other`'s row counters slice by slice.
  mutating func add(_ other: [FlowCounts]) {
    for slice in indices { self[slice].add(other[slice]) }
  }
}
