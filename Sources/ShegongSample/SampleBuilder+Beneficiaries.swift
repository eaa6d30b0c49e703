import ShegongValidation

/// `beneficiaries.csv`: households of registered service recipients, written as they are made.
///
/// UTF-8 with BOM, Chinese headers, CRLF; categories mostly as Chinese labels joined by `、`
/// (sometimes codes joined by `;`, or labels joined by `,` inside quotes); dates as `2023/4/12`.
extension SampleBuilder {
  /// The codes planted on extra beneficiary rows.
  static let beneficiaryCodes: [IssueCode] = [
    .idChecksum, .missingValue, .typeError, .constraintError, .unknownReference, .duplicateKey, .extraCell,
    .missingCell, .malformedRow, .categoryAgeMismatch, .idDuplicate,
  ]

  /// One person of a household, before it is written.
  struct Person {
    var male = false
    var generation = ChineseNames.Generation.adult
    var birth = 0
    var categories: UInt16 = 0
    var disability: DisabilityType?
    var grade = 0
    var registered = 0
    var exited: Int?
    var hasIDNumber = true
  }

  /// What a beneficiary row is written with besides the person.
  struct BeneficiaryPlacement {
    var number: Int
    var household: Int?
    var village: Int
    var station: Int
  }

  /// Writes `beneficiaries.csv` and fills `beneficiaries` with everyone's dates and groups.
  func writeBeneficiaries() throws(SampleError) {
    var random = randomSource(4)
    let total = plan.beneficiaries
    let extras = extraRowCount(base: total, codes: Self.beneficiaryCodes.count)
    beneficiaryWidth = max(6, Self.digits(total + extras + 1))
    householdWidth = beneficiaryWidth
    beneficiaries.registered.reserveCapacity(total)
    beneficiaries.exited.reserveCapacity(total)
    beneficiaries.groups.reserveCapacity(total)
    beneficiaries.caseState = []
    beneficiaries.pools = Array(repeating: [], count: stations.count)

    let sink = try openSink("beneficiaries.csv", encoding: .utf8WithBOM, lineEnd: .crlf)
    header(sink, BeneficiaryColumn.self, chinese: true)

    // Share the people out over the villages (communities a little larger), exactly `total`.
    var weights: [Int] = []
    weights.reserveCapacity(villages.count)
    for village in villages {
      weights.append(random.int(50, 150) * (village.code % 1000 < 200 ? 6 : 5))
    }
    let weightSum = max(1, weights.reduce(0, +))
    var cumulative = 0
    var assigned = 0
    var households = 0
    var members: [Person] = []
    members.reserveCapacity(4)
    for (villageIndex, village) in villages.enumerated() {
      cumulative += weights[villageIndex]
      let target = total * cumulative / weightSum
      let township = townships[village.township]
      while assigned < target {
        makeHousehold(&members, &random)
        if members.count > target - assigned { members.removeLast(members.count - (target - assigned)) }
        let sharedHousehold = members.count > 1 || random.chance(0.5)
        if sharedHousehold { households += 1 }
        for person in members {
          let station = village.point.flatMap { random.chance(0.6) ? $0 : nil } ?? township.hub
          let placement = BeneficiaryPlacement(
            number: assigned + 1, household: sharedHousehold ? households : nil, village: villageIndex,
            station: station)
          writeBeneficiary(sink, person, placement, plant: nil, &random)
          try sink.endRow()
          record(person, pool: township.hub)
          assigned += 1
        }
      }
    }

    // Broken extra rows that nothing references; an unclosed quote only on the very last one.
    var planter = ErrorPlanter(codes: Self.beneficiaryCodes, rate: options.errorRate, expectedRows: extras)
    var rejected = 0
    for index in 0..<extras {
      let code = Self.beneficiaryCodes[index % Self.beneficiaryCodes.count]
      var variant = planter.commit(code)
      if code == .malformedRow { variant = index == extras - 1 ? 2 : variant % 2 }
      makeHousehold(&members, &random)
      let village = townships[0].villages.lowerBound
      let placement = BeneficiaryPlacement(
        number: total + index + 1, household: nil, village: village, station: townships[0].hub)
      writeBeneficiary(sink, members[0], placement, plant: (code, variant), &random)
      try sink.endRow()
      ledger.add(code)
      if code.severity == .error { rejected += 1 }
    }
    try finish(sink, name: "beneficiaries.csv", rejected: rejected)
    beneficiaries.caseState = Array(repeating: 0, count: beneficiaries.count)
  }

  /// Keeps what later files need to know about a written beneficiary.
  private func record(_ person: Person, pool: Int) {
    let index = beneficiaries.count
    beneficiaries.registered.append(Int32(person.registered))
    beneficiaries.exited.append(person.exited.map { Int32($0) } ?? Int32.max)
    beneficiaries.interval.append(Self.policy.interval(for: person.categories) ?? 0)
    beneficiaries.lastContact.append(Int32(person.registered))
    var groups: UInt8 = 0
    let elderly = Category.elderlyAlone.bit | Category.leftBehindElderly.bit | Category.elderlyAdvanced.bit
    let children =
      Category.orphan.bit | Category.unsupportedChild.bit | Category.childInDifficulty.bit
      | Category.leftBehindChild.bit
    let hardship =
      Category.dibao.bit | Category.dibaoEdge.bit | Category.tekun.bit | Category.povertyMonitoring.bit
      | Category.disabled.bit
    if person.categories & elderly != 0 { groups |= TargetGroup.elderly.bit }
    if person.categories & children != 0 { groups |= TargetGroup.children.bit }
    if person.categories & hardship != 0 { groups |= TargetGroup.hardship.bit }
    if person.categories & Category.disabled.bit != 0 { groups |= TargetGroup.disabled.bit }
    beneficiaries.groups.append(groups)
    beneficiaries.pools[pool].append(Int32(index))
    if let exited = person.exited, exited <= firstDay { beneficiaries.exitedEarly.append(Int32(index)) }
  }

  // MARK: Households

  /// Fills `members` with one household of one to four people whose categories and ages fit.
  private func makeHousehold(_ members: inout [Person], _ random: inout RandomSource) {
    members.removeAll(keepingCapacity: true)
    switch random.pick(Self.householdWeights) {
    case 0:
      var person = elder(&random, [.elderlyAlone])
      person.add(random.pickOptional([(.dibao, 25), (.tekun, 8), (.dibaoEdge, 10)]))
      if random.chance(0.08) { person.makeDisabled(&random) }
      members.append(person)
    case 1:
      let extra: Category? = random.chance(0.2) ? .dibao : nil
      for male in [true, false] {
        var person = elder(&random, [.leftBehindElderly], male: male)
        person.add(extra)
        members.append(person)
      }
    case 2:
      members.append(elder(&random, [.leftBehindElderly]))
      for _ in 0..<random.int(1, 2) {
        var child = child(&random, [.leftBehindChild])
        if random.chance(0.15) { child.add(.childInDifficulty) }
        members.append(child)
      }
    case 3:
      var parent = adult(&random, [.dibao])
      if random.chance(0.4) { parent.makeDisabled(&random) }
      members.append(parent)
      if random.chance(0.3) { members.append(adult(&random, [.dibao])) }
      if random.chance(0.6) { members.append(child(&random, [.childInDifficulty, .dibao])) }
    case 4:
      var person = adult(&random, [])
      person.makeDisabled(&random)
      person.add(random.pickOptional([(.dibao, 30), (.dibaoEdge, 25)]))
      members.append(person)
    case 5:
      var person = random.chance(0.6) ? elder(&random, [.tekun]) : adult(&random, [.tekun])
      if random.chance(0.35) { person.makeDisabled(&random) }
      members.append(person)
    case 6:
      var person = child(&random, [random.chance(0.4) ? .orphan : .unsupportedChild])
      if random.chance(0.3) { person.add(.childInDifficulty) }
      members.append(person)
    case 7:
      var parent = adult(&random, [.povertyMonitoring])
      if random.chance(0.1) { parent.makeDisabled(&random) }
      members.append(parent)
      if random.chance(0.6) {
        var grandparent = elder(&random, [.povertyMonitoring])
        if random.chance(0.3) { grandparent.add(.leftBehindElderly) }
        members.append(grandparent)
      }
      for _ in 0..<random.int(0, 2) { members.append(child(&random, [.povertyMonitoring])) }
    default:
      members.append(random.chance(0.5) ? adult(&random, [.other]) : elder(&random, [.other]))
    }
    assignDates(&members, &random)
  }

  /// Weights of the household templates of `makeHousehold`, in its order.
  static let householdWeights = WeightTable([28, 13, 12, 12, 12, 5, 4, 9, 5])

  private func elder(_ random: inout RandomSource, _ categories: [Category], male: Bool? = nil) -> Person {
    var person = Person(categories: categories)
    person.male = male ?? random.chance(0.42)
    person.generation = .elder
    let age = random.chance(0.3) ? random.int(80, 97) : random.int(60, 79)
    person.birth = CivilDay.moved(firstDay, toYear: CivilDay.components(firstDay).year - age) - random.below(365)
    if age >= 80 && random.chance(0.85) { person.add(.elderlyAdvanced) }
    return person
  }

  private func adult(_ random: inout RandomSource, _ categories: [Category]) -> Person {
    var person = Person(categories: categories)
    person.male = random.chance(0.55)
    let age = random.int(19, 58)
    person.generation = age > 45 ? .elder : .adult
    person.birth = CivilDay.moved(firstDay, toYear: CivilDay.components(firstDay).year - age) - random.below(365)
    return person
  }

  private func child(_ random: inout RandomSource, _ categories: [Category]) -> Person {
    var person = Person(categories: categories)
    person.male = random.chance(0.52)
    person.generation = .young
    let age = random.int(1, 16)
    person.birth = CivilDay.moved(lastDay, toYear: CivilDay.components(lastDay).year - age) - random.below(365)
    return person
  }

  /// Gives the household one registration day and each member an exit, if any.
  private func assignDates(_ members: inout [Person], _ random: inout RandomSource) {
    let youngest = members.map(\.birth).max() ?? firstDay
    let earliest = max(CivilDay.moved(firstDay, toYear: CivilDay.components(firstDay).year - 6), youngest + 30)
    let registered: Int
    if earliest < firstDay - 1 && !random.chance(0.05) {
      registered = day(&random, earliest, firstDay - 1)
    } else {
      registered = day(&random, max(earliest, firstDay), lastDay - 3)
    }
    let forceEarlyExit = beneficiaries.exitedEarly.isEmpty && beneficiaries.count >= 4
    for index in members.indices {
      members[index].registered = registered
      members[index].hasIDNumber = !random.chance(0.03)
      let roll = random.below(100)
      if (roll < 4 || forceEarlyExit) && registered < firstDay - 60 {
        members[index].exited = day(&random, registered + 30, firstDay - 1)
      } else if roll < 7 && lastDay - max(registered, firstDay) > 10 {
        members[index].exited = day(&random, max(registered + 1, firstDay + 5), lastDay)
      }
    }
  }

  // MARK: Rows

  /// Appends one beneficiary row (without its line end), broken as `plant` says.
  private func writeBeneficiary(
    _ sink: ByteSink, _ person: Person, _ placement: BeneficiaryPlacement, plant: (IssueCode, Int)?,
    _ random: inout RandomSource
  ) {
    let code = plant?.0
    let variant = plant?.1 ?? 0
    let township = townships[villages[placement.village].township]
    var person = person
    let brokenDisability = code == .constraintError && (variant % 4 == 0 || variant % 4 == 3)
    if brokenDisability && person.disability == nil { person.makeDisabled(&random) }
    if code == .categoryAgeMismatch {
      // An orphan of 30 by a valid ID number.
      person.categories = Category.orphan.bit
      person.birth = CivilDay.moved(firstDay, toYear: CivilDay.components(firstDay).year - 30)
      person.hasIDNumber = true
    } else if code == .idDuplicate {
      // A category of any age: the number is another person's, and only its repetition is planted.
      person.categories = Category.dibao.bit
    }

    beneficiaryID(sink, number: code == .duplicateKey ? 1 : placement.number)
    sink.comma()
    if code == .missingValue && variant % 4 == 0 {
      // The name is left empty.
    } else if code == .malformedRow {
      switch variant {
      case 0: sink.append("\"王\"小明")  // text after a closing quote
      case 1: sink.append("王\"小\"明")  // a quote inside an unquoted field
      default:
        sink.append("\"王小")  // a quote that never closes: the end of the file
        return
      }
    } else {
      ChineseNames.appendPerson(to: sink, male: person.male, generation: person.generation, random: &random)
    }
    sink.comma()
    if code == .idChecksum {
      switch variant % 4 {
      case 0: IDNumber.append(to: sink, region: township.county, birthDay: person.birth, sequence: 17, corrupt: true)
      case 1:
        let date = CivilDay.components(person.birth)
        sink.number(township.county, width: 6)
        sink.number(date.year % 100, width: 2)
        sink.number(date.month, width: 2)
        sink.number(date.day, width: 2)
        sink.number(random.below(1000), width: 3)
      case 2:
        sink.append("3.")
        sink.number(township.county % 100_000, width: 5)
        sink.append("E+17")
      default:
        sink.number(township.county, width: 6)
        sink.number(random.int(10_000_000, 99_999_999))
        sink.number(random.below(1000), width: 3)
      }
    } else if code == .idDuplicate, let first = firstIDNumber {
      IDNumber.append(to: sink, region: first.region, birthDay: first.birth, sequence: first.sequence)
    } else if person.hasIDNumber {
      let sequence = unusedSequence(
        region: township.county, birth: person.birth, from: random.below(500) * 2 + (person.male ? 1 : 0))
      if firstIDNumber == nil { firstIDNumber = (township.county, person.birth, sequence) }
      IDNumber.append(to: sink, region: township.county, birthDay: person.birth, sequence: sequence)
    }
    sink.comma()
    if let household = placement.household {
      sink.byte(0x48)
      sink.number(household, width: householdWidth)
    }
    sink.comma()
    if code == .unknownReference && variant % 2 == 1 {
      sink.number(township.code + 999)
    } else {
      sink.number(villages[placement.village].code)
    }
    sink.comma()
    if code == .unknownReference && variant % 2 == 0 {
      unknownID(sink, prefix: "ST", width: stationWidth)
    } else if !(code == .missingValue && variant % 4 == 2) {
      stationID(sink, placement.station)
    }
    if code == .missingCell {
      // Stop after seven of eleven cells.
      sink.comma()
      appendCategories(sink, person.categories, &random)
      return
    }
    sink.comma()
    if code == .constraintError && variant % 4 == 1 {
      sink.append("五保户")
    } else if !(code == .missingValue && variant % 4 == 1) {
      appendCategories(sink, person.categories, &random)
    }
    sink.comma()
    if let disability = person.disability {
      if code == .constraintError && variant % 4 == 3 {
        sink.append("听说")
      } else {
        sink.append(disability, label: true)
      }
      sink.comma()
      sink.number(code == .constraintError && variant % 4 == 0 ? 5 : person.grade)
    } else {
      sink.comma()
    }
    sink.comma()
    let style: DateStyle = random.below(100) < 85 ? .slash : (random.chance(0.6) ? .iso : .chinese)
    switch code {
    case .typeError:
      let year = CivilDay.components(person.registered).year
      switch variant % 3 {
      case 0: sink.append(text: "\(year)-02-30")
      case 1: sink.append(text: "\(year)-13-01")
      default: sink.append(text: "\(year)/6/31")
      }
    case .missingValue where variant % 4 == 3: break
    default: sink.date(person.registered, style)
    }
    sink.comma()
    if code == .constraintError && variant % 4 == 2 {
      sink.date(person.registered - 40, style)
    } else if let exited = person.exited {
      sink.date(exited, style)
    }
    if code == .extraCell { sink.append(",电话未接通") }
  }

  /// `sequence`, or the next of the same parity (the holder's sex) that no one born on `birth` in
  /// `region` has yet; marks it taken.
  private func unusedSequence(region: Int, birth: Int, from sequence: Int) -> Int {
    let date = CivilDay.components(birth)
    let base = (region * 100_000_000 + date.year * 10_000 + date.month * 100 + date.day) * 1000
    var candidate = sequence
    for _ in 0..<500 {
      if issuedIDNumbers.insert(base + candidate).inserted { return candidate }
      candidate = (candidate + 2) % 1000
    }
    return sequence
  }

  /// Appends a category list in one of the spellings stations use.
  private func appendCategories(_ sink: ByteSink, _ mask: UInt16, _ random: inout RandomSource) {
    let roll = random.below(10)
    let codes = roll == 0
    let count = mask.nonzeroBitCount
    let quoted = roll == 1 && count > 1
    if quoted { sink.byte(0x22) }
    var first = true
    for category in Category.allCases where mask & category.bit != 0 {
      if !first {
        if codes {
          sink.byte(0x3B)
        } else if quoted {
          sink.byte(0x2C)
        } else {
          sink.append("、")
        }
      }
      sink.append(category, label: !codes)
      first = false
    }
    if quoted { sink.byte(0x22) }
  }
}

extension SampleBuilder.Person {
  /// Creates a person with the given categories.
  init(categories: [Category]) {
    self.init()
    for category in categories { add(category) }
  }

  /// Adds a category (none for `nil`).
  mutating func add(_ category: Category?) {
    if let category { categories |= category.bit }
  }

  /// Makes the person disabled: the category, a type and a grade.
  mutating func makeDisabled(_ random: inout RandomSource) {
    add(.disabled)
    disability = DisabilityType.allCases[random.pick(DisabilityType.weights)]
    grade = [1, 2, 3, 4][random.pick(SampleBuilder.gradeWeights)]
  }
}

extension SampleBuilder {
  /// Weights of disability grades 1 to 4.
  static let gradeWeights = WeightTable([15, 25, 30, 30])
}

extension RandomSource {
  /// One of the given values with probability weight/100 each, or `nil`.
  mutating func pickOptional<Value>(_ options: [(Value, Int)]) -> Value? {
    var roll = below(100)
    for (value, weight) in options {
      if roll < weight { return value }
      roll -= weight
    }
    return nil
  }
}
