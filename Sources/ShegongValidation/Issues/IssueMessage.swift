/// What an issue says, by kind, with the values it names: every message an input row can get, and
/// the one place each is worded (``text``). Each kind belongs to one ``IssueCode``.
///
/// A row's issues keep their message as this value until they are filed; it is worded only then,
/// so a report could as well keep the values and word them only when it writes them.
enum IssueMessage: Sendable {
  // MARK: malformed-row
  /// A quote opened on the row's first line `line` never closes; the row ran to `lastLine`.
  case unclosedQuote(line: Int, lastLine: Int)
  /// Text follows the closing quote of cell `cell` (counted from 1).
  case textAfterClosingQuote(cell: Int)
  /// Cell `cell` (counted from 1) holds a quote but does not start with one.
  case quoteInUnquotedCell(cell: Int)

  // MARK: extra-cell, missing-cell
  /// The row has `cells` cells, more than the header's `headerCells`, and the extra ones are not empty.
  case extraCells(cells: Int, headerCells: Int)
  /// The row has `cells` cells, fewer than the header's `headerCells`.
  case missingCells(cells: Int, headerCells: Int)

  // MARK: missing-value
  /// Required column `column` is empty.
  case requiredEmpty(column: String)

  // MARK: type-error
  /// `value` does not read as a `kind`.
  case notA(ValueKind, value: String)

  // MARK: constraint-error
  /// `value` is none of the vocabulary's `choices` (`code label, …`).
  case notInVocabulary(value: String, choices: String)
  /// `column` holds a negative number.
  case negative(column: String)
  /// `column` holds a duration that rounds to `minutes`, under one minute.
  case underOneMinute(column: String, minutes: Int64)
  /// `column` holds `minutes`, more than the policy's `maximum` for one record.
  case overRecordLimit(column: String, minutes: Int64, maximum: Int64)
  /// `column` holds a number outside `range`.
  case outOfRange(column: String, range: ClosedRange<Int64>)
  /// `column`'s date `end` is before `startColumn`'s date `start`.
  case endBeforeStart(column: String, end: Day, startColumn: String, start: Day)
  /// `parts` are not category codes or labels.
  case unknownCategories([String])
  /// A village gives no `parent_code`.
  case villageWithoutParent
  /// A village's `parent_code` names no accepted township.
  case parentNotTownship(parent: String)

  // MARK: future-date
  /// `date` is after the as-of day `asOf`.
  case afterAsOf(date: Day, asOf: Day)

  // MARK: unknown-reference
  /// `key` of `column` names no accepted row of `file`.
  case unknownReference(column: String, key: String, file: String)

  // MARK: duplicate-key
  /// `key` of `column` was given on an earlier row.
  case repeatedKey(column: String, key: String)
  /// `beneficiary` signed in at `activity` on an earlier row.
  case repeatedSignIn(beneficiary: String, activity: String)

  // MARK: id-checksum
  /// The ID number fails its check: `problem` says how.
  case idChecksum(problem: String)
  /// The birth date of an ID number whose check character is right (characters 7–14) is not a
  /// real date; the message does not quote it, since masking hides those characters.
  case idBirthDateNotReal
  /// The birth date of an ID number whose check character is right is after the as-of day `asOf`.
  case idBornAfterAsOf(asOf: Day)

  // MARK: category-age-mismatch
  /// The holder, `age` on the as-of day `asOf` by the ID number's birth date, does not fit `categories`.
  case categoriesUnfitAge(categories: [Category], age: Int, asOf: Day)

  // MARK: id-duplicate
  /// Beneficiary `beneficiary` of station `station`, on `line` of the same file, has the same ID number.
  case sameIDNumber(beneficiary: String, station: String, line: Int)

  // MARK: worker-inactive
  /// `worker` was not employed on `date`.
  case workerNotEmployed(worker: String, date: Day)
  /// Lead worker `worker` was not employed on `date`.
  case leadWorkerNotEmployed(worker: String, date: Day)

  // MARK: beneficiary-inactive
  /// `beneficiary` was not registered on the service's `date`.
  case beneficiaryNotRegistered(beneficiary: String, date: Day)
  /// `beneficiary` was not registered on the activity's `date`.
  case beneficiaryNotRegisteredForActivity(beneficiary: String, date: Day)

  // MARK: station-mismatch
  /// `worker` belongs to station `own`, not to the `given` one.
  case otherStation(worker: String, own: String, given: String)

  // MARK: worker-overlap
  /// The service overlaps the one at `file`:`line` of the same worker on the same day.
  case overlaps(file: String, line: Int32)

  // MARK: worker-day-over-limit
  /// `worker` has `minutes` of services on `date`, more than the policy's `limit`.
  case dayOverLimit(worker: String, minutes: Int64, date: Day, limit: Int64)

  // MARK: possible-duplicate
  /// The service repeats record `record` at `file`:`line`.
  case repeatsRecord(record: String, file: String, line: Int32)

  // MARK: attendance-exceeds-participants
  /// `signIns` beneficiaries signed in at an activity of `participants`.
  case signInsExceed(signIns: Int64, participants: Int64)

  /// The code of issues with this message.
  var code: IssueCode {
    switch self {
    case .unclosedQuote, .textAfterClosingQuote, .quoteInUnquotedCell: .malformedRow
    case .extraCells: .extraCell
    case .missingCells: .missingCell
    case .requiredEmpty: .missingValue
    case .notA: .typeError
    case .notInVocabulary, .negative, .underOneMinute, .overRecordLimit, .outOfRange, .endBeforeStart,
      .unknownCategories, .villageWithoutParent, .parentNotTownship:
      .constraintError
    case .afterAsOf: .futureDate
    case .unknownReference: .unknownReference
    case .repeatedKey, .repeatedSignIn: .duplicateKey
    case .idChecksum, .idBirthDateNotReal, .idBornAfterAsOf: .idChecksum
    case .categoriesUnfitAge: .categoryAgeMismatch
    case .sameIDNumber: .idDuplicate
    case .workerNotEmployed, .leadWorkerNotEmployed: .workerInactive
    case .beneficiaryNotRegistered, .beneficiaryNotRegisteredForActivity: .beneficiaryInactive
    case .otherStation: .stationMismatch
    case .overlaps: .workerOverlap
    case .dayOverLimit: .workerDayOverLimit
    case .repeatsRecord: .possibleDuplicate
    case .signInsExceed: .attendanceExceedsParticipants
    }
  }

  /// The message, for a person (English, as the issues list gives it).
  var text: String {
    switch self {
    case .unclosedQuote(let line, let lastLine):
      lastLine > line
        ? "a quote opened on this line never closes: lines \(line)–\(lastLine) were read as one row"
        : "a quote opened on this line never closes"
    case .textAfterClosingQuote(let cell):
      "text follows the closing quote of cell \(cell); write the whole cell inside the quotes"
    case .quoteInUnquotedCell(let cell):
      "cell \(cell) has a quote but does not start with one; quote the cell and double its quotes"
    case .extraCells(let cells, let headerCells):
      "the row has \(cells) cells but the header has \(headerCells); the extra ones are not empty"
    case .missingCells(let cells, let headerCells):
      "the row has \(cells) cells but the header has \(headerCells)"
    case .requiredEmpty(let column):
      "\(column) is required but empty"
    case .notA(let kind, let value):
      value.isEmpty ? "the value is not \(kind.text)" : "\"\(value)\" is not \(kind.text)"
    case .notInVocabulary(let value, let choices):
      value.isEmpty ? "the value is not one of: \(choices)" : "\"\(value)\" is not one of: \(choices)"
    case .negative(let column):
      "\(column) is negative"
    case .underOneMinute(let column, let minutes):
      "\(column) rounds to \(minutes) minutes; it must be at least 1 minute"
    case .overRecordLimit(let column, let minutes, let maximum):
      "\(column) is \(Self.hours(minutes)) h, more than the \(Self.hours(maximum)) h that max_record_hours allows"
    case .outOfRange(let column, let range):
      "\(column) must be between \(range.lowerBound) and \(range.upperBound)"
    case .endBeforeStart(let column, let end, let startColumn, let start):
      "\(column) \(CivilDate.string(end)) is before \(startColumn) \(CivilDate.string(start))"
    case .unknownCategories(let parts):
      parts.isEmpty
        ? "the value is not a list of category codes or labels"
        : "\(parts.map { "\"\($0)\"" }.joined(separator: ", ")) is not a category code or label"
    case .villageWithoutParent:
      "a village needs parent_code, the code of its township"
    case .parentNotTownship(let parent):
      "parent_code \(parent) is not an accepted township"
    case .afterAsOf(let date, let asOf):
      "\(CivilDate.string(date)) is after the as-of day \(CivilDate.string(asOf))"
    case .unknownReference(let column, let key, let file):
      key.isEmpty
        ? "the \(column) is not an accepted row of \(file)" : "\(column) \(key) is not an accepted row of \(file)"
    case .repeatedKey(let column, let key):
      key.isEmpty
        ? "the \(column) was already given on an earlier row" : "\(column) \(key) was already given on an earlier row"
    case .repeatedSignIn(let beneficiary, let activity):
      "beneficiary \(beneficiary) already signed in at activity \(activity) on an earlier row"
    case .idChecksum(let problem):
      "the ID number \(problem)"
    case .idBirthDateNotReal:
      "the birth date in the ID number (characters 7–14) is not a real date"
    case .idBornAfterAsOf(let asOf):
      "the birth date in the ID number is after the as-of day \(CivilDate.string(asOf))"
    case .categoriesUnfitAge(let categories, let age, let asOf):
      "age \(age) on the as-of day \(CivilDate.string(asOf)) (from the ID number) does not fit "
        + categories.map { "\($0.code) (\(Self.ages($0)))" }.joined(separator: ", ")
    case .sameIDNumber(let beneficiary, let station, let line):
      "the same ID number as beneficiary \(beneficiary) of station \(station) (line \(line))"
    case .workerNotEmployed(let worker, let date):
      "worker \(worker) was not employed on \(CivilDate.string(date))"
    case .leadWorkerNotEmployed(let worker, let date):
      "lead worker \(worker) was not employed on \(CivilDate.string(date))"
    case .beneficiaryNotRegistered(let beneficiary, let date):
      "beneficiary \(beneficiary) was not registered on \(CivilDate.string(date))"
    case .beneficiaryNotRegisteredForActivity(let beneficiary, let date):
      "beneficiary \(beneficiary) was not registered on the activity's date \(CivilDate.string(date))"
    case .otherStation(let worker, let own, let given):
      "worker \(worker) belongs to station \(own), not \(given)"
    case .overlaps(let file, let line):
      "overlaps the service at \(file):\(line) of the same worker on the same day"
    case .dayOverLimit(let worker, let minutes, let date, let limit):
      "worker \(worker) has \(Self.hours(minutes)) h of services on \(CivilDate.string(date)), "
        + "more than max_worker_hours_per_day (\(Self.hours(limit)) h)"
    case .repeatsRecord(let record, let file, let line):
      "same worker, beneficiary, date and service type as record \(record) (\(file):\(line))"
    case .signInsExceed(let signIns, let participants):
      "\(signIns) beneficiaries signed in but participants is \(participants)"
    }
  }

  /// The ages a category fits, in words (`under 18`, `60 or over`).
  static func ages(_ category: Category) -> String {
    guard let ages = category.ages else { return "any age" }
    return ages.lowerBound == 0 ? "under \(ages.upperBound)" : "\(ages.lowerBound) or over"
  }

  /// The message with no value of the row quoted, for a row whose cells may hold a person's name
  /// or ID number (SPEC §7 Privacy); the value column of the issue still shows it, masked.
  var withoutQuotedValues: IssueMessage {
    switch self {
    case .notA(let kind, _): .notA(kind, value: "")
    case .notInVocabulary(_, let choices): .notInVocabulary(value: "", choices: choices)
    case .unknownCategories: .unknownCategories([])
    case .unknownReference(let column, _, let file): .unknownReference(column: column, key: "", file: file)
    case .repeatedKey(let column, _): .repeatedKey(column: column, key: "")
    default: self
    }
  }

  /// Whether the message says that `value` does not read as its column expects: it is not of its
  /// type or vocabulary, or it is an id holding a character other than ASCII (a name typed into
  /// an id column). Such a value of a row that may hold a name is masked like a name.
  func saysValueDoesNotRead(_ value: String) -> Bool {
    switch self {
    case .notA, .notInVocabulary, .unknownCategories: true
    case .unknownReference, .repeatedKey: value.utf8.contains { $0 >= 0x80 }
    default: false
    }
  }

  /// Minutes as decimal hours with at most two decimals (`750` → `12.5`).
  static func hours(_ minutes: Int64) -> String {
    let hundredths = (minutes * 100 + 30) / 60
    let whole = hundredths / 100
    let fraction = hundredths % 100
    if fraction == 0 { return "\(whole)" }
    if fraction % 10 == 0 { return "\(whole).\(fraction / 10)" }
    return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}

/// The kinds of value a cell can fail to be (`type-error`).
enum ValueKind: UInt8, Sendable {
  /// A date, a duration, a whole number, yes or no, a time of day.
  case date, duration, wholeNumber, yesOrNo, time

  /// The kind as a message names it (`a date`).
  var text: String {
    switch self {
    case .date: "a date"
    case .duration: "a duration"
    case .wholeNumber: "a whole number"
    case .yesOrNo: "yes or no"
    case .time: "a time (HH:MM)"
    }
  }
}
