import ShegongValidation

/// Facts about the input tables that every pass needs, computed once.
struct Lookup {
  /// Per worker: role is social worker.
  let isSocialWorker: [Bool]
  /// The number of household numbers in use.
  let householdCount: Int

  init(inputs: ValidatedInputs) {
    isSocialWorker = inputs.workers.role.map { $0 == .socialWorker }
    householdCount = Lookup.householdCount(inputs)
  }

  /// The number of household numbers: `householdCount`, or more when a row holds a higher number.
  static func householdCount(_ inputs: ValidatedInputs) -> Int {
    let highest = inputs.beneficiaries.household.max() ?? -1
    return max(inputs.beneficiaries.householdCount, Int(highest) + 1)
  }
}
