import ShegongValidation

/// Per worker: what they did in one span, and the per-type sums their pay is computed from.
struct WorkerFlows {
  /// Per worker: services given.
  var services: [Int]
  /// Per worker: `home_visit` services given.
  var homeVisits: [Int]
  /// Per worker: activities led.
  var activitiesLed: [Int]
  /// Per worker: minutes of services given.
  var serviceMinutes: [Int]
  /// Per worker: minutes of activities led.
  var activityMinutes: [Int]
  /// Per worker: warning issues on those services and activities.
  var warnings: [Int]
  /// Per worker and service type (`worker * typeCount + type`): services given.
  var typeRecords: [Int]
  /// Per worker and service type: minutes of services given.
  var typeMinutes: [Int]

  private static let typeCount = ServiceType.allCases.count

  init(workerCount: Int) {
    services = [Int](repeating: 0, count: workerCount)
    homeVisits = services
    activitiesLed = services
    serviceMinutes = services
    activityMinutes = services
    warnings = services
    typeRecords = [Int](repeating: 0, count: workerCount * WorkerFlows.typeCount)
    typeMinutes = typeRecords
  }

  /// Counts one service of `worker`.
  mutating func addService(worker: Int, type: ServiceType, minutes: Int, warnings count: Int) {
    services[worker] += 1
    if type == .homeVisit { homeVisits[worker] += 1 }
    serviceMinutes[worker] += minutes
    warnings[worker] += count
    let slot = worker * WorkerFlows.typeCount + Int(type.rawValue)
    typeRecords[slot] += 1
    typeMinutes[slot] += minutes
  }

  /// Counts one activity led by `worker`.
  mutating func addActivity(worker: Int, minutes: Int, warnings count: Int) {
    activitiesLed[worker] += 1
    activityMinutes[worker] += minutes
    warnings[worker] += count
  }

  /// Adds the counts of `other`, for the same workers.
  mutating func merge(_ other: WorkerFlows) {
    for worker in services.indices {
      services[worker] += other.services[worker]
      homeVisits[worker] += other.homeVisits[worker]
      activitiesLed[worker] += other.activitiesLed[worker]
      serviceMinutes[worker] += other.serviceMinutes[worker]
      activityMinutes[worker] += other.activityMinutes[worker]
      warnings[worker] += other.warnings[worker]
    }
    for slot in typeRecords.indices {
      typeRecords[slot] += other.typeRecords[slot]
      typeMinutes[slot] += other.typeMinutes[slot]
    }
  }

  /// Whether `worker` gave a service or led an activity in the span.
  func isBusy(_ worker: Int) -> Bool {
    services[worker] > 0 || activitiesLed[worker] > 0
  }

  /// The records and minutes of `worker`'s services of `type`.
  func sums(worker: Int, type: ServiceType) -> (records: Int, minutes: Int) {
    let slot = worker * WorkerFlows.typeCount + Int(type.rawValue)
    return (typeRecords[slot], typeMinutes[slot])
  }
}
