import ShegongIngest

/// What one services file gives when read on its own: every row checked except the uniqueness
/// of its `record_id`, which only the files read before it can settle.
///
/// A row that passed every other check is a *candidate*: its columns, its key and its warnings
/// wait here until ``ValidationRun`` claims the keys in reading order and accepts the rows whose
/// key is new.
struct ServiceFilePart: Sendable {
  /// The file's name and encoding (its row counts are settled when the part is merged).
  var report: FileReport
  /// Header cells by schema column, as the file wrote them.
  var headers: [String]
  /// Data rows read.
  var rows = 0
  /// The candidate rows, as they will be accepted (`file` is already the file's index).
  var candidates = ServiceTable()
  /// Each candidate's `record_id` (trimmed, folded).
  var keys = PackedKeys()
  /// The `record_id` cell as written, for the candidates where it differs from the key.
  var writtenKeys: [Int32: String] = [:]
  /// Issues of the rows that are rejected whatever the other files hold, in the order found.
  var issues: [Issue] = []
  /// Warnings of the candidates, in candidate order (`candidates.warnings[c]` of them for candidate `c`).
  var candidateWarnings: [Issue] = []
  /// The physical line after the last record read.
  var nextLine = 1
  /// How many pieces the file was read in (1: whole).
  var pieceCount = 1
  /// Whether a record read broke the CSV syntax (an unclosed quote runs to the end of what was read).
  var sawSyntaxProblem = false
}

/// Reads one services file into a ``ServiceFilePart``: SPEC §4 stages 1–4 on every row, against
/// registers that are already complete.
///
/// It writes nothing but the part it returns, so several readers can run at once, on one file
/// each or on pieces of one file.
struct ServiceFileReader: Sendable {
  let workerIndex: IDIndex
  let beneficiaryIndex: IDIndex
  let stationIndex: IDIndex
  let workers: WorkerTable
  let people: BeneficiaryTable
  let stations: StationTable
  let maximumMinutes: Int64
  let asOf: Day
  let progress: ValidationProgress?

  /// Reads `entry`, which will be file `fileIndex` of the validation report, in up to `pieces`
  /// pieces at once (see ``FilePieces``).
  func read(_ entry: InputFolder.Entry, fileIndex: Int, pieces: Int = 1, minimumPieceBytes: Int = 1)
    throws(IngestError) -> ServiceFilePart
  {
    let file = try TextFile.load(path: entry.path, name: entry.name)
    let source = try CSVSource(file: file)
    // Checks the header once, so that a missing column is thrown here and never by a piece.
    let headers = try RowScope<ServiceColumn>(source: source, fileIndex: fileIndex).headers()
    let report = FileReport(name: entry.name, encoding: file.encoding.rawValue)
    let parts = try FilePieces.read(source, count: pieces, minimumBytes: minimumPieceBytes, progress: progress) {
      range, line throws(IngestError) in
      try readPiece(source, range: range, line: line, fileIndex: fileIndex, report: report, headers: headers)
    }
    // `FilePieces.read` gives at least one piece (the whole file when it gives no others).
    guard let joined = FilePieces.join(parts) else { preconditionFailure("\(report.name) was read in no piece") }
    return joined
  }

  /// Reads the records that start in `range` of `source` (the first on physical line `line`).
  private func readPiece(
    _ source: CSVSource, range: Range<Int>, line: Int, fileIndex: Int, report: FileReport, headers: [String]
  ) throws(IngestError) -> ServiceFilePart {
    var scope = try RowScope<ServiceColumn>(source: source, fileIndex: fileIndex, range: range, line: line)
    var part = ServiceFilePart(report: report, headers: headers)
    // Reserved from the piece's bytes (a row takes 60 to 80), so that the columns do not grow by
    // doubling, which would hold each of them twice for a moment.
    part.keys.reserveCapacity(keys: range.count / 60, bytesPerKey: 12)
    part.candidates.reserveCapacity(range.count / 60)
    // Read whole, the file is read for the last time (see `FilePieces.read`): its text can go as
    // the rows are read. A piece leaves it, since the file may yet be read whole.
    let isWhole = range == source.dataOffset..<source.file.bytes.count
    part.rows = scope.readCandidates(progress: progress, discardingBehind: isWhole) { scope in
      check(&scope, into: &part)
    } file: { issues, ofCandidate in
      if ofCandidate {
        part.candidateWarnings.append(contentsOf: issues)
      } else {
        part.issues.append(contentsOf: issues)
      }
    }
    part.nextLine = scope.nextLine
    part.sawSyntaxProblem = scope.sawSyntaxProblem
    return part
  }

  /// Checks the current row; when only its key is left to settle, appends it as a candidate and
  /// returns true.
  private func check(_ scope: inout RowScope<ServiceColumn>, into part: inout ServiceFilePart) -> Bool {
    let recordID = scope.required(.recordID)
    let date = scope.date(.date)
    let workerID = scope.required(.workerID)
    let beneficiaryID = scope.required(.beneficiaryID)
    let type = scope.vocabulary(.serviceType, ServiceType.self)
    let minutes = scope.duration(.duration, minimum: 1, maximum: maximumMinutes)
    let stationID = scope.value(.stationID)
    let start = scope.parsed(.startTime, kind: .time) { ValueParser.time($0) }
    let stage = scope.vocabulary(.caseStage, CaseStage.self)
    guard let recordID, let date, let workerID, let beneficiaryID, let type, let minutes, !scope.hasErrors else {
      scope.sortPendingByColumn()
      return false
    }
    scope.checkNotAfter(asOf, date, column: .date)
    guard !scope.hasErrors else { return false }
    let worker = scope.reference(.workerID, workerID, in: workerIndex, target: "workers.csv")
    let beneficiary = scope.reference(.beneficiaryID, beneficiaryID, in: beneficiaryIndex, target: "beneficiaries.csv")
    var station: Int32?
    if !stationID.isEmpty {
      station = scope.reference(.stationID, stationID, in: stationIndex, target: "stations.csv")
    }
    guard let worker, let beneficiary, !scope.hasErrors else { return false }
    // A candidate: the warnings that need only this row.
    let candidate = Int32(part.candidates.count)
    part.keys.append(recordID)
    if !scope.isWritten(.recordID, as: recordID) { part.writtenKeys[candidate] = scope.shownValue(.recordID) }
    var warnings: UInt8 = 0
    let w = Int(worker)
    let b = Int(beneficiary)
    if !isActive(on: date, from: workers.startDate[w], until: workers.endDate[w]) {
      scope.addIssue(.workerNotEmployed(worker: workers.id[w], date: date), column: .workerID)
      warnings += 1
    }
    if !isActive(on: date, from: people.registeredOn[b], until: people.exitedOn[b]) {
      scope.addIssue(.beneficiaryNotRegistered(beneficiary: people.id[b], date: date), column: .beneficiaryID)
      warnings += 1
    }
    if let station, station != workers.station[w] {
      let own = stations.id[Int(workers.station[w])]
      scope.addIssue(
        .otherStation(worker: workers.id[w], own: own, given: stations.id[Int(station)]), column: .stationID)
      warnings += 1
    }
    part.candidates.date.append(date)
    part.candidates.worker.append(worker)
    part.candidates.beneficiary.append(beneficiary)
    part.candidates.station.append(station ?? workers.station[w])
    part.candidates.type.append(type)
    part.candidates.minutes.append(Int32(minutes))
    part.candidates.startSecond.append(start ?? -1)
    part.candidates.stage.append(type == .caseWork ? (stage ?? .follow) : nil)
    part.candidates.warnings.append(warnings)
    part.candidates.file.append(UInt16(scope.fileIndex))
    part.candidates.line.append(Int32(scope.line))
    return true
  }
}
