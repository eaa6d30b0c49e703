import ShegongIngest
import ShegongSample
import ShegongValidation
import Testing

@Suite("Sample realism")
struct SampleRealismTests {
  static let elderlyLabels: Set<String> = [
    "独居老人", "留守老人", "高龄老人", "elderly_alone", "left_behind_elderly",
    "elderly_advanced",
  ]
  static let childLabels: Set<String> = [
    "孤儿", "事实无人抚养儿童", "困境儿童", "留守儿童", "orphan", "unsupported_child",
    "child_in_difficulty", "left_behind_child",
  ]

  /// The beneficiaries of a clean county sample as cells, header dropped.
  static func countyBeneficiaries(_ folder: ScratchFolder) throws -> [[String]] {
    _ = try folder.write(SampleOptions(scale: .county, services: 200))
    return try folder.lines("beneficiaries.csv", .utf8WithBOM).dropFirst().map(csvCells)
  }

  @Test("ID numbers carry valid check characters and birth dates that fit the categories")
  func idNumbers() throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    let rows = try Self.countyBeneficiaries(folder)
    #expect(rows.count == 25_000)
    var checked = 0
    for row in rows where !row[2].isEmpty {
      let number = row[2]
      #expect(number.count == 18)
      #expect(number.last == idCheckCharacter(number), "\(number)")
      #expect(number.hasPrefix(String(row[4].prefix(6))))
      let birthYear = Int(number.dropFirst(6).prefix(4)) ?? 0
      let categories = Set(row[6].split(whereSeparator: { "、;,".contains($0) }).map(String.init))
      if !categories.isDisjoint(with: Self.elderlyLabels) { #expect(2026 - birthYear >= 60, "\(row)") }
      if !categories.isDisjoint(with: Self.childLabels) { #expect(2026 - birthYear <= 17, "\(row)") }
      checked += 1
    }
    #expect(checked > 23_000)
    #expect(rows.contains { $0[1].hasPrefix("欧阳") || $0[1].hasPrefix("司马") || $0[1].hasPrefix("诸葛") })
  }

  @Test("households, category mixes and disability records look like a register")
  func register() throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    let rows = try Self.countyBeneficiaries(folder)
    var householdSizes: [String: Int] = [:]
    for row in rows where !row[3].isEmpty { householdSizes[row[3], default: 0] += 1 }
    #expect(householdSizes.values.allSatisfy { (1...4).contains($0) })
    #expect(householdSizes.values.filter { $0 >= 2 }.count > 2_000)
    #expect(rows.filter { $0[3].isEmpty }.count > 1_000)
    let multiple = rows.filter { $0[6].contains("、") || $0[6].contains(";") || $0[6].contains(",") }
    #expect(multiple.count > rows.count / 5)
    for row in rows {
      let disabled = row[6].contains("残疾人") || row[6].contains("disabled")
      #expect(disabled == !row[7].isEmpty, "\(row)")
      if disabled { #expect(["1", "2", "3", "4"].contains(row[8]), "\(row)") }
    }
    #expect(rows.filter { !$0[10].isEmpty }.count > 500)
  }

  @Test("services use all nine types, home visits most, in many spellings")
  func services() throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    _ = try folder.write(SampleOptions(services: 2000))
    let rows = try folder.lines("services.csv", .utf8WithBOM).dropFirst().map(csvCells)
    var types: [String: Int] = [:]
    for row in rows { types[row[4], default: 0] += 1 }
    let codes = [
      "home_visit", "case_work", "phone_follow_up", "daily_care", "psych_support", "resource_link",
      "policy_advice", "crisis", "other",
    ]
    for code in codes { #expect(types[code, default: 0] > 0, "\(code)") }
    #expect(types.max { $0.value < $1.value }?.key == "home_visit")
    #expect(types["入户探访", default: 0] > 0)
    let durations = rows.map { $0[5] }
    for unit in ["分钟", "小时", ":", "h", "min"] { #expect(durations.contains { $0.contains(unit) }, "\(unit)") }
    #expect(durations.contains { $0.allSatisfy { $0.isNumber || $0 == "." } })
    let dates = rows.map { $0[1] }
    #expect(dates.contains { $0.contains("-") })
    #expect(dates.contains { $0.contains("/") || $0.contains("年") || $0.contains(".") })
    #expect(rows.filter { !$0[7].isEmpty }.count > rows.count / 2)
  }

  @Test("case work opens with new, is followed, and closes only while open")
  func caseStages() throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    let options = SampleOptions(scale: .county, seed: 11, services: 6000)
    _ = try folder.write(options)
    let result = try SampleValidatorCrossCheckTests.validate(folder.path, options)
    var open = Set<Int32>()
    var counts: [CaseStage: Int] = [:]
    let services = result.services
    for row in 0..<services.count where services.type[row] == .caseWork {
      let stage = try #require(services.stage[row])
      counts[stage, default: 0] += 1
      let person = services.beneficiary[row]
      switch stage {
      case .new: #expect(open.insert(person).inserted)
      case .follow: #expect(open.contains(person))
      case .close: #expect(open.remove(person) != nil)
      }
    }
    #expect(counts[.new, default: 0] > 0 && counts[.follow, default: 0] > 0 && counts[.close, default: 0] > 0)
  }

  @Test("activities of all kinds, never more sign-ins than participants")
  func activities() throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    _ = try folder.write(SampleOptions(scale: .county, services: 100))
    let activities = try folder.lines("activities.csv", .utf8WithBOM).dropFirst().map(csvCells)
    let kinds = Set(activities.map { $0[3] })
    #expect(kinds == ["小组", "社区活动", "培训", "宣传"])
    var participants: [String: Int] = [:]
    for row in activities { participants[row[0]] = Int(row[7]) }
    var signed: [String: Int] = [:]
    for row in try folder.lines("attendance.csv", .utf8).dropFirst().map(csvCells) {
      signed[row[0], default: 0] += 1
    }
    #expect(!signed.isEmpty)
    for (activity, count) in signed { #expect(count <= participants[activity] ?? -1, "\(activity)") }
    #expect(activities.contains { Int($0[8]) ?? 0 > 0 && !$0[9].isEmpty })
  }

  @Test("stations, points and staff: closures, vacancies, certificates, leavers")
  func staff() throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    _ = try folder.write(SampleOptions(scale: .county, services: 100))
    let stations = try folder.lines("stations.csv", .gb18030).dropFirst().map(csvCells)
    #expect(stations.filter { $0[3] == "站" }.count >= 10)
    #expect(stations.filter { $0[3] == "点" }.count >= 20)
    #expect(stations.contains { !$0[6].isEmpty })
    let workers = try folder.lines("workers.csv", .utf8).dropFirst().map(csvCells)
    #expect((120...200).contains(workers.count))
    #expect(Set(workers.map { $0[2] }) == ["social_worker", "volunteer"])
    #expect(workers.contains { $0[4] == "yes" } && workers.contains { $0[4] == "no" })
    #expect(workers.contains { !$0[6].isEmpty })
  }
}
