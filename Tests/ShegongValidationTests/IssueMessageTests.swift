import Testing

@testable import ShegongValidation

/// Every message kind belongs to one code and reads as the issues list has always worded it; every
/// code has what-to-fix advice in both languages.
@Suite("Issue messages and advice")
struct IssueMessageTests {
  @Test(
    "messages name their values",
    arguments: [
      (
        IssueMessage.unclosedQuote(line: 7, lastLine: 9),
        "a quote opened on this line never closes: lines 7–9 were read as one row"
      ),
      (.unclosedQuote(line: 7, lastLine: 7), "a quote opened on this line never closes"),
      (.extraCells(cells: 5, headerCells: 4), "the row has 5 cells but the header has 4; the extra ones are not empty"),
      (.requiredEmpty(column: "date"), "date is required but empty"),
      (.notA(.time, value: "9点"), "\"9点\" is not a time (HH:MM)"),
      (.outOfRange(column: "disability_grade", range: 1...4), "disability_grade must be between 1 and 4"),
      (
        .overRecordLimit(column: "duration", minutes: 750, maximum: 720),
        "duration is 12.5 h, more than the 12 h that max_record_hours allows"
      ),
      (.unknownCategories(["x", "y"]), "\"x\", \"y\" is not a category code or label"),
      (.repeatedKey(column: "record_id", key: "R4"), "record_id R4 was already given on an earlier row"),
      (
        .overlaps(file: "services.csv", line: 12),
        "overlaps the service at services.csv:12 of the same worker on the same day"
      ),
      (.signInsExceed(signIns: 3, participants: 2), "3 beneficiaries signed in but participants is 2"),
    ])
  func text(message: IssueMessage, expected: String) {
    #expect(message.text == expected)
  }

  @Test("each message kind files its own code")
  func codes() {
    #expect(IssueMessage.unclosedQuote(line: 1, lastLine: 1).code == .malformedRow)
    #expect(IssueMessage.negative(column: "duration").code == .constraintError)
    #expect(IssueMessage.villageWithoutParent.code == .constraintError)
    #expect(IssueMessage.repeatedSignIn(beneficiary: "B1", activity: "A1").code == .duplicateKey)
    #expect(IssueMessage.leadWorkerNotEmployed(worker: "W1", date: 0).code == .workerInactive)
    #expect(IssueMessage.repeatsRecord(record: "R1", file: "s.csv", line: 2).code == .possibleDuplicate)
    #expect(IssueMessage.idBirthDateNotReal.code == .idChecksum)
    #expect(IssueMessage.idBornAfterAsOf(asOf: 0).code == .idChecksum)
    #expect(IssueMessage.categoriesUnfitAge(categories: [.orphan], age: 18, asOf: 0).code == .categoryAgeMismatch)
    #expect(IssueMessage.sameIDNumber(beneficiary: "B1", station: "S1", line: 2).code == .idDuplicate)
    #expect(IssueCode.categoryAgeMismatch.severity == .warning && IssueCode.idDuplicate.severity == .warning)
  }

  @Test("every message kind reads back from its slots as it was written, each under its own number")
  func everyKindRoundTrips() {
    let messages: [IssueMessage] = [
      .unclosedQuote(line: 7, lastLine: 9), .textAfterClosingQuote(cell: 3), .quoteInUnquotedCell(cell: 2),
      .extraCells(cells: 5, headerCells: 4), .missingCells(cells: 3, headerCells: 4), .requiredEmpty(column: "date"),
      .notA(.time, value: "9点"), .notInVocabulary(value: "x", choices: "a, b"), .negative(column: "duration"),
      .underOneMinute(column: "duration", minutes: 0), .overRecordLimit(column: "duration", minutes: 750, maximum: 720),
      .outOfRange(column: "disability_grade", range: 1...4),
      .endBeforeStart(column: "exited_on", end: 20_000, startColumn: "registered_on", start: 20_100),
      .unknownCategories(["x", "y"]), .villageWithoutParent, .parentNotTownship(parent: "370101"),
      .afterAsOf(date: 20_600, asOf: 20_500), .unknownReference(column: "worker_id", key: "W9", file: "workers.csv"),
      .repeatedKey(column: "record_id", key: "R4"), .repeatedSignIn(beneficiary: "B1", activity: "A1"),
      .idChecksum(problem: "the check digit is wrong"), .workerNotEmployed(worker: "W1", date: 20_000),
      .leadWorkerNotEmployed(worker: "W2", date: 20_001), .beneficiaryNotRegistered(beneficiary: "B2", date: 20_002),
      .beneficiaryNotRegisteredForActivity(beneficiary: "B3", date: 20_003),
      .otherStation(worker: "W3", own: "ST01", given: "ST02"), .overlaps(file: "services.csv", line: 12),
      .dayOverLimit(worker: "W4", minutes: 800, date: 20_004, limit: 720),
      .repeatsRecord(record: "R1", file: "s.csv", line: 2), .signInsExceed(signIns: 3, participants: 2),
      .idBirthDateNotReal, .idBornAfterAsOf(asOf: 20_000),
      .categoriesUnfitAge(categories: [.orphan, .elderlyAdvanced], age: 59, asOf: 20_543),
      .sameIDNumber(beneficiary: "B10", station: "ST01", line: 11),
    ]
    var writer = IssueArgumentWriter(slots: [], pool: StringPool())
    let kinds = messages.map { $0.write(to: &writer) }
    // One number per kind, from 0 up without a gap: a kind left out of this list leaves a gap.
    #expect(kinds == (0..<messages.count).map { UInt8($0) })
    var reader = IssueArgumentReader(slots: writer.slots, pool: writer.pool, position: 0)
    for (message, kind) in zip(messages, kinds) {
      #expect(IssueMessage.read(kind: kind, from: &reader).text == message.text)
    }
    #expect(reader.position == writer.slots.count)
  }

  @Test("the ID consistency messages read back from their slots as they were written")
  func idMessagesRoundTrip() {
    let messages: [IssueMessage] = [
      .idBirthDateNotReal, .idBornAfterAsOf(asOf: 20_000),
      .categoriesUnfitAge(categories: [.orphan, .elderlyAdvanced], age: 59, asOf: 20_543),
      .sameIDNumber(beneficiary: "B10", station: "ST01", line: 11),
    ]
    var writer = IssueArgumentWriter(slots: [], pool: StringPool())
    let kinds = messages.map { $0.write(to: &writer) }
    var reader = IssueArgumentReader(slots: writer.slots, pool: writer.pool, position: 0)
    for (message, kind) in zip(messages, kinds) {
      #expect(IssueMessage.read(kind: kind, from: &reader).text == message.text)
    }
    #expect(Set(kinds).count == messages.count)
    #expect(reader.position == writer.slots.count)
  }

  @Test(
    "hours keep at most two decimals", arguments: [(60, "1"), (90, "1.5"), (750, "12.5"), (65, "1.08"), (61, "1.02")])
  func hours(minutes: Int64, expected: String) {
    #expect(IssueMessage.hours(minutes) == expected)
  }

  @Test("every code has one advice sentence in Chinese and one in English, each its own")
  func advice() {
    let advice = IssueCode.allCases.map(\.fixAdvice)
    for item in advice {
      #expect(item.chinese.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF })
      #expect(item.chinese.hasSuffix("。"))
      #expect(item.english.hasSuffix("."))
      #expect(
        !item.english.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }
          || item.english.contains("分钟"))
    }
    #expect(Set(advice.map(\.chinese)).count == IssueCode.allCases.count)
    #expect(Set(advice.map(\.english)).count == IssueCode.allCases.count)
    #expect(IssueCode.typeError.fixAdvice.chinese.contains("2026-10-05"))
  }
}
