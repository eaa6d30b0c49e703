extension IssueMessage {
  /// Appends the values this message names to `arguments` and returns its kind's number, which
  /// ``read(kind:from:)`` takes to read them back.
  ///
  /// A new message kind takes the next number here and reads its values back in the same order
  /// in ``read(kind:from:)``, which stops the run on a number it does not know.
  func write(to arguments: inout IssueArgumentWriter) -> UInt8 {
    switch self {
    case .unclosedQuote(let line, let lastLine):
      arguments.int(line)
      arguments.int(lastLine)
      return 0
    case .textAfterClosingQuote(let cell):
      arguments.int(cell)
      return 1
    case .quoteInUnquotedCell(let cell):
      arguments.int(cell)
      return 2
    case .extraCells(let cells, let headerCells):
      arguments.int(cells)
      arguments.int(headerCells)
      return 3
    case .missingCells(let cells, let headerCells):
      arguments.int(cells)
      arguments.int(headerCells)
      return 4
    case .requiredEmpty(let column):
      arguments.text(column)
      return 5
    case .notA(let kind, let value):
      arguments.int(Int32(kind.rawValue))
      arguments.text(value)
      return 6
    case .notInVocabulary(let value, let choices):
      arguments.text(value)
      arguments.text(choices)
      return 7
    case .negative(let column):
      arguments.text(column)
      return 8
    case .underOneMinute(let column, let minutes):
      arguments.text(column)
      arguments.int64(minutes)
      return 9
    case .overRecordLimit(let column, let minutes, let maximum):
      arguments.text(column)
      arguments.int64(minutes)
      arguments.int64(maximum)
      return 10
    case .outOfRange(let column, let range):
      arguments.text(column)
      arguments.int64(range.lowerBound)
      arguments.int64(range.upperBound)
      return 11
    case .endBeforeStart(let column, let end, let startColumn, let start):
      arguments.text(column)
      arguments.int(end)
      arguments.text(startColumn)
      arguments.int(start)
      return 12
    case .unknownCategories(let parts):
      arguments.texts(parts)
      return 13
    case .villageWithoutParent:
      return 14
    case .parentNotTownship(let parent):
      arguments.text(parent)
      return 15
    case .afterAsOf(let date, let asOf):
      arguments.int(date)
      arguments.int(asOf)
      return 16
    case .unknownReference(let column, let key, let file):
      arguments.text(column)
      arguments.text(key)
      arguments.text(file)
      return 17
    case .repeatedKey(let column, let key):
      arguments.text(column)
      arguments.text(key)
      return 18
    case .repeatedSignIn(let beneficiary, let activity):
      arguments.text(beneficiary)
      arguments.text(activity)
      return 19
    case .idChecksum(let problem):
      arguments.text(problem)
      return 20
    case .workerNotEmployed(let worker, let date):
      arguments.text(worker)
      arguments.int(date)
      return 21
    case .leadWorkerNotEmployed(let worker, let date):
      arguments.text(worker)
      arguments.int(date)
      return 22
    case .beneficiaryNotRegistered(let beneficiary, let date):
      arguments.text(beneficiary)
      arguments.int(date)
      return 23
    case .beneficiaryNotRegisteredForActivity(let beneficiary, let date):
      arguments.text(beneficiary)
      arguments.int(date)
      return 24
    case .otherStation(let worker, let own, let given):
      arguments.text(worker)
      arguments.text(own)
      arguments.text(given)
      return 25
    case .overlaps(let file, let line):
      arguments.text(file)
      arguments.int(line)
      return 26
    case .dayOverLimit(let worker, let minutes, let date, let limit):
      arguments.text(worker)
      arguments.int64(minutes)
      arguments.int(date)
      arguments.int64(limit)
      return 27
    case .repeatsRecord(let record, let file, let line):
      arguments.text(record)
      arguments.text(file)
      arguments.int(line)
      return 28
    case .signInsExceed(let signIns, let participants):
      arguments.int64(signIns)
      arguments.int64(participants)
      return 29
    case .idBirthDateNotReal:
      return 30
    case .idBornAfterAsOf(let asOf):
      arguments.int(asOf)
      return 31
    case .categoriesUnfitAge(let categories, let age, let asOf):
      arguments.int(Int32(categories.reduce(0) { $0 | 1 << Int($1.rawValue) }))
      arguments.int(age)
      arguments.int(asOf)
      return 32
    case .sameIDNumber(let beneficiary, let station, let line):
      arguments.text(beneficiary)
      arguments.text(station)
      arguments.int(line)
      return 33
    }
  }

  /// The message of kind `kind` (a number ``write(to:)`` returned) with the values read from
  /// `arguments`.
  static func read(kind: UInt8, from arguments: inout IssueArgumentReader) -> IssueMessage {
    switch kind {
    case 0: return .unclosedQuote(line: arguments.int(), lastLine: arguments.int())
    case 1: return .textAfterClosingQuote(cell: arguments.int())
    case 2: return .quoteInUnquotedCell(cell: arguments.int())
    case 3: return .extraCells(cells: arguments.int(), headerCells: arguments.int())
    case 4: return .missingCells(cells: arguments.int(), headerCells: arguments.int())
    case 5: return .requiredEmpty(column: arguments.text())
    case 6:
      return .notA(ValueKind(rawValue: UInt8(truncatingIfNeeded: arguments.int32())) ?? .date, value: arguments.text())
    case 7: return .notInVocabulary(value: arguments.text(), choices: arguments.text())
    case 8: return .negative(column: arguments.text())
    case 9: return .underOneMinute(column: arguments.text(), minutes: arguments.int64())
    case 10: return .overRecordLimit(column: arguments.text(), minutes: arguments.int64(), maximum: arguments.int64())
    case 11:
      let column = arguments.text()
      let lower = arguments.int64()
      let upper = arguments.int64()
      return .outOfRange(column: column, range: lower...max(lower, upper))
    case 12:
      return .endBeforeStart(
        column: arguments.text(), end: arguments.int32(), startColumn: arguments.text(), start: arguments.int32())
    case 13: return .unknownCategories(arguments.texts())
    case 14: return .villageWithoutParent
    case 15: return .parentNotTownship(parent: arguments.text())
    case 16: return .afterAsOf(date: arguments.int32(), asOf: arguments.int32())
    case 17: return .unknownReference(column: arguments.text(), key: arguments.text(), file: arguments.text())
    case 18: return .repeatedKey(column: arguments.text(), key: arguments.text())
    case 19: return .repeatedSignIn(beneficiary: arguments.text(), activity: arguments.text())
    case 20: return .idChecksum(problem: arguments.text())
    case 21: return .workerNotEmployed(worker: arguments.text(), date: arguments.int32())
    case 22: return .leadWorkerNotEmployed(worker: arguments.text(), date: arguments.int32())
    case 23: return .beneficiaryNotRegistered(beneficiary: arguments.text(), date: arguments.int32())
    case 24: return .beneficiaryNotRegisteredForActivity(beneficiary: arguments.text(), date: arguments.int32())
    case 25: return .otherStation(worker: arguments.text(), own: arguments.text(), given: arguments.text())
    case 26: return .overlaps(file: arguments.text(), line: arguments.int32())
    case 27:
      return .dayOverLimit(
        worker: arguments.text(), minutes: arguments.int64(), date: arguments.int32(), limit: arguments.int64())
    case 28: return .repeatsRecord(record: arguments.text(), file: arguments.text(), line: arguments.int32())
    case 29: return .signInsExceed(signIns: arguments.int64(), participants: arguments.int64())
    case 30: return .idBirthDateNotReal
    case 31: return .idBornAfterAsOf(asOf: arguments.int32())
    case 32:
      let bits = arguments.int32()
      let categories = Category.allCases.filter { bits & 1 << Int32($0.rawValue) != 0 }
      return .categoriesUnfitAge(categories: categories, age: arguments.int(), asOf: arguments.int32())
    case 33: return .sameIDNumber(beneficiary: arguments.text(), station: arguments.text(), line: arguments.int())
    default:
      // Only ``write(to:)`` makes kinds: a number it returns that no case here reads is a kind
      // added to one switch and not the other, which must stop the run rather than word an issue
      // wrongly.
      preconditionFailure("issue message kind \(kind) has no reader in IssueMessage.read(kind:from:)")
    }
  }
}
