import ShegongValidation

/// Breakdowns of one span's rows by station, beneficiary, service type, target group and worker,
/// for the tables of SPEC §5.
struct FlowDetail {
  /// Per station: services attributed to it.
  var stationServices: [Int]
  /// Per station: activities of the station.
  var stationActivities: [Int]
  /// Per station: Σ participants of its activities.
  var stationParticipants: [Int]
  /// Per station: minutes of its services given by social workers and of its activities led by one.
  var stationSocialWorkerMinutes: [Int]
  /// Per station: minutes of its services given by volunteers and of its activities' volunteer hours.
  var stationVolunteerMinutes: [Int]
  /// (station, household) pairs of the span's `home_visit` services.
  var stationHouseholds: DistinctPairs
  /// Per beneficiary: services to them.
  var beneficiaryServices: [Int32]
  /// Per beneficiary: the service types received, as a mask of `ServiceType.bit`.
  var beneficiaryTypes: [UInt16]
  /// Per beneficiary: the target groups of activities attended, as a mask of `1 << TargetGroup.rawValue`.
  var beneficiaryTargetGroups: [UInt8]
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

  init(inputs: ValidatedInputs) {
    let stations = inputs.stations.count
    let beneficiaries = inputs.beneficiaries.count
    stationServices = [Int](repeating: 0, count: stations)
    stationActivities = [Int](repeating: 0, count: stations)
    stationParticipants = [Int](repeating: 0, count: stations)
    stationSocialWorkerMinutes = [Int](repeating: 0, count: stations)
    stationVolunteerMinutes = [Int](repeating: 0, count: stations)
    stationHouseholds = DistinctPairs(groupCount: stations, itemCount: Lookup.householdCount(inputs))
    beneficiaryServices = [Int32](repeating: 0, count: beneficiaries)
    beneficiaryTypes = [UInt16](repeating: 0, count: beneficiaries)
    beneficiaryTargetGroups = [UInt8](repeating: 0, count: beneficiaries)
    workers = WorkerFlows(workerCount: inputs.workers.count)
  }

  /// Counts service `row`, which is dated in the span.
  mutating func addService(row: Int, inputs: ValidatedInputs, lookup: Lookup) {
    let services = inputs.services
    let station = Int(services.station[row])
    let person = Int(services.beneficiary[row])
    let type = services.type[row]
    let minutes = Int(services.minutes[row])
    let worker = Int(services.worker[row])
    stationServices[station] += 1
    if lookup.isSocialWorker[worker] {
      stationSocialWorkerMinutes[station] += minutes
    } else {
      stationVolunteerMinutes[station] += minutes
    }
    if type == .homeVisit {
      stationHouseholds.add(group: Int32(station), item: inputs.beneficiaries.household[person])
    }
    beneficiaryServices[person] += 1
    beneficiaryTypes[person] |= type.bit
    typeRecords[Int(type.rawValue)] += 1
    typeMinutes[Int(type.rawValue)] += minutes
    workers.addService(worker: worker, type: type, minutes: minutes, warnings: Int(services.warnings[row]))
  }

  /// Counts activity `row`, which is dated in the span.
  mutating func addActivity(row: Int, inputs: ValidatedInputs, lookup: Lookup) {
    let activities = inputs.activities
    let station = Int(activities.station[row])
    let participants = Int(activities.participants[row])
    let minutes = Int(activities.minutes[row])
    let lead = Int(activities.lead[row])
    let group = Int(activities.targetGroup[row].rawValue)
    stationActivities[station] += 1
    stationParticipants[station] += participants
    if lookup.isSocialWorker[lead] { stationSocialWorkerMinutes[station] += minutes }
    stationVolunteerMinutes[station] += Int(activities.volunteerMinutes[row])
    groupActivities[group] += 1
    groupParticipants[group] += participants
    workers.addActivity(worker: lead, minutes: minutes, warnings: Int(activities.warnings[row]))
  }

  /// Counts an attendance of `person` at an activity in the span aimed at `group`.
  mutating func addAttendance(person: Int, group: TargetGroup) {
    beneficiaryTargetGroups[person] |= 1 << group.rawValue
  }
}
