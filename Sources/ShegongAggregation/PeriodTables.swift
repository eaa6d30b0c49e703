import ShegongValidation

/// The state one period's tables are built from: the detail block of a scan and its last day.
struct PeriodTables {
  let inputs: ValidatedInputs
  let lookup: Lookup
  let scan: Scan
  let end: EndDay
  /// The block whose detail was collected.
  let block: Int

  init(inputs: ValidatedInputs, lookup: Lookup, scan: Scan, end: EndDay) {
    self.inputs = inputs
    self.lookup = lookup
    self.scan = scan
    self.end = end
    self.block = scan.plan.detailBlock ?? 0
  }

  var stocks: Stocks { end.stocks }
  var overdue: Overdue { end.overdue }
  var detail: FlowDetail { scan.detail }

  /// Whether `person` was served in the period.
  @inline(__always)
  func isServed(_ person: Int) -> Bool {
    scan.persons[person].has(PersonState.Flag.served, block: block)
  }

  /// Whether station `station` has a service or activity in the period.
  func hasRows(_ station: Int) -> Bool {
    scan.stationBlocks[station] & (1 << UInt8(block)) != 0
  }

  /// Register figures of the beneficiaries grouped by `group` (one group index per beneficiary).
  struct RegisterCounts {
    /// Per group: registered on the last day.
    var registered: [Int]
    /// Per group: registered and served in the period.
    var registeredServed: [Int]
    /// Per group: services in the period to the group's beneficiaries (registered or not).
    var serviceRecords: [Int]
    /// Per group: registered and overdue.
    var overdue: [Int]

    /// The service coverage of group `index`.
    func coverage(_ index: Int) -> Double? { ratio(registeredServed[index], registered[index]) }
  }

  /// Counts each beneficiary in the group `group[person]`.
  func registerCounts(group: [Int32], groupCount: Int) -> RegisterCounts {
    let zeros = [Int](repeating: 0, count: groupCount)
    var counts = RegisterCounts(registered: zeros, registeredServed: zeros, serviceRecords: zeros, overdue: zeros)
    for person in 0..<group.count {
      let index = Int(group[person])
      counts.serviceRecords[index] += Int(scan.persons[person].detailServices)
      guard stocks.registered[person] else { continue }
      counts.registered[index] += 1
      if isServed(person) { counts.registeredServed[index] += 1 }
      if overdue.isOverdue[person] { counts.overdue[index] += 1 }
    }
    return counts
  }

  /// The township (an area index) of each beneficiary, from their area.
  var beneficiaryTownship: [Int32] {
    inputs.beneficiaries.area.map { inputs.areas.township[Int($0)] }
  }
}
