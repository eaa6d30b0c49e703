import ShegongValidation

extension PeriodTables {
  /// `by_category`: the 13 categories in the order of SPEC §3, then the groups elderly, children, hardship.
  ///
  /// A person with several categories counts in each; a group counts a person once.
  func byCategory() -> [CategoryRow] {
    let categoryCount = Category.allCases.count
    let groups = CategoryGroup.allCases
    let rowCount = categoryCount + groups.count
    var register = [RegisterCounts](repeating: RegisterCounts(), count: rowCount)
    var serviceRecords = [Int](repeating: 0, count: rowCount)
    let categories = inputs.beneficiaries.categories
    let groupMasks = groups.map(\.mask)
    for person in 0..<categories.count {
      var rows = RowSet(categories[person], groupMasks: groupMasks, categoryCount: categoryCount)
      guard !rows.isEmpty else { continue }
      let services = Int(scan.persons[person].detailServices)
      // The person's own register figures, counted once and added to each of their rows.
      var own = RegisterCounts()
      addRegistered(person, to: &own)
      while let row = rows.next() {
        serviceRecords[row] += services
        register[row].add(own)
      }
    }
    let names: [(code: String, label: Bilingual, isGroup: Bool)] =
      Category.allCases.map { ($0.code, Bilingual($0), false) } + groups.map { ($0.code, Bilingual($0), true) }
    return names.enumerated().map { row, name in
      CategoryRow(
        code: name.code, label: name.label, isGroup: name.isGroup, register: register[row],
        serviceRecords: serviceRecords[row])
    }
  }

  /// `by_disability`: the seven disability types, then the colours red, blue, green, yellow (by type alone).
  func byDisability() -> [DisabilityRow] {
    let typeCount = DisabilityType.allCases.count
    var register = [RegisterCounts](repeating: RegisterCounts(), count: typeCount)
    let types = inputs.beneficiaries.disabilityType
    for person in 0..<types.count {
      guard let type = types[person] else { continue }
      addRegistered(person, to: &register[Int(type.rawValue)])
    }
    let typeRows = DisabilityType.allCases.map { type in
      DisabilityRow(code: type.code, label: Bilingual(type), isColour: false, register: register[Int(type.rawValue)])
    }
    let colourRows = LedgerColour.allCases.map { colour in
      var sum = RegisterCounts()
      for type in DisabilityType.allCases where type.colour == colour { sum.add(register[Int(type.rawValue)]) }
      return DisabilityRow(code: colour.code, label: Bilingual(colour), isColour: true, register: sum)
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
