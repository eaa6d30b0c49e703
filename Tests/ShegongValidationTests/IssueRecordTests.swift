import Testing

@testable import ShegongValidation

/// Issues kept as compact records read back as they were filed: every message kind, the texts
/// shared through the pool, the 64-bit values, and the masking of ID-like texts.
@Suite("Issue records")
struct IssueRecordTests {
  /// One message of every kind, with values at the edges of what a slot holds.
  static let messages: [IssueMessage] = [
    .unclosedQuote(line: 7, lastLine: 9), .textAfterClosingQuote(cell: 3), .quoteInUnquotedCell(cell: 2),
    .extraCells(cells: 5, headerCells: 4), .missingCells(cells: 1, headerCells: 4), .requiredEmpty(column: "date"),
    .notA(.time, value: "9点"), .notInVocabulary(value: "x", choices: "a 甲, b 乙"), .negative(column: "duration"),
    .underOneMinute(column: "duration", minutes: 0),
    .overRecordLimit(column: "duration", minutes: Int64(Int32.max) * 5, maximum: 720),
    .outOfRange(column: "participants", range: -3...Int64.max),
    .endBeforeStart(column: "b", end: 5, startColumn: "a", start: 9),
    .unknownCategories(["x", "", "y"]), .unknownCategories([]), .villageWithoutParent, .parentNotTownship(parent: "T9"),
    .afterAsOf(date: 20_000, asOf: 19_999), .unknownReference(column: "worker_id", key: "W9", file: "workers.csv"),
    .repeatedKey(column: "record_id", key: "R4"), .repeatedSignIn(beneficiary: "B1", activity: "A1"),
    .idChecksum(problem: "check character should be X"), .workerNotEmployed(worker: "W1", date: 3),
    .leadWorkerNotEmployed(worker: "W2", date: -4), .beneficiaryNotRegistered(beneficiary: "B1", date: 1),
    .beneficiaryNotRegisteredForActivity(beneficiary: "B2", date: 2),
    .otherStation(worker: "W1", own: "S1", given: "S2"),
    .overlaps(file: "services.csv", line: 12), .dayOverLimit(worker: "W1", minutes: 800, date: 7, limit: 720),
    .repeatsRecord(record: "R1", file: "s.csv", line: 2), .signInsExceed(signIns: -1, participants: Int64.min),
    .idBirthDateNotReal, .idBornAfterAsOf(asOf: 20_400),
    .categoriesUnfitAge(categories: [.leftBehindChild, .elderlyAlone], age: 19, asOf: 20_400),
    .categoriesUnfitAge(categories: [], age: 0, asOf: 1),
    .sameIDNumber(beneficiary: "B1", station: "ST01", line: 4),
  ]

  @Test("every message kind reads back with the same words, code, column and value")
  func roundTrip() {
    var store = IssueStore()
    for (index, message) in Self.messages.enumerated() {
      store.append(
        file: index % 3, line: index + 2, column: "列\(index % 2)", message: message, value: "v\(index)",
        station: Int32(index % 4) - 1, masksIDNumbers: false)
    }
    for (index, message) in Self.messages.enumerated() {
      #expect(store.text(index) == message.text, "\(message)")
      #expect(store.records[index].code == message.code)
      #expect(store.column(index) == "列\(index % 2)")
      #expect(store.value(index) == "v\(index)")
      #expect(store.records[index].stationIndex == (index % 4 == 0 ? nil : index % 4 - 1))
    }
  }

  @Test("a record is 24 bytes, and a text many issues quote is kept once")
  func compact() {
    #expect(MemoryLayout<IssueRecord>.stride == 24)
    var store = IssueStore()
    for line in 2..<1_002 {
      store.append(
        file: 0, line: line, column: "开始时间", message: .overlaps(file: "services/2026-10.csv", line: Int32(line - 1)),
        value: "08:00", station: 0, masksIDNumbers: false)
    }
    // Three distinct texts; two 4-byte slots per message, the array's spare capacity at most as
    // much again (how far it grows ahead differs from run to run).
    #expect(store.sideBytes < 1_000 * 2 * 4 * 2 + 4_096)
  }

  @Test("an ID-like value or message text is masked as an ID number; others are not")
  func idNumbers() {
    var store = IssueStore()
    store.append(
      file: 0, line: 2, column: "beneficiary_id",
      message: .unknownReference(column: "beneficiary_id", key: "37132619700101123X", file: "beneficiaries.csv"),
      value: "37132619700101123X", station: -1, masksIDNumbers: true)
    store.append(
      file: 0, line: 3, column: "record_id", message: .repeatedKey(column: "record_id", key: "3713261970010112345"),
      value: "3713261970010112A4", station: -1, masksIDNumbers: true)
    #expect(store.value(0) == "371326********123X")
    #expect(store.text(0) == "beneficiary_id 371326********123X is not an accepted row of beneficiaries.csv")
    // 19 digits, and 18 characters that are not all digits: not ID-like.
    #expect(store.text(1) == "record_id 3713261970010112345 was already given on an earlier row")
    #expect(store.value(1) == "3713261970010112A4")
  }
}
