import ShegongValidation

extension Aggregator {
  /// Puts the stocks, history, overdue flags and flows of one span together into its headline.
  static func headline(
    stocks: Stocks, history: EndState, overdue: Overdue, flows: Flows, inputs: ValidatedInputs
  ) -> Headline {
    var result = stocks.headline
    let areas = inputs.areas
    let beneficiaryArea = inputs.beneficiaries.area

    // Stations and points open on the last day with a service or activity in the span.
    for station in 0..<inputs.stations.count where stocks.stationActive[station] && flows.stationHasRows[station] {
      result.stationsReporting += 1
    }
    result.reportingRate = ratio(result.stationsReporting, result.stationsActive + result.pointsActive)

    // People: served, registered and served, households visited, cases.
    var villageReached = [Bool](repeating: false, count: areas.count)
    var householdVisited = [Bool](repeating: false, count: Lookup.householdCount(inputs))
    let household = inputs.beneficiaries.household
    for person in 0..<flows.beneficiaryFlags.count {
      let flags = flows.beneficiaryFlags[person]
      guard flags != 0 else { continue }
      if flags & Flows.Flag.served != 0 {
        result.beneficiariesServed += 1
        if stocks.registered[person] { result.registeredServed += 1 }
        let area = Int(beneficiaryArea[person])
        if areas.level[area] == .village && !villageReached[area] {
          villageReached[area] = true
          result.villagesReached += 1
        }
      }
      if flags & Flows.Flag.homeVisited != 0 {
        let number = Int(household[person])
        if !householdVisited[number] {
          householdVisited[number] = true
          result.householdsVisited += 1
        }
      }
      if flags & Flows.Flag.caseNew != 0 { result.casesNew += 1 }
      if flags & Flows.Flag.caseClosed != 0 { result.casesClosed += 1 }
    }
    result.serviceCoverage = ratio(result.registeredServed, result.beneficiariesRegistered)
    result.householdVisits = flows.householdVisits
    result.homeVisitRecords = flows.homeVisitRecords
    result.serviceRecords = flows.serviceRecords

    // Activities.
    result.activities = flows.activities
    result.groupSessions = flows.activitiesByKind[Int(ActivityKind.group.rawValue)]
    result.communityActivities = flows.activitiesByKind[Int(ActivityKind.community.rawValue)]
    result.trainings = flows.activitiesByKind[Int(ActivityKind.training.rawValue)]
    result.outreachEvents = flows.activitiesByKind[Int(ActivityKind.outreach.rawValue)]
    result.activityParticipants = flows.activityParticipants
    result.personTimes = result.serviceRecords + result.activityParticipants

    result.casesOpenAtEnd = history.casesOpen

    // Hours, in minutes until output.
    result.serviceMinutes = flows.socialWorkerServiceMinutes
    result.activityMinutes = flows.socialWorkerActivityMinutes
    result.socialWorkerMinutes = result.serviceMinutes + result.activityMinutes
    result.volunteerMinutes = flows.volunteerServiceMinutes + flows.activityVolunteerMinutes
    result.hoursPerSocialWorker =
      result.socialWorkersOnPost == 0
      ? nil : Hundredths(ratio: result.socialWorkerMinutes, over: 60 * result.socialWorkersOnPost)

    result.overdueBeneficiaries = overdue.count
    return result
  }
}
