import ShegongValidation

/// Which beneficiaries are overdue for a visit on one day (SPEC §6), with their intervals.
struct Overdue {
  /// Marks "no interval" in `interval`: such a beneficiary is never overdue.
  static let noInterval: Int32 = -1

  /// Per beneficiary: the smallest visit interval among their categories, or `noInterval`.
  let interval: [Int32]
  /// Per beneficiary: registered on the day and overdue.
  var isOverdue: [Bool]
  /// `overdue_beneficiaries`.
  var count = 0
  /// `beneficiaries_due`: registered on the day and having an interval.
  var dueCount = 0

  /// The overdue flags on `stocks.day`, which is end `end` of `scan`'s plan.
  init(stocks: Stocks, scan: Scan, end: Int, interval: [Int32], inputs: ValidatedInputs) {
    let registeredOn = inputs.beneficiaries.registeredOn
    let day = Int64(stocks.day)
    self.interval = interval
    isOverdue = [Bool](repeating: false, count: registeredOn.count)
    for person in 0..<registeredOn.count where stocks.registered[person] {
      let days = interval[person]
      guard days != Overdue.noInterval else { continue }
      dueCount += 1
      let contact = scan.contact(person, end: end)
      let since = contact == PersonState.none ? Int64(registeredOn[person]) : Int64(contact)
      if day - since > Int64(days) {
        isOverdue[person] = true
        count += 1
      }
    }
  }

  /// Whether `person`, registered on the day, is due visits: they have an interval (SPEC §5
  /// `beneficiaries_due`).
  @inline(__always)
  func isDue(_ person: Int) -> Bool {
    interval[person] != Overdue.noInterval
  }

  /// Each beneficiary's interval, looked up once per distinct set of categories.
  static func intervals(_ categories: [CategorySet], policy: Policy) -> [Int32] {
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

/// What holds on one end day of a scan: the stocks, the overdue flags and the open cases.
struct EndDay {
  /// The index of the day in the plan's `ends`.
  let index: Int
  /// Open stations, workers on post, registered beneficiaries.
  let stocks: Stocks
  /// Overdue beneficiaries.
  let overdue: Overdue
  /// `cases_open_at_end`.
  let casesOpen: Int

  init(index: Int, scan: Scan, intervals: [Int32], inputs: ValidatedInputs) {
    self.index = index
    let day = scan.plan.ends[index]
    stocks = Stocks(on: day, inputs: inputs)
    overdue = Overdue(stocks: stocks, scan: scan, end: index, interval: intervals, inputs: inputs)
    var open = 0
    for person in scan.persons.indices where PersonState.isOpen(caseKey: scan.caseKey(person, end: index)) {
      open += 1
    }
    casesOpen = open
  }

  /// The day itself.
  var day: Day { stocks.day }
}
