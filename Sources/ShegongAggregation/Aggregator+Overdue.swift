import ShegongValidation

extension PeriodTables {
  /// `overdue`: registered beneficiaries overdue as of the period's last day (SPEC §6).
  ///
  /// Sorted by days since last contact, longest first, the never-contacted before everyone,
  /// then by `beneficiary_id` bytewise. Names are masked unless `unmasked`.
  func overdueRows(unmasked: Bool) -> [OverdueRow] {
    let beneficiaries = inputs.beneficiaries
    var people: [Int] = []
    for person in 0..<beneficiaries.count where overdue.isOverdue[person] { people.append(person) }
    // Days since contact, with Int.max standing for "never contacted" so that those come first.
    let day = Int(history.day)
    func sinceKey(_ person: Int) -> Int {
      let contact = history.lastContact[person]
      return contact == EndState.none ? Int.max : day - Int(contact)
    }
    people.sort { first, second in
      let firstKey = sinceKey(first)
      let secondKey = sinceKey(second)
      if firstKey != secondKey { return firstKey > secondKey }
      if bytewiseLess(beneficiaries.id[first], beneficiaries.id[second]) { return true }
      if bytewiseLess(beneficiaries.id[second], beneficiaries.id[first]) { return false }
      return first < second
    }
    return people.map { person in
      let contact = history.lastContact[person]
      let contacted = contact != EndState.none
      let categories = beneficiaries.categories[person]
      return OverdueRow(
        beneficiaryId: beneficiaries.id[person],
        name: unmasked ? beneficiaries.name[person] : Masking.name(beneficiaries.name[person]),
        stationId: inputs.stations.id[Int(beneficiaries.station[person])],
        areaCode: inputs.areas.code[Int(beneficiaries.area[person])],
        categories: Category.allCases.filter { categories & $0.bit != 0 },
        intervalDays: Int(overdue.interval[person]),
        lastContact: contacted ? contact : nil,
        daysSince: contacted ? day - Int(contact) : nil
      )
    }
  }
}
