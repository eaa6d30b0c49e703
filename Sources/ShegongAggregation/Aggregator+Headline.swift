import ShegongValidation

extension Aggregator {
  /// Puts the stocks and overdue flags of a block's last day and the block's flows together into its headline.
  static func headline(block: Int, scan: Scan, end: EndDay, inputs: ValidatedInputs) -> Headline {
    var result = end.stocks.headline
    let stocks = end.stocks
    let areas = inputs.areas
    let beneficiaryArea = inputs.beneficiaries.area

    // Stations and points open on the last day with a service or activity in the block.
    let stationBit = UInt8(1) << UInt8(block)
    var reporting = 0
    for station in 0..<inputs.stations.count
    where stocks.stationActive[station] && scan.stationBlocks[station] & stationBit != 0 {
      reporting += 1
    }
    result[.stationsReporting] = .count(reporting)
    result[.reportingRate] = .ratio(ratio(reporting, stocks.activeStationsAndPoints))

    // People: served, registered and served, households visited, cases.
    var flows = [scan.flows[block]]
    var register = RegisterCounts()
    register.registered = stocks.registeredCount
    register.overdue = end.overdue.count
    register.due = end.overdue.dueCount
    let shift = UInt16(4 * block)
    let served = PersonState.Flag.served << shift
    let visited = PersonState.Flag.homeVisited << shift
    let caseNew = PersonState.Flag.caseNew << shift
    let caseClosed = PersonState.Flag.caseClosed << shift
    var villageReached = [Bool](repeating: false, count: areas.count)
    var visits = DistinctPairs(groupCount: 1, itemCount: Lookup.householdCount(inputs))
    let household = inputs.beneficiaries.household
    for person in 0..<scan.persons.count {
      let flags = scan.persons[person].flags
      guard flags & (0xF << shift) != 0 else { continue }
      if flags & served != 0 {
        flows[0].beneficiariesServed += 1
        if stocks.registered[person] { register.registeredServed += 1 }
        let area = Int(beneficiaryArea[person])
        if areas.level[area] == .village && !villageReached[area] {
          villageReached[area] = true
          flows[0].villagesReached += 1
        }
      }
      if flags & visited != 0 { visits.add(group: 0, item: household[person]) }
      if flags & caseNew != 0 { flows[0].casesNew += 1 }
      if flags & caseClosed != 0 { flows[0].casesClosed += 1 }
    }
    flows.countHouseholdsVisited(visits)
    result.take { flows[0][$0] }
    result.take { register[$0] }
    result[.casesOpenAtEnd] = .count(end.casesOpen)
    let onPost = stocks.socialWorkersOnPostTotal
    result[.hoursPerSocialWorker] = .hundredths(
      onPost == 0 ? nil : Hundredths(ratio: flows[0].socialWorkerMinutes, over: 60 * onPost))
    return result
  }
}
