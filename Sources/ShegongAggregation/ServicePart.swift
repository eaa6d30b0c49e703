import ShegongValidation

/// What one worker thread counts of the services: the rows whose beneficiary lies in its range.
///
/// Beneficiary records are written in place (the ranges do not overlap); everything else is the
/// part's own and is merged into the scan afterwards.
struct ServicePart {
  /// Per block: the flows counted so far.
  var flows: [FlowCounts]
  /// Per station: bit b set when a service attributed to it lies in block b.
  var stationBlocks: [UInt8]
  /// Per trend month: the flows counted so far.
  var months: [FlowCounts]
  /// Per block: (day, household) pairs of `home_visit` services.
  var visitDays: [DistinctPairs]
  /// The breakdowns of the detail block.
  var detail: FlowDetail
  /// A value the batched loads feed, kept so that they are not optimized away.
  var prefetchSink: UInt16 = 0

  init(plan: ScanPlan, stationCount: Int, workerCount: Int, householdCount: Int) {
    flows = [FlowCounts](repeating: FlowCounts(), count: plan.blocks.count)
    stationBlocks = [UInt8](repeating: 0, count: stationCount)
    months = [FlowCounts](repeating: FlowCounts(), count: plan.trendMonths.count)
    visitDays = plan.blocks.map {
      DistinctPairs(groupCount: Int($0.end) - Int($0.start) + 1, itemCount: householdCount)
    }
    detail = FlowDetail(
      stationCount: plan.detailBlock == nil ? 0 : stationCount,
      workerCount: plan.detailBlock == nil ? 0 : workerCount,
      householdCount: householdCount)
  }

  /// Adds what `other` counted.
  mutating func merge(_ other: ServicePart) {
    flows.add(other.flows)
    for station in stationBlocks.indices { stationBlocks[station] |= other.stationBlocks[station] }
    months.add(other.months)
    for block in visitDays.indices { visitDays[block].add(contentsOf: other.visitDays[block]) }
    detail.merge(other.detail)
    prefetchSink |= other.prefetchSink
  }
}
