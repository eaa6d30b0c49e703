import Foundation
import ShegongIngest
import Testing

@testable import ShegongValidation

/// The services files are read on several threads and merged in reading order: the result must
/// not depend on the number of threads.
@Suite("Services read on several threads")
struct RulesThreadsTests {
  /// Three services files: a key repeated across files and within one, a repeat that would
  /// otherwise carry a warning, and a key written with spaces around it.
  static let fixture = Fixture([
    "services.csv": nil,
    "services/2026-01.csv": csv(
      Header.services,
      "R1,2026-01-05,W1,B1,home_visit,1,,,,",
      "R2,2026-01-06,W1,B2,home_visit,1,ST02,,,",
      "R3,2026-01-07,W2,B3,home_visit,1,,,,"),
    "services/2026-02.csv": csv(
      Header.services,
      // R1 again, from another worker with a station mismatch: rejected, and no warning filed.
      "R1,2026-02-05,W2,B3,home_visit,1,ST01,,,",
      "R4,2026-02-06,W1,B1,phone_follow_up,1,,,,",
      "\" R4 \",2026-02-07,W1,B1,phone_follow_up,1,,,,",
      "R5,2026-02-31,W1,B1,home_visit,1,,,,"),
    "services/2026-03.csv": csv(
      Header.services,
      "R6,2026-03-01,W1,B1,home_visit,1,,,,",
      "R5,2026-03-02,W1,B2,home_visit,1,,,,",
      "R3,2026-03-03,W9,B1,home_visit,1,,,,"),
  ])

  @Test("hand-worked issues and tallies, for 1 to 4 threads", arguments: [1, 2, 3, 4])
  func handWorked(threads: Int) throws {
    let result = try Self.fixture.validate(threads: threads)
    #expect(
      result.findings == [
        warn("services/2026-01.csv", 3, "station_id", "station-mismatch"),
        err("services/2026-02.csv", 2, "record_id", "duplicate-key"),
        err("services/2026-02.csv", 4, "record_id", "duplicate-key"),
        err("services/2026-02.csv", 5, "date", "type-error"),
        err("services/2026-03.csv", 4, "worker_id", "unknown-reference"),
      ])
    // R5 was rejected in February (bad date), so March's R5 is the first accepted one.
    #expect(result.tally("services/2026-01.csv") == Tally(rows: 3, accepted: 3, rejected: 0))
    #expect(result.tally("services/2026-02.csv") == Tally(rows: 4, accepted: 1, rejected: 3))
    #expect(result.tally("services/2026-03.csv") == Tally(rows: 3, accepted: 2, rejected: 1))
    #expect(result.services.line == [2, 3, 4, 3, 2, 3])
    #expect(result.files.map(\.warnings) == [0, 0, 0, 0, 1, 0, 0])
    let repeated = result.issuesAt("services/2026-02.csv", line: 4)
    #expect(repeated.map(\.message) == ["record_id R4 was already given on an earlier row"])
    #expect(repeated.map(\.value) == [" R4 "])
  }

  @Test("one thread and several give the same tables and issues")
  func sameForAnyThreadCount() throws {
    let single = try Self.fixture.validate(threads: 1)
    for threads in [2, 3, 8] {
      let parallel = try Self.fixture.validate(threads: threads)
      #expect(parallel.issues == single.issues)
      #expect(parallel.files == single.files)
      #expect(parallel.services.date == single.services.date)
      #expect(parallel.services.worker == single.services.worker)
      #expect(parallel.services.beneficiary == single.services.beneficiary)
      #expect(parallel.services.station == single.services.station)
      #expect(parallel.services.warnings == single.services.warnings)
      #expect(parallel.services.file == single.services.file)
      #expect(parallel.services.line == single.services.line)
    }
  }

  @Test("an unusable file stops the run with the first such file in reading order", arguments: [1, 2])
  func firstUnusableFile(threads: Int) throws {
    let fixture = Fixture([
      "services.csv": nil,
      "services/a.csv": csv(Header.services, "R1,2026-01-05,W1,B1,home_visit,1,,,,"),
      "services/b.csv": csv("record_id,date", "R2,2026-01-05"),
      "services/c.csv": "",
    ])
    let error = try #require(try fixture.validationError(threads: threads))
    #expect(error.description.hasPrefix("services/b.csv"), "\(error)")
  }
}

/// One services file read in pieces on several threads must give what reading it whole gives,
/// wherever the pieces are cut: inside a quoted line break, at blank lines, at CRLF endings, or
/// past a quote that never closes.
@Suite("One services file read in pieces")
struct RulesPiecesTests {
  /// A file of `count` rows with a little of everything every few rows.
  static func services(
    count: Int, lineEnd: String = "\n", unclosedAt: Int? = nil, quotedBreaks: Bool = true
  ) -> String {
    var text = Header.services + lineEnd
    for row in 1...count {
      let worker = ["W1", "W2", "W9"][row % 3]
      let person = ["B1", "B2", "B3"][row % 3]
      let day = 1 + row % 28
      switch row % 7 {
      case 0: text += "R\(row - 1),2026-03-\(day < 10 ? "0" : "")\(day),\(worker),\(person),home_visit,1,,,,"
      case 1:
        text +=
          "R\(row),2026-02-\(day < 10 ? "0" : "")\(day),W1,B1,case_work,30分钟,,09:00,,\"两行\(quotedBreaks ? "\n" : " ")备注\""
      case 2: text += ""
      case 3: text += "R\(row),2026-13-01,W1,B1,home_visit,1,,,,"
      case 4: text += "\" R\(row) \",2026-03-\(day < 10 ? "0" : "")\(day),W1,B1,phone_follow_up,1,ST02,,,"
      case 5: text += "R\(row),2026-03-0\(1 + row % 9),W2,B3,daily_care,1.5,,10:00,,\"说 \"\"好\"\"\""
      default: text += "R\(row),2026-03-0\(1 + row % 9),W1,B2,home_visit,2,,08:30,,"
      }
      if row == unclosedAt { text += ",\"never closed" }
      text += lineEnd
    }
    return text
  }

  static func assertSame(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let fixture = Fixture(["services.csv": text])
    let whole = try fixture.validate(threads: 1, sourceLocation: sourceLocation)
    for threads in [2, 3, 5, 8] {
      let pieces = try fixture.validate(threads: threads, minimumPieceBytes: 1, sourceLocation: sourceLocation)
      #expect(pieces.issues == whole.issues, "\(threads) threads", sourceLocation: sourceLocation)
      #expect(pieces.files == whole.files, "\(threads) threads", sourceLocation: sourceLocation)
      #expect(pieces.services.line == whole.services.line, sourceLocation: sourceLocation)
      #expect(pieces.services.date == whole.services.date, sourceLocation: sourceLocation)
      #expect(pieces.services.beneficiary == whole.services.beneficiary, sourceLocation: sourceLocation)
      #expect(pieces.services.warnings == whole.services.warnings, sourceLocation: sourceLocation)
    }
  }

  @Test("quoted line breaks, blank lines, repeated and padded keys: pieces give what the whole gives")
  func mixed() throws {
    let text = Self.services(count: 200)
    try Self.assertSame(text)
    // The fixture really has what the pieces must settle.
    let whole = try Fixture(["services.csv": text]).validate(threads: 1)
    let codes = Set(whole.issues.map(\.code))
    #expect(codes.isSuperset(of: [.duplicateKey, .typeError, .unknownReference, .stationMismatch]))
    #expect(whole.services.count > 50)
  }

  @Test("a file read whole gives its text back as it goes, and still gives what its pieces give")
  func discardingBehind() throws {
    // Over 32 768 rows and 1 MiB: the whole read gives back its first megabyte or so (looking
    // every 16 384 rows, at least 1 MiB at a time) and reads on; pieces give nothing back.
    let text = Self.services(count: 40_000, quotedBreaks: false)
    #expect(text.utf8.count > 3 << 19)
    let fixture = Fixture(["services.csv": text])
    let whole = try fixture.validate(threads: 1)
    let pieces = try fixture.validate(threads: 2, minimumPieceBytes: 1 << 20)
    #expect(pieces.issues == whole.issues)
    #expect(pieces.files == whole.files)
    #expect(pieces.services.line == whole.services.line)
    #expect(pieces.services.date == whole.services.date)
    #expect(pieces.services.beneficiary == whole.services.beneficiary)
    #expect(pieces.services.minutes == whole.services.minutes)
    #expect(whole.services.count > 15_000)
    #expect(whole.services.line.last.map { $0 > 39_000 } == true)
  }

  @Test("CRLF line endings")
  func crlf() throws {
    try Self.assertSame(Self.services(count: 120, lineEnd: "\r\n"))
  }

  @Test("a quote that never closes, early and late in the file", arguments: [3, 60, 118])
  func unclosedQuote(row: Int) throws {
    try Self.assertSame(Self.services(count: 120, unclosedAt: row))
  }

  @Test("the cut points fall after line feeds and cover every byte")
  func cuts() throws {
    let text = Self.services(count: 300)
    let file = try TextFile.decode(name: "services.csv", raw: Array(text.utf8))
    let source = try CSVSource(file: file)
    for count in [1, 2, 3, 7, 64] {
      let ranges = FilePieces.ranges(of: source, count: count, minimumBytes: 1)
      #expect(ranges.first?.lowerBound == source.dataOffset)
      #expect(ranges.last?.upperBound == file.bytes.count)
      for (earlier, later) in zip(ranges, ranges.dropFirst()) {
        #expect(earlier.upperBound == later.lowerBound)
        #expect(file.bytes[later.lowerBound - 1] == UInt8(ascii: "\n"))
      }
      #expect(ranges.count <= count)
    }
    #expect(FilePieces.ranges(of: source, count: 4, minimumBytes: 1 << 30).count == 1)
  }

  @Test("a file without quoted line breaks is really read in pieces, and joins to the whole")
  func readInPieces() throws {
    let registers = try Fixture().validate()
    var workers = IDIndex()
    for id in registers.workers.id { try workers.insert(id) }
    var people = IDIndex()
    for id in registers.beneficiaries.id { try people.insert(id) }
    var stations = IDIndex()
    for id in registers.stations.id { try stations.insert(id) }
    let day = try #require(ValueParser.date("2026-03-31"))
    let reader = ServiceFileReader(
      workerIndex: workers, beneficiaryIndex: people, stationIndex: stations, workers: registers.workers,
      people: registers.beneficiaries, stations: registers.stations, maximumMinutes: 720, asOf: day,
      masksPersonalData: true,
      progress: nil)
    let folder = try Fixture(["services.csv": nil]).write()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for (text, joins) in [
      (Self.services(count: 300, quotedBreaks: false), true),
      (Self.services(count: 300, unclosedAt: 150, quotedBreaks: false), false),
    ] {
      let path = folder + "/services.csv"
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
      let entry = try #require(try InputFolder(path: folder).services.first)
      let whole = try reader.read(entry, fileIndex: 4)
      let pieces = try reader.read(entry, fileIndex: 4, pieces: 4, minimumPieceBytes: 1)
      #expect(whole.pieces.count == 1)
      #expect(pieces.pieces.count == (joins ? 4 : 1))
      #expect(Joined(pieces) == Joined(whole))
      #expect(Joined(whole).lines.count > 150)
    }
  }
}

/// What the pieces of a file hold, with their lines made the file's.
private struct Joined: Equatable {
  var rows = 0
  var nextLine = 1
  var issues: [ShegongValidation.Issue] = []
  var candidateWarnings: [ShegongValidation.Issue] = []
  var warningCounts: [UInt8] = []
  var lines: [Int32] = []
  var keys: [String] = []
  var writtenKeys: [Int: String] = [:]

  /// The issues of `store`, `shift` lines further down, worded.
  static func worded(_ store: IssueStore, shift: Int) -> [ShegongValidation.Issue] {
    var moved = IssueStore()
    for index in 0..<store.count { moved.append(index, of: store, lineShift: shift) }
    var list = IssueList()
    list.store = moved
    return Array(list)
  }

  init(_ file: PiecedFile<ServiceTable>) {
    var shift = 0
    for piece in file.pieces {
      for (candidate, written) in piece.writtenKeys { writtenKeys[lines.count + Int(candidate)] = written }
      rows += piece.rows
      issues += Self.worded(piece.issues, shift: shift)
      candidateWarnings += Self.worded(piece.candidateWarnings, shift: shift)
      warningCounts += piece.warningCounts
      lines += piece.lines.map { $0 + Int32(shift) }
      keys += (0..<piece.keys.count).map { piece.keys.string(at: $0) }
      shift += piece.nextLine - 1
      nextLine = shift + 1
    }
  }
}

/// `beneficiaries.csv` read in pieces must give what reading it whole gives: the same rows in the
/// same order (services refer to them by position), the same households, the same issues.
@Suite("beneficiaries.csv read in pieces")
struct RulesBeneficiaryPiecesTests {
  /// A register of `count` people with repeated ids, shared and empty households, bad ID numbers,
  /// unknown areas, quoted line breaks in names, and optionally a quote that never closes.
  static func register(count: Int, unclosedAt: Int? = nil, quotedBreaks: Bool = true) -> String {
    var text = Header.beneficiaries + "\n"
    for row in 1...count {
      let id = row % 11 == 0 ? "P\(row - 3)" : "P\(row)"
      let household = row % 4 == 0 ? "" : "H\(row / 3)"
      let area = row % 13 == 0 ? "V9" : "V\(1 + row % 2)"
      let idNumber = row % 5 == 0 ? "11010519491231002\(row % 10)" : ""
      let name = row % 9 == 0 ? "\"王\(quotedBreaks ? "\n" : " ")\(row)\"" : "张\(row)"
      text += "\(id),\(name),\(idNumber),\(household),\(area),ST0\(1 + row % 2),elderly_alone;dibao,,,2025-01-01,"
      if row == unclosedAt { text += ",\"never closed" }
      text += "\n"
      if row % 17 == 0 { text += "\n" }
    }
    return text
  }

  static func assertSame(_ register: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    var services = Header.services + "\n"
    for row in stride(from: 1, through: 120, by: 7) { services += "S\(row),2026-03-02,W1,P\(row),home_visit,1,,,,\n" }
    let fixture = Fixture(["beneficiaries.csv": register, "services.csv": services])
    let whole = try fixture.validate(threads: 1, sourceLocation: sourceLocation)
    for threads in [2, 3, 8] {
      let pieces = try fixture.validate(threads: threads, minimumPieceBytes: 1, sourceLocation: sourceLocation)
      #expect(pieces.issues == whole.issues, "\(threads) threads", sourceLocation: sourceLocation)
      #expect(pieces.files == whole.files, sourceLocation: sourceLocation)
      #expect(pieces.beneficiaries.id == whole.beneficiaries.id, sourceLocation: sourceLocation)
      #expect(pieces.beneficiaries.name == whole.beneficiaries.name, sourceLocation: sourceLocation)
      #expect(pieces.beneficiaries.household == whole.beneficiaries.household, sourceLocation: sourceLocation)
      #expect(pieces.beneficiaries.householdCount == whole.beneficiaries.householdCount, sourceLocation: sourceLocation)
      #expect(pieces.beneficiaries.area == whole.beneficiaries.area, sourceLocation: sourceLocation)
      #expect(pieces.services.beneficiary == whole.services.beneficiary, sourceLocation: sourceLocation)
    }
  }

  @Test("repeated ids, households, checksums, quoted line breaks: pieces give what the whole gives")
  func mixed() throws {
    try Self.assertSame(Self.register(count: 150))
    try Self.assertSame(Self.register(count: 150, quotedBreaks: false))
    let whole = try Fixture(["beneficiaries.csv": Self.register(count: 150)]).validate(threads: 1)
    let codes = Set(whole.issues.map(\.code))
    #expect(codes.isSuperset(of: [.duplicateKey, .idChecksum, .unknownReference]))
    #expect(whole.beneficiaries.householdCount < whole.beneficiaries.count)
  }

  @Test("a quote that never closes", arguments: [2, 75, 149])
  func unclosedQuote(row: Int) throws {
    try Self.assertSame(Self.register(count: 150, unclosedAt: row, quotedBreaks: false))
  }
}
