import ShegongAggregation
import ShegongValidation

/// The day number of `text` (`YYYY-MM-DD`); a malformed date in a fixture stops the test run.
func day(_ text: String) -> Day {
  let parts = text.split(separator: "-").compactMap { Int($0) }
  guard parts.count == 3, let number = CivilDate.dayNumber(year: parts[0], month: parts[1], day: parts[2]) else {
    preconditionFailure("bad fixture date \(text)")
  }
  return number
}

/// The period `text`; a malformed one in a fixture stops the test run.
func period(_ text: String) -> Period {
  guard let period = Period(parsing: text) else { preconditionFailure("bad fixture period \(text)") }
  return period
}

/// Builds `ValidatedInputs` by hand, as the validator would fill them, with ids instead of indices.
struct FixtureBuilder {
  var inputs = ValidatedInputs()
  private var households: [String: Int32] = [:]

  init() {
    inputs.asOf = day("2026-11-30")
  }

  /// Adds a township.
  mutating func township(_ code: String, _ name: String = "") {
    let index = Int32(inputs.areas.count)
    inputs.areas.code.append(code)
    inputs.areas.name.append(name.isEmpty ? code + "镇" : name)
    inputs.areas.level.append(.township)
    inputs.areas.parent.append(-1)
    inputs.areas.township.append(index)
  }

  /// Adds a village of township `parent`.
  mutating func village(_ code: String, parent: String, _ name: String = "") {
    let parentIndex = area(parent)
    inputs.areas.code.append(code)
    inputs.areas.name.append(name.isEmpty ? code + "村" : name)
    inputs.areas.level.append(.village)
    inputs.areas.parent.append(parentIndex)
    inputs.areas.township.append(parentIndex)
  }

  /// Adds a station or point.
  mutating func station(
    _ id: String, _ type: StationType = .station, area code: String, opened: String = "2020-01-01",
    closed: String? = nil, posts: Int32 = 0
  ) {
    inputs.stations.id.append(id)
    inputs.stations.name.append(id + "站")
    inputs.stations.type.append(type)
    inputs.stations.area.append(area(code))
    inputs.stations.openedOn.append(day(opened))
    inputs.stations.closedOn.append(closed.map(day) ?? .never)
    inputs.stations.postsPlanned.append(posts)
  }

  /// Adds a social worker or volunteer.
  mutating func worker(
    _ id: String, _ role: WorkerRole = .socialWorker, station code: String, certified: Bool = false,
    start: String = "2020-01-01", end: String? = nil, name: String = ""
  ) {
    inputs.workers.id.append(id)
    inputs.workers.name.append(name.isEmpty ? "社工" + id : name)
    inputs.workers.role.append(role)
    inputs.workers.station.append(station(code))
    inputs.workers.certified.append(certified)
    inputs.workers.startDate.append(day(start))
    inputs.workers.endDate.append(end.map(day) ?? .never)
  }

  /// Adds a beneficiary; an empty `household` makes a household of one.
  mutating func beneficiary(
    _ id: String, name: String = "王小明", household: String = "", area code: String, station stationId: String,
    categories: [ShegongValidation.Category] = [.other], disability: DisabilityType? = nil,
    registered: String = "2020-01-01", exited: String? = nil
  ) {
    let key = household.isEmpty ? "own:" + id : household
    let number: Int32
    if let known = households[key] {
      number = known
    } else {
      number = Int32(inputs.beneficiaries.householdCount)
      households[key] = number
      inputs.beneficiaries.householdCount += 1
    }
    inputs.beneficiaries.id.append(id)
    inputs.beneficiaries.name.append(name)
    inputs.beneficiaries.household.append(number)
    inputs.beneficiaries.area.append(area(code))
    inputs.beneficiaries.station.append(station(stationId))
    inputs.beneficiaries.categories.append(categories.reduce(0) { $0 | $1.bit })
    inputs.beneficiaries.disabilityType.append(disability)
    inputs.beneficiaries.disabilityGrade.append(disability == nil ? 0 : 2)
    inputs.beneficiaries.registeredOn.append(day(registered))
    inputs.beneficiaries.exitedOn.append(exited.map(day) ?? .never)
  }

  /// Adds a service; an omitted station is the worker's own, as the validator resolves it.
  mutating func service(
    _ date: String, worker workerId: String, beneficiary beneficiaryId: String, _ type: ServiceType = .homeVisit,
    minutes: Int32 = 60, station stationId: String? = nil, stage: CaseStage? = nil, warnings: UInt8 = 0
  ) {
    let workerIndex = worker(workerId)
    inputs.services.date.append(day(date))
    inputs.services.worker.append(workerIndex)
    inputs.services.beneficiary.append(beneficiary(beneficiaryId))
    inputs.services.station.append(stationId.map(station) ?? inputs.workers.station[Int(workerIndex)])
    inputs.services.type.append(type)
    inputs.services.minutes.append(minutes)
    inputs.services.startSecond.append(-1)
    inputs.services.stage.append(type == .caseWork ? (stage ?? .follow) : nil)
    inputs.services.warnings.append(warnings)
    inputs.services.file.append(0)
    inputs.services.line.append(Int32(inputs.services.count + 1))
  }

  /// Adds an activity.
  mutating func activity(
    _ id: String, _ date: String, station stationId: String, _ kind: ActivityKind = .community,
    lead: String, minutes: Int32 = 60, participants: Int64 = 0, volunteerMinutes: Int64 = 0,
    target: TargetGroup = .general, warnings: UInt8 = 0
  ) {
    inputs.activities.id.append(id)
    inputs.activities.date.append(day(date))
    inputs.activities.station.append(station(stationId))
    inputs.activities.kind.append(kind)
    inputs.activities.title.append("")
    inputs.activities.lead.append(worker(lead))
    inputs.activities.minutes.append(minutes)
    inputs.activities.participants.append(participants)
    inputs.activities.volunteerCount.append(volunteerMinutes > 0 ? 1 : 0)
    inputs.activities.volunteerMinutes.append(volunteerMinutes)
    inputs.activities.targetGroup.append(target)
    inputs.activities.warnings.append(warnings)
  }

  /// Signs `beneficiaryId` in at activity `activityId`.
  mutating func attend(_ activityId: String, _ beneficiaryId: String) {
    guard let index = inputs.activities.id.firstIndex(of: activityId) else {
      preconditionFailure("unknown fixture activity \(activityId)")
    }
    inputs.attendance.activity.append(Int32(index))
    inputs.attendance.beneficiary.append(beneficiary(beneficiaryId))
  }

  /// The figures of `label` with default options.
  func figures(_ label: String, unmasked: Bool = false) -> Figures {
    Aggregator.figures(for: period(label), from: inputs, options: AggregationOptions(unmasked: unmasked))
  }

  private func area(_ code: String) -> Int32 { index(of: code, in: inputs.areas.code, "area") }
  private func station(_ id: String) -> Int32 { index(of: id, in: inputs.stations.id, "station") }
  private func worker(_ id: String) -> Int32 { index(of: id, in: inputs.workers.id, "worker") }
  private func beneficiary(_ id: String) -> Int32 { index(of: id, in: inputs.beneficiaries.id, "beneficiary") }

  private func index(of id: String, in ids: [String], _ what: String) -> Int32 {
    guard let index = ids.firstIndex(of: id) else { preconditionFailure("unknown fixture \(what) \(id)") }
    return Int32(index)
  }
}
