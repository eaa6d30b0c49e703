import ShegongIngest
import ShegongValidation

extension Scan {
  /// Counts every accepted service, in one pass per processor: each part takes the rows whose
  /// beneficiary lies in its share of the register, so that no two parts write the same record.
  mutating func countServices(inputs: ValidatedInputs, lookup: Lookup, threads: Int?) {
    let partCount = threads ?? (inputs.services.count < Scan.rowsPerPart ? 1 : Processors.count)
    let personCount = persons.count
    let plan = self.plan
    // Each part writes only the records of its own beneficiaries.
    let parts = persons.withUnsafeMutableBufferPointer { persons in
      thirdEnd.withUnsafeMutableBufferPointer { history in
        (0..<partCount).concurrentMap { index in
          var part = ServicePart(
            plan: plan, stationCount: inputs.stations.count, workerCount: inputs.workers.count,
            householdCount: lookup.householdCount)
          part.count(
            plan: plan, inputs: inputs, lookup: lookup, persons: persons, history: history,
            personRange: Int32(personCount * index / partCount)..<Int32(personCount * (index + 1) / partCount))
          return part
        }
      }
    }
    var total = parts[0]
    for part in parts.dropFirst() { total.merge(part) }
    flows.add(total.flows)
    for block in flows.indices { flows[block].householdVisits = total.visitDays[block].total() }
    for station in stationBlocks.indices { stationBlocks[station] |= total.stationBlocks[station] }
    months = total.months
    detail = total.detail
    prefetchSink = total.prefetchSink
  }

  /// Fewer services than this are counted on one thread.
  static let rowsPerPart = 100_000
}

extension ServicePart {
  /// Counts the services whose beneficiary lies in `personRange`; `history` holds the history up to
  /// the plan's third last day, or is empty when it is not kept.
  mutating func count(
    plan: ScanPlan, inputs: ValidatedInputs, lookup: Lookup, persons: UnsafeMutableBufferPointer<PersonState>,
    history: UnsafeMutableBufferPointer<PersonHistory>, personRange: Range<Int32>
  ) {
    let services = inputs.services
    let dates = services.date
    let types = services.type
    let people = services.beneficiary
    let workers = services.worker
    let stations = services.station
    let minutesColumn = services.minutes
    let stages = services.stage
    let isSocialWorker = lookup.isSocialWorker
    let contactMask = inputs.policy.contactServiceTypes

    let blocks = plan.blocks
    let blockCount = blocks.count
    let end0 = plan.ends[0]
    let end1 = plan.ends.count > 1 ? plan.ends[1] : Day.min
    let end2 = history.isEmpty || plan.ends.count < 3 ? Day.min : plan.ends[2]
    let lastEnd = plan.ends.max() ?? end0
    let detailSpan = plan.detailBlock.map { blocks[$0] } ?? DaySpan(start: 1, end: 0)
    let trendSpan = plan.trendSpan ?? DaySpan(start: 1, end: 0)
    let monthOfDay = Scan.monthOfDay(plan.trendMonths)
    let lower = personRange.lowerBound
    let upper = personRange.upperBound

    // Rows are taken in batches: a first loop only loads each row's beneficiary record, so that many
    // cache misses are under way at once; the second loop then finds the records in cache.
    let batchSize = 32
    var touched: UInt16 = 0
    var batchStart = 0
    while batchStart < dates.count {
      let batchEnd = min(batchStart + batchSize, dates.count)
      for row in batchStart..<batchEnd {
        let person = people[row]
        if person >= lower && person < upper { touched |= persons[Int(person)].flags }
      }
      for row in batchStart..<batchEnd {
        let date = dates[row]
        let owner = people[row]
        guard date <= lastEnd, owner >= lower, owner < upper else { continue }
        let person = Int(owner)
        let type = types[row]
        var state = persons[person]

        // History up to each end day: last contact and latest case-work stage.
        if contactMask & type.bit != 0 {
          if date <= end0 && date > state.contact0 { state.contact0 = date }
          if date <= end1 && date > state.contact1 { state.contact1 = date }
          if date <= end2 && date > history[person].contact { history[person].contact = date }
        }
        var rowFlags = PersonState.Flag.served
        if type == .caseWork {
          let stage = stages[row] ?? .follow
          let key = PersonState.caseKey(date: date, stage: stage)
          if date <= end0 && key > state.case0 { state.case0 = key }
          if date <= end1 && key > state.case1 { state.case1 = key }
          if date <= end2 && key > history[person].caseKey { history[person].caseKey = key }
          if stage == .new { rowFlags |= PersonState.Flag.caseNew }
          if stage == .close { rowFlags |= PersonState.Flag.caseClosed }
        } else if type == .homeVisit {
          rowFlags |= PersonState.Flag.homeVisited
        }

        let minutes = Int(minutesColumn[row])
        let worker = Int(workers[row])
        let bySocialWorker = isSocialWorker[worker]
        let station = Int(stations[row])
        let isHomeVisit = type == .homeVisit
        for block in 0..<blockCount {
          let span = blocks[block]
          guard span.contains(date) else { continue }
          state.flags |= rowFlags << UInt16(4 * block)
          stationBlocks[station] |= 1 << UInt8(block)
          flows[block].addService(minutes: minutes, bySocialWorker: bySocialWorker, isHomeVisit: isHomeVisit)
          if isHomeVisit { visitDays[block].add(group: date - span.start, item: state.household) }
        }

        if detailSpan.contains(date) {
          state.detailServices += 1
          state.types |= type.bit
          detail.addService(
            station: station, worker: worker, type: type, minutes: minutes, bySocialWorker: bySocialWorker,
            household: isHomeVisit ? state.household : -1, warnings: Int(services.warnings[row]))
        }

        if trendSpan.contains(date) {
          let month = Int(monthOfDay[Int(date - trendSpan.start)])
          let bit = UInt16(1) << UInt16(month)
          state.monthsServed |= bit
          months[month].addService(minutes: minutes, bySocialWorker: bySocialWorker, isHomeVisit: isHomeVisit)
          if isHomeVisit { state.monthsVisited |= bit }
        }
        persons[person] = state
      }
      batchStart = batchEnd
    }
    prefetchSink = touched
  }
}
