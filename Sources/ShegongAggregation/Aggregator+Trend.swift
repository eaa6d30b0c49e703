import ShegongValidation

extension Aggregator {
  /// `trend`: the flows of each month of the scan's trend, January first.
  ///
  /// Distinct people and households carry one bit per month, so each month counts them once.
  static func trend(scan: Scan, inputs: ValidatedInputs, lookup: Lookup) -> [TrendRow] {
    let months = scan.plan.trendMonths
    var served = [Int](repeating: 0, count: months.count)
    var householdMonths = [UInt16](repeating: 0, count: lookup.householdCount)
    let household = inputs.beneficiaries.household
    for person in 0..<scan.persons.count {
      var bits = scan.persons[person].monthsServed
      while bits != 0 {
        served[bits.trailingZeroBitCount] += 1
        bits &= bits - 1
      }
      let visited = scan.persons[person].monthsVisited
      if visited != 0 { householdMonths[Int(household[person])] |= visited }
    }
    var visitedHouseholds = [Int](repeating: 0, count: months.count)
    for var bits in householdMonths where bits != 0 {
      while bits != 0 {
        visitedHouseholds[bits.trailingZeroBitCount] += 1
        bits &= bits - 1
      }
    }
    return months.indices.map { index in
      let counters = scan.months[index]
      return TrendRow(
        month: months[index],
        serviceRecords: counters.serviceRecords,
        householdsVisited: visitedHouseholds[index],
        homeVisitRecords: counters.homeVisitRecords,
        activities: counters.activities,
        activityParticipants: counters.activityParticipants,
        personTimes: counters.serviceRecords + counters.activityParticipants,
        beneficiariesServed: served[index],
        socialWorkerMinutes: counters.socialWorkerMinutes,
        volunteerMinutes: counters.volunteerMinutes
      )
    }
  }
}
