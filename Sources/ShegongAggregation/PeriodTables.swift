import ShegongValidation

/// The state one period's tables are built from: its stocks, history, overdue flags and detailed flows.
struct PeriodTables {
  let inputs: ValidatedInputs
  let lookup: Lookup
  let stocks: Stocks
  let history: EndState
  let overdue: Overdue
  let flows: Flows
  let detail: FlowDetail

  init(inputs: ValidatedInputs, lookup: Lookup, stocks: Stocks, overdue: Overdue, flows: Flows, history: EndState) {
    self.inputs = inputs
    self.lookup = lookup
    self.stocks = stocks
    self.history = history
    self.overdue = overdue
    self.flows = flows
    self.detail = flows.detail ?? FlowDetail(inputs: inputs)
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
      counts.serviceRecords[index] += Int(detail.beneficiaryServices[person])
      guard stocks.registered[person] else { continue }
      counts.registered[index] += 1
      if flows.beneficiaryFlags[person] & Flows.Flag.served != 0 { counts.registeredServed[index] += 1 }
      if overdue.isOverdue[person] { counts.overdue[index] += 1 }
    }
    return counts
  }

  /// The township (an area index) of each beneficiary, from their area.
  var beneficiaryTownship: [Int32] {
    inputs.beneficiaries.area.map { inputs.areas.township[Int($0)] }
  }
}

extension Aggregator {
  typealias Tables = PeriodTables
}
