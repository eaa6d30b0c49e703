import ShegongAggregation
import ShegongValidation

/// A second, deliberately plain computation of the figures, straight from the words of SPEC §5–§6:
/// sets and loops, no flags, no passes shared between blocks. Tests compare the aggregator with it
/// on pseudo-random inputs.
struct ReferenceFigures {
  let inputs: ValidatedInputs
  /// Each beneficiary's service rows.
  let rowsByPerson: [[Int]]

  init(inputs: ValidatedInputs) {
    self.inputs = inputs
    var rows = [[Int]](repeating: [], count: inputs.beneficiaries.count)
    for row in 0..<inputs.services.count { rows[Int(inputs.services.beneficiary[row])].append(row) }
    rowsByPerson = rows
  }

  private func isActive(_ day: Day, _ from: Day, _ until: Day) -> Bool { from <= day && day < until }

  private func stationOfService(_ row: Int) -> Int { Int(inputs.services.station[row]) }

  private func isSocialWorker(_ worker: Int32) -> Bool { inputs.workers.role[Int(worker)] == .socialWorker }

  /// The township (area index) of an area.
  private func township(ofArea area: Int32) -> Int {
    inputs.areas.level[Int(area)] == .township ? Int(area) : Int(inputs.areas.parent[Int(area)])
  }

  private func servicesIn(_ span: DaySpan) -> [Int] {
    (0..<inputs.services.count).filter { span.contains(inputs.services.date[$0]) }
  }

  private func activitiesIn(_ span: DaySpan) -> [Int] {
    (0..<inputs.activities.count).filter { span.contains(inputs.activities.date[$0]) }
  }

  /// Beneficiaries with a service or an attendance at an activity in `span`.
  func served(_ span: DaySpan) -> Set<Int> {
    var result = Set(servicesIn(span).map { Int(inputs.services.beneficiary[$0]) })
    for row in 0..<inputs.attendance.count
    where span.contains(inputs.activities.date[Int(inputs.attendance.activity[row])]) {
      result.insert(Int(inputs.attendance.beneficiary[row]))
    }
    return result
  }

  func isRegistered(_ person: Int, on day: Day) -> Bool {
    isActive(day, inputs.beneficiaries.registeredOn[person], inputs.beneficiaries.exitedOn[person])
  }

  func isStationActive(_ station: Int, on day: Day) -> Bool {
    isActive(day, inputs.stations.openedOn[station], inputs.stations.closedOn[station])
  }

  /// The latest contact on or before `day`, or nil.
  func lastContact(_ person: Int, on day: Day) -> Day? {
    rowsByPerson[person].filter {
      inputs.services.date[$0] <= day && inputs.policy.contactServiceTypes & inputs.services.type[$0].bit != 0
    }.map { inputs.services.date[$0] }.max()
  }

  func isOverdue(_ person: Int, on day: Day) -> Bool {
    guard isRegistered(person, on: day),
      let interval = inputs.policy.interval(for: inputs.beneficiaries.categories[person])
    else { return false }
    if let contact = lastContact(person, on: day) { return day - contact > interval }
    return day - inputs.beneficiaries.registeredOn[person] > interval
  }

  func headline(_ span: DaySpan) -> Headline {
    let areas = inputs.areas
    let stations = inputs.stations
    let workers = inputs.workers
    let people = inputs.beneficiaries
    let services = inputs.services
    let activities = inputs.activities
    let day = span.end
    var h = Headline()
    let active = (0..<stations.count).filter { isStationActive($0, on: day) }
    h.townshipsTotal = areas.level.filter { $0 == .township }.count
    h.townshipsWithStation =
      Set(active.filter { stations.type[$0] == .station }.map { township(ofArea: stations.area[$0]) }).count
    h.townshipStationCoverage = h.townshipsTotal == 0 ? nil : Double(h.townshipsWithStation) / Double(h.townshipsTotal)
    h.villagesTotal = areas.level.filter { $0 == .village }.count
    h.villagesWithStationOrPoint =
      Set(active.map { Int(stations.area[$0]) }.filter { areas.level[$0] == .village }).count
    h.villageStationCoverage =
      h.villagesTotal == 0 ? nil : Double(h.villagesWithStationOrPoint) / Double(h.villagesTotal)
    let served = served(span)
    h.villagesReached = Set(served.map { Int(people.area[$0]) }.filter { areas.level[$0] == .village }).count
    h.stationsActive = active.filter { stations.type[$0] == .station }.count
    h.pointsActive = active.count - h.stationsActive
    var withRows = Set(servicesIn(span).map(stationOfService))
    withRows.formUnion(activitiesIn(span).map { Int(activities.station[$0]) })
    h.stationsReporting = active.filter { withRows.contains($0) }.count
    h.reportingRate = active.isEmpty ? nil : Double(h.stationsReporting) / Double(active.count)
    h.postsPlanned = active.map { Int(stations.postsPlanned[$0]) }.reduce(0, +)
    let onPost = (0..<workers.count).filter {
      workers.role[$0] == .socialWorker && isActive(day, workers.startDate[$0], workers.endDate[$0])
    }
    h.socialWorkersOnPost = onPost.count
    h.vacancies = active.map { station in
      max(0, Int(stations.postsPlanned[station]) - onPost.filter { Int(workers.station[$0]) == station }.count)
    }.reduce(0, +)
    h.certifiedSocialWorkers = onPost.filter { workers.certified[$0] }.count
    h.certifiedRatio = onPost.isEmpty ? nil : Double(h.certifiedSocialWorkers) / Double(onPost.count)
    h.volunteersRegistered =
      (0..<workers.count).filter {
        workers.role[$0] == .volunteer && isActive(day, workers.startDate[$0], workers.endDate[$0])
      }.count
    let registered = (0..<people.count).filter { isRegistered($0, on: day) }
    h.beneficiariesRegistered = registered.count
    h.householdsRegistered = Set(registered.map { people.household[$0] }).count
    h.beneficiariesServed = served.count
    h.registeredServed = registered.filter { served.contains($0) }.count
    h.serviceCoverage = registered.isEmpty ? nil : Double(h.registeredServed) / Double(registered.count)
    let inSpan = servicesIn(span)
    let visits = inSpan.filter { services.type[$0] == .homeVisit }
    h.householdsVisited = Set(visits.map { people.household[Int(services.beneficiary[$0])] }).count
    h.householdVisits =
      Set(visits.map { "\(people.household[Int(services.beneficiary[$0])])/\(services.date[$0])" }).count
    h.homeVisitRecords = visits.count
    h.serviceRecords = inSpan.count
    let inSpanActivities = activitiesIn(span)
    h.activities = inSpanActivities.count
    h.groupSessions = inSpanActivities.filter { activities.kind[$0] == .group }.count
    h.communityActivities = inSpanActivities.filter { activities.kind[$0] == .community }.count
    h.trainings = inSpanActivities.filter { activities.kind[$0] == .training }.count
    h.outreachEvents = inSpanActivities.filter { activities.kind[$0] == .outreach }.count
    h.activityParticipants = inSpanActivities.map { Int(activities.participants[$0]) }.reduce(0, +)
    h.personTimes = h.serviceRecords + h.activityParticipants
    let caseRows = inSpan.filter { services.type[$0] == .caseWork }
    h.casesNew = Set(caseRows.filter { (services.stage[$0] ?? .follow) == .new }.map { services.beneficiary[$0] }).count
    h.casesClosed = Set(caseRows.filter { services.stage[$0] == .close }.map { services.beneficiary[$0] }).count
    var latest: [Int32: (Day, CaseStage)] = [:]
    for row in 0..<services.count where services.type[row] == .caseWork && services.date[row] <= day {
      let key = (services.date[row], services.stage[row] ?? .follow)
      if let known = latest[services.beneficiary[row]], (known.0, known.1.rawValue) >= (key.0, key.1.rawValue) {
        continue
      }
      latest[services.beneficiary[row]] = key
    }
    h.casesOpenAtEnd = latest.values.filter { $0.1 != .close }.count
    h.serviceMinutes = inSpan.filter { isSocialWorker(services.worker[$0]) }.map { Int(services.minutes[$0]) }.reduce(
      0, +)
    h.activityMinutes = inSpanActivities.filter { isSocialWorker(activities.lead[$0]) }.map {
      Int(activities.minutes[$0])
    }
    .reduce(0, +)
    h.socialWorkerMinutes = h.serviceMinutes + h.activityMinutes
    h.volunteerMinutes =
      inSpan.filter { !isSocialWorker(services.worker[$0]) }.map { Int(services.minutes[$0]) }.reduce(0, +)
      + inSpanActivities.map { Int(activities.volunteerMinutes[$0]) }.reduce(0, +)
    if h.socialWorkersOnPost > 0 {
      // Half-up of minutes / (60 × n) to 1/100: floor((100 m + 30 n) / (60 n)).
      h.hoursPerSocialWorker = Hundredths(
        (100 * h.socialWorkerMinutes + 30 * h.socialWorkersOnPost) / (60 * h.socialWorkersOnPost))
    }
    h.overdueBeneficiaries = registered.filter { isOverdue($0, on: day) }.count
    return h
  }

  /// Pay in 1/100 元 for `worker` over the services in `span`, or nil for a volunteer or without rates.
  func pay(_ worker: Int, _ span: DaySpan) -> Hundredths? {
    let policy = inputs.policy
    guard inputs.workers.role[worker] == .socialWorker, policy.hasPayRates else { return nil }
    // In 1/600 000 元: per_record × 60 + hourly × minutes.
    var sixtieths = 0
    for row in servicesIn(span) where Int(inputs.services.worker[row]) == worker {
      let type = Int(inputs.services.type[row].rawValue)
      sixtieths +=
        Int(policy.perRecordRate[type] ?? 0) * 60 + Int(policy.hourlyRate[type] ?? 0)
        * Int(inputs.services.minutes[row])
    }
    return Hundredths((sixtieths + 3_000) / 6_000)
  }

  /// The `overdue` table's ids, in table order.
  func overdueIds(on day: Day) -> [String] {
    let people = (0..<inputs.beneficiaries.count).filter { isOverdue($0, on: day) }
    let keyed = people.map { person -> (Int, [UInt8]) in
      let since = lastContact(person, on: day).map { Int(day - $0) } ?? Int.max
      return (since, Array(inputs.beneficiaries.id[person].utf8))
    }
    return keyed.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1.lexicographicallyPrecedes($1.1) }
      .map { String(decoding: $0.1, as: UTF8.self) }
  }
}
