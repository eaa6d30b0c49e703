import ShegongValidation

/// Which beneficiaries are overdue for a visit on one day (SPEC §6), with their intervals.
struct Overdue {
  /// Marks "no interval" in `interval`: such a beneficiary is never overdue.
  static let noInterval: Int32 = -1

  /// Per beneficiary: the smallest visit interval among their categories, or `noInterval`.
  var interval: [Int32]
  /// Per beneficiary: registered on the day and overdue.
  var isOverdue: [Bool]
  /// `overdue_beneficiaries`.
  var count = 0

  init(stocks: Stocks, history: EndState, inputs: ValidatedInputs) {
    let beneficiaries = inputs.beneficiaries
    let day = Int64(stocks.day)
    interval = Overdue.intervals(beneficiaries.categories, policy: inputs.policy)
    isOverdue = [Bool](repeating: false, count: beneficiaries.count)
    for person in 0..<beneficiaries.count where stocks.registered[person] {
      let days = interval[person]
      guard days != Overdue.noInterval else { continue }
      let contact = history.lastContact[person]
      let since = contact == EndState.none ? Int64(beneficiaries.registeredOn[person]) : Int64(contact)
      if day - since > Int64(days) {
        isOverdue[person] = true
        count += 1
      }
    }
  }

  /// Each beneficiary's interval, looked up once per distinct set of categories.
  private static func intervals(_ categories: [CategorySet], policy: Policy) -> [Int32] {
    let setCount = 1 << Category.allCases.count
    var known = [Int32?](repeating: nil, count: setCount)
    return categories.map { set in
      let key = Int(set) & (setCount - 1)
      if let days = known[key] { return days }
      let days = policy.interval(for: set) ?? Overdue.noInterval
      known[key] = days
      return days
    }
  }
}
