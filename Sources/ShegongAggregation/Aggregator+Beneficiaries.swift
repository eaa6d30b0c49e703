import ShegongValidation

extension PeriodTables {
  /// `by_category`: the 13 categories in the order of SPEC §3, then the groups elderly, children, hardship.
  ///
  /// A person with several categories counts in each; a group counts a person once.
  func byCategory() -> [CategoryRow] {
    let categoryCount = Category.allCases.count
    let groups = CategoryGroup.allCases
    let rowCount = categoryCount + groups.count
    var registered = [Int](repeating: 0, count: rowCount)
    var registeredServed = registered
    var serviceRecords = registered
    var overdueCount = registered
    let categories = inputs.beneficiaries.categories
    let groupMasks = groups.map(\.mask)
    for person in 0..<categories.count {
      var rows = RowSet(categories[person], groupMasks: groupMasks, categoryCount: categoryCount)
      guard !rows.isEmpty else { continue }
      let services = Int(scan.persons[person].detailServices)
      let isRegistered = stocks.registered[person]
      let isServed = isRegistered && self.isServed(person)
      let isOverdue = overdue.isOverdue[person]
      while let row = rows.next() {
        serviceRecords[row] += services
        guard isRegistered else { continue }
        registered[row] += 1
        if isServed { registeredServed[row] += 1 }
        if isOverdue { overdueCount[row] += 1 }
      }
    }
    let names: [(code: String, label: String, english: String, isGroup: Bool)] =
      Category.allCases.map { ($0.code, $0.label, $0.englishLabel, false) }
      + groups.map { ($0.code, $0.label, $0.englishLabel, true) }
    return names.enumerated().map { row, name in
      CategoryRow(
        code: name.code, label: name.label, englishLabel: name.english, isGroup: name.isGroup,
        beneficiariesRegistered: registered[row], registeredServed: registeredServed[row],
        serviceCoverage: ratio(registeredServed[row], registered[row]), serviceRecords: serviceRecords[row],
        overdueBeneficiaries: overdueCount[row])
    }
  }

  /// `by_disability`: the seven disability types, then the colours red, blue, green, yellow (by type alone).
  func byDisability() -> [DisabilityRow] {
    let typeCount = DisabilityType.allCases.count
    var registered = [Int](repeating: 0, count: typeCount)
    var registeredServed = registered
    let types = inputs.beneficiaries.disabilityType
    for person in 0..<types.count where stocks.registered[person] {
      guard let type = types[person] else { continue }
      registered[Int(type.rawValue)] += 1
      if isServed(person) { registeredServed[Int(type.rawValue)] += 1 }
    }
    let typeRows = DisabilityType.allCases.map { type in
      DisabilityRow(
        code: type.code, label: type.label, englishLabel: type.englishLabel, isColour: false,
        beneficiariesRegistered: registered[Int(type.rawValue)],
        registeredServed: registeredServed[Int(type.rawValue)])
    }
    let colourRows = LedgerColour.allCases.map { colour in
      let members = DisabilityType.allCases.filter { $0.colour == colour }.map { Int($0.rawValue) }
      return DisabilityRow(
        code: colour.code, label: colour.label, englishLabel: colour.englishLabel, isColour: true,
        beneficiariesRegistered: members.reduce(0) { $0 + registered[$1] },
        registeredServed: members.reduce(0) { $0 + registeredServed[$1] })
    }
    return typeRows + colourRows
  }
}

/// The `by_category` rows one person counts in: each of their categories, then each group they belong to.
private struct RowSet {
  private var bits: UInt32

  init(_ categories: CategorySet, groupMasks: [CategorySet], categoryCount: Int) {
    var bits = UInt32(categories) & ((1 << UInt32(categoryCount)) - 1)
    for (index, mask) in groupMasks.enumerated() where categories & mask != 0 {
      bits |= 1 << UInt32(categoryCount + index)
    }
    self.bits = bits
  }

  var isEmpty: Bool { bits == 0 }

  /// The next row index, lowest first, or nil when none is left.
  mutating func next() -> Int? {
    guard bits != 0 else { return nil }
    let row = bits.trailingZeroBitCount
    bits &= bits - 1
    return row
  }
}
