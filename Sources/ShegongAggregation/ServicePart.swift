import ShegongValidation

/// What one worker thread counts of the services: the rows whose beneficiary lies in its range.
///
/// Beneficiary records are written in place (the ranges do not overlap); everything else is the
/// part's own and is merged into the scan afterwards.
struct ServicePart {
  /// Per block: the row counters.
  var counters: [BlockCounters]
  /// Per station: bit b set when a service attributed to it lies in block b.
  var stationBlocks: [UInt8]
  /// Per trend month: the row counters.
  var months: [MonthCounters]
  /// Per block: (day, household) pairs of `home_visit` services.
  var visitDays: [DistinctPairs]
  /// The breakdowns of the detail block.
  var detail: FlowDetail
  /// A value the batched loads feed, kept so that they are not optimized away.
  var prefetchSink: UInt16 = 0

  init(plan: ScanPlan, stationCount: Int, workerCount: Int, householdCount: Int) {
    counters = [BlockCounters](repeating: BlockCounters(), count: plan.blocks.count)
    stationBlocks = [UInt8](repeating: 0, count: stationCount)
    months = [MonthCounters](repeating: MonthCounters(), count: plan.trendMonths.count)
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
    for block in counters.indices { counters[block].add(other.counters[block]) }
    for station in stationBlocks.indices { stationBlocks[station] |= other.stationBlocks[station] }
    for month in months.indices { months[month].add(other.months[month]) }
    for block in visitDays.indices { visitDays[block].add(contentsOf: other.visitDays[block]) }
    detail.merge(other.detail)
    prefetchSink |= other.prefetchSink
  }
}
