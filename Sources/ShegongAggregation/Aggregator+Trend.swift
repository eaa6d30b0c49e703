import ShegongValidation

extension Aggregator {
  /// `trend`: the flows of each month of the scan's trend, January first.
  ///
  /// Distinct people and households carry one bit per month, so each month counts them once.
  static func trend(scan: Scan, inputs: ValidatedInputs, lookup: Lookup) -> [TrendRow] {
    let months = scan.plan.trendMonths
    var flows = scan.months
    var visits = DistinctPairs(groupCount: months.count, itemCount: lookup.householdCount)
    let served = bitCounts(scan.persons.lazy.map(\.monthsServed), width: months.count)
    for month in months.indices { flows[month].beneficiariesServed = served[month] }
    let household = inputs.beneficiaries.household
    for person in 0..<scan.persons.count {
      var visited = scan.persons[person].monthsVisited
      while visited != 0 {
        visits.add(group: Int32(visited.trailingZeroBitCount), item: household[person])
        visited &= visited - 1
      }
    }
    flows.countHouseholdsVisited(visits)
    return months.indices.map { TrendRow(month: months[$0], flows: flows[$0]) }
  }
}
