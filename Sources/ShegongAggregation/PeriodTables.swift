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

  /// The register figures of each group of beneficiaries, one group index per beneficiary in
  /// `group`, with the services in the period to each group's beneficiaries (registered or not).
  func registerCounts(group: [Int32], groupCount: Int) -> (register: [RegisterCounts], flows: [FlowCounts]) {
    var register = [RegisterCounts](repeating: RegisterCounts(), count: groupCount)
    var flows = [FlowCounts](repeating: FlowCounts(), count: groupCount)
    for person in 0..<group.count {
      let index = Int(group[person])
      flows[index].serviceRecords += Int(scan.persons[person].detailServices)
      addRegistered(person, to: &register[index])
    }
    return (register, flows)
  }

  /// Counts `person` into `register` when they are registered on the last day: served in the
  /// period, due visits, overdue. The one way every table's slice counts its register figures.
  @inline(__always)
  func addRegistered(_ person: Int, to register: inout RegisterCounts) {
    guard stocks.registered[person] else { return }
    register.addRegistered(served: isServed(person), due: overdue.isDue(person), overdue: overdue.isOverdue[person])
  }

  /// The township (an area index) of each beneficiary, from their area.
  var beneficiaryTownship: [Int32] {
    inputs.beneficiaries.area.map { inputs.areas.township[Int($0)] }
  }
}
