import ShegongValidation

/// The row counters of one block of flows.
struct BlockCounters {
  /// Services in the block.
  var serviceRecords = 0
  /// `home_visit` services.
  var homeVisitRecords = 0
  /// Minutes of services given by social workers.
  var socialWorkerServiceMinutes = 0
  /// Minutes of services given by volunteers.
  var volunteerServiceMinutes = 0
  /// Activities, by `ActivityKind.rawValue`.
  var activitiesByKind = [Int](repeating: 0, count: ActivityKind.allCases.count)
  /// Σ participants of activities.
  var activityParticipants = 0
  /// Minutes of activities led by a social worker.
  var socialWorkerActivityMinutes = 0
  /// Σ `volunteer_hours` of activities, in minutes.
  var activityVolunteerMinutes = 0

  /// All activities, whatever their kind.
  var activities: Int { activitiesByKind.reduce(0, +) }

  /// Adds the counts of `other`.
  mutating func add(_ other: BlockCounters) {
    serviceRecords += other.serviceRecords
    homeVisitRecords += other.homeVisitRecords
    socialWorkerServiceMinutes += other.socialWorkerServiceMinutes
    volunteerServiceMinutes += other.volunteerServiceMinutes
    for kind in activitiesByKind.indices { activitiesByKind[kind] += other.activitiesByKind[kind] }
    activityParticipants += other.activityParticipants
    socialWorkerActivityMinutes += other.socialWorkerActivityMinutes
    activityVolunteerMinutes += other.activityVolunteerMinutes
  }
}

/// The row counters of one month of the trend.
struct MonthCounters {
  var serviceRecords = 0
  var homeVisitRecords = 0
  var socialWorkerMinutes = 0
  var volunteerMinutes = 0
  var activities = 0
  var activityParticipants = 0

  /// Adds the counts of `other`.
  mutating func add(_ other: MonthCounters) {
    serviceRecords += other.serviceRecords
    homeVisitRecords += other.homeVisitRecords
    socialWorkerMinutes += other.socialWorkerMinutes
    volunteerMinutes += other.volunteerMinutes
    activities += other.activities
    activityParticipants += other.activityParticipants
  }
}
