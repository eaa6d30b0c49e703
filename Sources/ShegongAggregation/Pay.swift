import ShegongValidation

/// Pay for a worker's services (SPEC §6), computed exactly from rates in 1/10 000 元.
enum Pay {
  /// Σ over the worker's services in the span of `per_record[type] + hourly[type] × hours`, in 元
  /// rounded half-up to two places; nil for a volunteer, when no rate is set, or (for absurd rates)
  /// when the sum does not fit in 64 bits.
  static func pay(worker: Int, flows: WorkerFlows, isSocialWorker: Bool, policy: Policy) -> Hundredths? {
    guard isSocialWorker, policy.hasPayRates else { return nil }
    // The exact total is `units + sixtieths / 60` in 1/10 000 元.
    var units = 0
    var sixtieths = 0
    for type in ServiceType.allCases {
      let (records, minutes) = flows.sums(worker: worker, type: type)
      guard records > 0 else { continue }
      let perRecord = Int(policy.perRecordRate[Int(type.rawValue)] ?? 0)
      let hourly = Int(policy.hourlyRate[Int(type.rawValue)] ?? 0)
      // hourly × minutes / 60 = hourly × whole hours + hourly × leftover minutes / 60.
      guard let fixed = product(records, perRecord), let hours = product(hourly, minutes / 60),
        let leftover = product(hourly, minutes % 60), let sum = add(units, fixed), let total = add(sum, hours),
        let parts = add(sixtieths, leftover), let carried = add(total, parts / 60)
      else { return nil }
      units = carried
      sixtieths = parts % 60
    }
    // Half-up to 1/100 元: floor((60 × units + sixtieths + 3 000) / 6 000), with units = 100 a + b.
    let whole = units / 100
    let rest = units % 100
    return Hundredths(whole + (60 * rest + sixtieths + 3_000) / 6_000)
  }

  private static func product(_ lhs: Int, _ rhs: Int) -> Int? {
    let (value, overflow) = lhs.multipliedReportingOverflow(by: rhs)
    return overflow ? nil : value
  }

  private static func add(_ lhs: Int, _ rhs: Int) -> Int? {
    let (value, overflow) = lhs.addingReportingOverflow(rhs)
    return overflow ? nil : value
  }
}
