import ShegongValidation

extension Aggregator {
  /// Puts the stocks and overdue flags of a block's last day and the block's flows together into its headline.
  static func headline(block: Int, scan: Scan, end: EndDay, inputs: ValidatedInputs) -> Headline {
    var result = end.stocks.headline
    let stocks = end.stocks
    let counters = scan.counters[block]
    let areas = inputs.areas
    let beneficiaryArea = inputs.beneficiaries.area

    // Stations and points open on the last day with a service or activity in the block.
    let stationBit = UInt8(1) << UInt8(block)
    for station in 0..<inputs.stations.count
    where stocks.stationActive[station] && scan.stationBlocks[station] & stationBit != 0 {
      result.stationsReporting += 1
    }
    result.reportingRate = ratio(result.stationsReporting, result.stationsActive + result.pointsActive)

    // People: served, registered and served, households visited, cases.
    let shift = UInt16(4 * block)
    let served = PersonState.Flag.served << shift
    let visited = PersonState.Flag.homeVisited << shift
    let caseNew = PersonState.Flag.caseNew << shift
    let caseClosed = PersonState.Flag.caseClosed << shift
    var villageReached = [Bool](repeating: false, count: areas.count)
    var householdVisited = [Bool](repeating: false, count: Lookup.householdCount(inputs))
    let household = inputs.beneficiaries.household
    for person in 0..<scan.persons.count {
      let flags = scan.persons[person].flags
      guard flags & (0xF << shift) != 0 else { continue }
      if flags & served != 0 {
        result.beneficiariesServed += 1
        if stocks.registered[person] { result.registeredServed += 1 }
        let area = Int(beneficiaryArea[person])
        if areas.level[area] == .village && !villageReached[area] {
          villageReached[area] = true
          result.villagesReached += 1
        }
      }
      if flags & visited != 0 {
        let number = Int(household[person])
        if !householdVisited[number] {
          householdVisited[number] = true
          result.householdsVisited += 1
        }
      }
      if flags & caseNew != 0 { result.casesNew += 1 }
      if flags & caseClosed != 0 { result.casesClosed += 1 }
    }
    result.serviceCoverage = ratio(result.registeredServed, result.beneficiariesRegistered)
    result.householdVisits = scan.householdVisits[block]
    result.homeVisitRecords = counters.homeVisitRecords
    result.serviceRecords = counters.serviceRecords

    // Activities.
    result.activities = counters.activities
    result.groupSessions = counters.activitiesByKind[Int(ActivityKind.group.rawValue)]
    result.communityActivities = counters.activitiesByKind[Int(ActivityKind.community.rawValue)]
    result.trainings = counters.activitiesByKind[Int(ActivityKind.training.rawValue)]
    result.outreachEvents = counters.activitiesByKind[Int(ActivityKind.outreach.rawValue)]
    result.activityParticipants = counters.activityParticipants
    result.personTimes = result.serviceRecords + result.activityParticipants

    result.casesOpenAtEnd = end.casesOpen

    // Hours, in minutes until output.
    result.serviceMinutes = counters.socialWorkerServiceMinutes
    result.activityMinutes = counters.socialWorkerActivityMinutes
    result.socialWorkerMinutes = result.serviceMinutes + result.activityMinutes
    result.volunteerMinutes = counters.volunteerServiceMinutes + counters.activityVolunteerMinutes
    result.hoursPerSocialWorker =
      result.socialWorkersOnPost == 0
      ? nil : Hundredths(ratio: result.socialWorkerMinutes, over: 60 * result.socialWorkersOnPost)

    result.overdueBeneficiaries = end.overdue.count
    return result
  }
}
