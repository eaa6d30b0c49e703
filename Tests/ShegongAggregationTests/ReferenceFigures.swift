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
    let activityTable = inputs.activities
    let day = span.end
    let active = (0..<stations.count).filter { isStationActive($0, on: day) }
    let townshipsTotal = areas.level.filter { $0 == .township }.count
    let townshipsWithStation =
      Set(active.filter { stations.type[$0] == .station }.map { township(ofArea: stations.area[$0]) }).count
    let townshipStationCoverage = townshipsTotal == 0 ? nil : Double(townshipsWithStation) / Double(townshipsTotal)
    let villagesTotal = areas.level.filter { $0 == .village }.count
    let villagesWithStationOrPoint =
      Set(active.map { Int(stations.area[$0]) }.filter { areas.level[$0] == .village }).count
    let villageStationCoverage =
      villagesTotal == 0 ? nil : Double(villagesWithStationOrPoint) / Double(villagesTotal)
    let served = served(span)
    let villagesReached = Set(served.map { Int(people.area[$0]) }.filter { areas.level[$0] == .village }).count
    let stationsActive = active.filter { stations.type[$0] == .station }.count
    let pointsActive = active.count - stationsActive
    var withRows = Set(servicesIn(span).map(stationOfService))
    withRows.formUnion(activitiesIn(span).map { Int(activityTable.station[$0]) })
    let stationsReporting = active.filter { withRows.contains($0) }.count
    let reportingRate = active.isEmpty ? nil : Double(stationsReporting) / Double(active.count)
    let postsPlanned = active.map { Int(stations.postsPlanned[$0]) }.reduce(0, +)
    let onPost = (0..<workers.count).filter {
      workers.role[$0] == .socialWorker && isActive(day, workers.startDate[$0], workers.endDate[$0])
    }
    let socialWorkersOnPost = onPost.count
    let vacancies = active.map { station in
      max(0, Int(stations.postsPlanned[station]) - onPost.filter { Int(workers.station[$0]) == station }.count)
    }.reduce(0, +)
    let certifiedSocialWorkers = onPost.filter { workers.certified[$0] }.count
    let certifiedRatio = onPost.isEmpty ? nil : Double(certifiedSocialWorkers) / Double(onPost.count)
    let volunteersRegistered =
      (0..<workers.count).filter {
        workers.role[$0] == .volunteer && isActive(day, workers.startDate[$0], workers.endDate[$0])
      }.count
    let registered = (0..<people.count).filter { isRegistered($0, on: day) }
    let beneficiariesRegistered = registered.count
    let householdsRegistered = Set(registered.map { people.household[$0] }).count
    let beneficiariesServed = served.count
    let registeredServed = registered.filter { served.contains($0) }.count
    let serviceCoverage = registered.isEmpty ? nil : Double(registeredServed) / Double(registered.count)
    let inSpan = servicesIn(span)
    let visits = inSpan.filter { services.type[$0] == .homeVisit }
    let householdsVisited = Set(visits.map { people.household[Int(services.beneficiary[$0])] }).count
    let householdVisits =
      Set(visits.map { "\(people.household[Int(services.beneficiary[$0])])/\(services.date[$0])" }).count
    let homeVisitRecords = visits.count
    let serviceRecords = inSpan.count
    let inSpanActivities = activitiesIn(span)
    let activityCount = inSpanActivities.count
    let groupSessions = inSpanActivities.filter { activityTable.kind[$0] == .group }.count
    let communityActivities = inSpanActivities.filter { activityTable.kind[$0] == .community }.count
    let trainings = inSpanActivities.filter { activityTable.kind[$0] == .training }.count
    let outreachEvents = inSpanActivities.filter { activityTable.kind[$0] == .outreach }.count
    let activityParticipants = inSpanActivities.map { Int(activityTable.participants[$0]) }.reduce(0, +)
    let personTimes = serviceRecords + activityParticipants
    let caseRows = inSpan.filter { services.type[$0] == .caseWork }
    let casesNew = Set(caseRows.filter { (services.stage[$0] ?? .follow) == .new }.map { services.beneficiary[$0] })
      .count
    let casesClosed = Set(caseRows.filter { services.stage[$0] == .close }.map { services.beneficiary[$0] }).count
    var latest: [Int32: (Day, CaseStage)] = [:]
    for row in 0..<services.count where services.type[row] == .caseWork && services.date[row] <= day {
      let key = (services.date[row], services.stage[row] ?? .follow)
      if let known = latest[services.beneficiary[row]], (known.0, known.1.rawValue) >= (key.0, key.1.rawValue) {
        continue
      }
      latest[services.beneficiary[row]] = key
    }
    let casesOpenAtEnd = latest.values.filter { $0.1 != .close }.count
    let serviceMinutes = inSpan.filter { isSocialWorker(services.worker[$0]) }.map { Int(services.minutes[$0]) }.reduce(
      0, +)
    let activityMinutes = inSpanActivities.filter { isSocialWorker(activityTable.lead[$0]) }.map {
      Int(activityTable.minutes[$0])
    }
    .reduce(0, +)
    let socialWorkerMinutes = serviceMinutes + activityMinutes
    let volunteerServiceMinutes: Int =
      inSpan.filter { !isSocialWorker(services.worker[$0]) }.map { Int(services.minutes[$0]) }.reduce(0, +)
    let activityVolunteerMinutes: Int = inSpanActivities.map { Int(activityTable.volunteerMinutes[$0]) }.reduce(0, +)
    let volunteerMinutes = volunteerServiceMinutes + activityVolunteerMinutes
    var hoursPerSocialWorker: Hundredths?
    if socialWorkersOnPost > 0 {
      // Half-up of minutes / (60 × n) to 1/100: floor((100 m + 30 n) / (60 n)).
      hoursPerSocialWorker = Hundredths(
        (100 * socialWorkerMinutes + 30 * socialWorkersOnPost) / (60 * socialWorkersOnPost))
    }
    let overdueBeneficiaries = registered.filter { isOverdue($0, on: day) }.count
    let beneficiariesDue = registered.filter { inputs.policy.interval(for: people.categories[$0]) != nil }.count
    let visitOnTimeRate =
      beneficiariesDue == 0 ? nil : Double(beneficiariesDue - overdueBeneficiaries) / Double(beneficiariesDue)
    var h = Headline()
    h[.townshipsTotal] = .count(townshipsTotal)
    h[.townshipsWithStation] = .count(townshipsWithStation)
    h[.townshipStationCoverage] = .ratio(townshipStationCoverage)
    h[.villagesTotal] = .count(villagesTotal)
    h[.villagesWithStationOrPoint] = .count(villagesWithStationOrPoint)
    h[.villageStationCoverage] = .ratio(villageStationCoverage)
    h[.villagesReached] = .count(villagesReached)
    h[.stationsActive] = .count(stationsActive)
    h[.pointsActive] = .count(pointsActive)
    h[.stationsReporting] = .count(stationsReporting)
    h[.reportingRate] = .ratio(reportingRate)
    h[.postsPlanned] = .count(postsPlanned)
    h[.socialWorkersOnPost] = .count(socialWorkersOnPost)
    h[.vacancies] = .count(vacancies)
    h[.certifiedSocialWorkers] = .count(certifiedSocialWorkers)
    h[.certifiedRatio] = .ratio(certifiedRatio)
    h[.volunteersRegistered] = .count(volunteersRegistered)
    h[.beneficiariesRegistered] = .count(beneficiariesRegistered)
    h[.householdsRegistered] = .count(householdsRegistered)
    h[.beneficiariesServed] = .count(beneficiariesServed)
    h[.registeredServed] = .count(registeredServed)
    h[.serviceCoverage] = .ratio(serviceCoverage)
    h[.householdsVisited] = .count(householdsVisited)
    h[.householdVisits] = .count(householdVisits)
    h[.homeVisitRecords] = .count(homeVisitRecords)
    h[.serviceRecords] = .count(serviceRecords)
    h[.activities] = .count(activityCount)
    h[.groupSessions] = .count(groupSessions)
    h[.communityActivities] = .count(communityActivities)
    h[.trainings] = .count(trainings)
    h[.outreachEvents] = .count(outreachEvents)
    h[.activityParticipants] = .count(activityParticipants)
    h[.personTimes] = .count(personTimes)
    h[.casesNew] = .count(casesNew)
    h[.casesClosed] = .count(casesClosed)
    h[.casesOpenAtEnd] = .count(casesOpenAtEnd)
    h[.serviceHours] = .minutes(serviceMinutes)
    h[.activityHours] = .minutes(activityMinutes)
    h[.socialWorkerHours] = .minutes(socialWorkerMinutes)
    h[.volunteerHours] = .minutes(volunteerMinutes)
    h[.hoursPerSocialWorker] = .hundredths(hoursPerSocialWorker)
    h[.overdueBeneficiaries] = .count(overdueBeneficiaries)
    h[.beneficiariesDue] = .count(beneficiariesDue)
    h[.visitOnTimeRate] = .ratio(visitOnTimeRate)
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
