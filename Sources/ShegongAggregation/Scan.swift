import ShegongValidation

/// One pass over services, activities and attendance that counts every block of a `ScanPlan` at once.
///
/// Per row it touches one `PersonState` (the beneficiary's) and small per-station and per-worker
/// arrays; distinct counts come from flag bits and "last seen" stamps, never from hashing.
struct Scan {
  /// What was counted.
  let plan: ScanPlan
  /// Per beneficiary: flags, history and breakdown bits.
  var persons: [PersonState]
  /// Per beneficiary: the history up to the plan's third last day; empty when the plan has no third
  /// last day or no service is dated on or before it.
  var thirdEnd: [PersonHistory]
  /// Per beneficiary: target groups of activities attended in the detail block (bit `TargetGroup.rawValue`).
  var targetGroups: [UInt8]
  /// Per block: the flows of its rows, with `householdVisits` (户次) set.
  var flows: [FlowCounts]
  /// Per station: bit b set when a service or activity attributed to it lies in block b.
  var stationBlocks: [UInt8]
  /// Per trend month: the flows of its rows.
  var months: [FlowCounts]
  /// The breakdowns of the detail block (empty when the plan has none).
  var detail: FlowDetail
  /// A value the batched loads feed, kept so that they are not optimized away.
  var prefetchSink: UInt16 = 0

  init(plan: ScanPlan, inputs: ValidatedInputs, lookup: Lookup, threads: Int? = nil) {
    self.plan = plan
    persons = [PersonState](repeating: PersonState(), count: inputs.beneficiaries.count)
    for (person, household) in inputs.beneficiaries.household.enumerated() { persons[person].household = household }
    let keepsThirdEnd = plan.ends.count > 2 && inputs.services.date.contains { $0 <= plan.ends[2] }
    thirdEnd = [PersonHistory](repeating: PersonHistory(), count: keepsThirdEnd ? inputs.beneficiaries.count : 0)
    targetGroups = [UInt8](repeating: 0, count: inputs.beneficiaries.count)
    flows = [FlowCounts](repeating: FlowCounts(), count: plan.blocks.count)
    stationBlocks = [UInt8](repeating: 0, count: inputs.stations.count)
    months = [FlowCounts](repeating: FlowCounts(), count: plan.trendMonths.count)
    detail = FlowDetail(
      stationCount: plan.detailBlock == nil ? 0 : inputs.stations.count,
      workerCount: plan.detailBlock == nil ? 0 : inputs.workers.count,
      householdCount: lookup.householdCount)
    countServices(inputs: inputs, lookup: lookup, threads: threads)
    countActivities(inputs: inputs, lookup: lookup)
  }

  /// The latest contact of `person` up to end `index` of the plan, or `PersonState.none`.
  @inline(__always)
  func contact(_ person: Int, end index: Int) -> Int32 {
    guard index == 2 else { return persons[person].contact(end: index) }
    return thirdEnd.isEmpty ? PersonState.none : thirdEnd[person].contact
  }

  /// The latest case key of `person` up to end `index` of the plan, or `PersonState.none`.
  @inline(__always)
  func caseKey(_ person: Int, end index: Int) -> Int32 {
    guard index == 2 else { return persons[person].caseKey(end: index) }
    return thirdEnd.isEmpty ? PersonState.none : thirdEnd[person].caseKey
  }

  /// The month index (0-based) of each day of the trend's span.
  static func monthOfDay(_ months: [Period]) -> [UInt8] {
    guard let first = months.first, let last = months.last else { return [] }
    var table = [UInt8](repeating: 0, count: Int(last.end - first.start) + 1)
    for (index, month) in months.enumerated() {
      for day in month.start...month.end { table[Int(day - first.start)] = UInt8(index) }
    }
    return table
  }
}
