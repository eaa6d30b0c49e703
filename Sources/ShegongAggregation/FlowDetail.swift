import ShegongValidation

/// Breakdowns of one block's rows by station, service type, target group and worker, for the tables of SPEC §5.
struct FlowDetail {
  /// Per station: the flows of the services and activities attributed to it.
  var stations: [FlowCounts]
  /// (station, household) pairs of the block's `home_visit` services.
  var stationHouseholds: DistinctPairs
  /// Per service type: records.
  var typeRecords = [Int](repeating: 0, count: ServiceType.allCases.count)
  /// Per service type: minutes.
  var typeMinutes = [Int](repeating: 0, count: ServiceType.allCases.count)
  /// Per target group: activities.
  var groupActivities = [Int](repeating: 0, count: TargetGroup.allCases.count)
  /// Per target group: Σ participants.
  var groupParticipants = [Int](repeating: 0, count: TargetGroup.allCases.count)
  /// Per worker: the worker's services, counters and pay inputs.
  var workers: WorkerFlows

  init(stationCount: Int, workerCount: Int, householdCount: Int) {
    stations = [FlowCounts](repeating: FlowCounts(), count: stationCount)
    stationHouseholds = DistinctPairs(groupCount: stationCount, itemCount: householdCount)
    workers = WorkerFlows(workerCount: workerCount)
  }

  /// Counts a service in the block; `household` is the beneficiary's for a `home_visit`, else -1.
  @inline(__always)
  mutating func addService(
    station: Int, worker: Int, type: ServiceType, minutes: Int, bySocialWorker: Bool, household: Int32,
    warnings: Int
  ) {
    stations[station].addService(minutes: minutes, bySocialWorker: bySocialWorker, isHomeVisit: household >= 0)
    if household >= 0 { stationHouseholds.add(group: Int32(station), item: household) }
    typeRecords[Int(type.rawValue)] += 1
    typeMinutes[Int(type.rawValue)] += minutes
    workers.addService(worker: worker, type: type, minutes: minutes, warnings: warnings)
  }

  /// Adds the counts of `other`, a detail of the same shape.
  mutating func merge(_ other: FlowDetail) {
    stations.add(other.stations)
    stationHouseholds.add(contentsOf: other.stationHouseholds)
    for type in typeRecords.indices {
      typeRecords[type] += other.typeRecords[type]
      typeMinutes[type] += other.typeMinutes[type]
    }
    for group in groupActivities.indices {
      groupActivities[group] += other.groupActivities[group]
      groupParticipants[group] += other.groupParticipants[group]
    }
    workers.merge(other.workers)
  }

  /// Counts an activity in the block.
  mutating func addActivity(
    station: Int, lead: Int, kind: ActivityKind, group: TargetGroup, participants: Int, minutes: Int,
    volunteerMinutes: Int, bySocialWorker: Bool, warnings: Int
  ) {
    stations[station].addActivity(
      kind: kind, participants: participants, minutes: minutes, volunteerMinutes: volunteerMinutes,
      bySocialWorker: bySocialWorker)
    groupActivities[Int(group.rawValue)] += 1
    groupParticipants[Int(group.rawValue)] += participants
    workers.addActivity(worker: lead, minutes: minutes, warnings: warnings)
  }
}
