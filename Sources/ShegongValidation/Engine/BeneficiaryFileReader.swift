import ShegongIngest

/// What a piece of `beneficiaries.csv` gives when read on its own: every row checked except the
/// uniqueness of its `beneficiary_id`, which only the rows before it can settle.
///
/// Rows that passed every other check are *candidates*; their households are numbered, and their
/// ids claimed, when the pieces are merged in reading order. Line numbers count from the piece's
/// first line (see ``FilePieces``).
struct BeneficiaryPiece: Sendable {
  /// Data rows read.
  var rows = 0
  /// The physical line after the last record read, counted as the piece counts.
  var nextLine = 1
  /// Whether a record read broke the CSV syntax.
  var sawSyntaxProblem = false
  /// The header cell of `beneficiary_id` as the file wrote it.
  var idHeader = ""
  /// The candidates' columns (all but `household`, which the merge fills).
  var candidates = BeneficiaryTable()
  /// Each candidate's physical line.
  var lines: [Int32] = []
  /// Each candidate's id, for claiming.
  var keys = PackedKeys()
  /// Each candidate's `household_id` (empty when none).
  var households = PackedKeys()
  /// The id cell as written, for the candidates where it differs from the id.
  var writtenKeys: [Int32: String] = [:]
  /// Issues of the rows rejected whatever the other rows hold, in the order found.
  var issues: [Issue] = []
  /// Warnings of the candidates, in candidate order.
  var candidateWarnings: [Issue] = []
  /// How many of ``candidateWarnings`` each candidate has.
  var warningCounts: [UInt8] = []
}

/// Reads `beneficiaries.csv` in pieces at once (SPEC §4 stages 1–4 against the accepted areas and
/// stations), or whole when the file is small, has one thread, or breaks the CSV syntax.
struct BeneficiaryFileReader: Sendable {
  let areaIndex: IDIndex
  let stationIndex: IDIndex
  /// Whether names and ID numbers are masked in issues.
  let masksPersonalData: Bool
  let progress: ValidationProgress?

  /// The pieces of `source` in reading order: up to `pieces` read at once, or one for the whole.
  func read(_ source: CSVSource, fileIndex: Int, pieces: Int, minimumPieceBytes: Int) throws(IngestError)
    -> [BeneficiaryPiece]
  {
    // Checks the header once, so that a missing column is thrown here and never by a piece.
    _ = try RowScope<BeneficiaryColumn>(source: source, fileIndex: fileIndex)
    return try FilePieces.read(source, count: pieces, minimumBytes: minimumPieceBytes, progress: progress) {
      range, line throws(IngestError) in
      try readPiece(source, range: range, line: line, fileIndex: fileIndex)
    }
  }

  /// Reads the records that start in `range` of `source` (the first on physical line `line`).
  private func readPiece(_ source: CSVSource, range: Range<Int>, line: Int, fileIndex: Int) throws(IngestError)
    -> BeneficiaryPiece
  {
    var scope = try RowScope<BeneficiaryColumn>(
      source: source, fileIndex: fileIndex, masksPersonalData: masksPersonalData, range: range, line: line)
    var piece = BeneficiaryPiece()
    piece.idHeader = scope.header(.id)
    piece.rows = scope.readCandidates(progress: progress) { scope in
      check(&scope, into: &piece)
    } file: { issues, ofCandidate in
      if ofCandidate {
        piece.candidateWarnings.append(contentsOf: issues)
        piece.warningCounts[piece.warningCounts.count - 1] = UInt8(issues.count)
      } else {
        piece.issues.append(contentsOf: issues)
      }
    }
    piece.nextLine = scope.nextLine
    piece.sawSyntaxProblem = scope.sawSyntaxProblem
    return piece
  }

  /// Checks the current row; when only its id is left to settle, appends it as a candidate and
  /// returns true.
  private func check(_ scope: inout RowScope<BeneficiaryColumn>, into piece: inout BeneficiaryPiece) -> Bool {
    let id = scope.required(.id)
    let name = scope.required(.name).map { String(decoding: $0, as: UTF8.self) }
    // Bytes, not strings: both stay valid until the next row.
    let idNumber = scope.value(.idNumber)
    let household = scope.value(.householdID)
    let areaCode = scope.required(.areaCode)
    let stationID = scope.required(.stationID)
    let categories = scope.categories(.categories)
    let disability = scope.vocabulary(.disabilityType, DisabilityType.self)
    let grade = scope.integer(.disabilityGrade, in: 1...4)
    let registered = scope.date(.registeredOn)
    let exited = scope.date(.exitedOn)
    scope.sortPendingByColumn()
    guard let id, let name, let areaCode, let stationID, let categories, let registered, !scope.hasErrors else {
      return false
    }
    scope.checkOrder(start: registered, end: exited ?? .never, column: .exitedOn, after: .registeredOn)
    guard !scope.hasErrors else { return false }
    let area = scope.reference(.areaCode, areaCode, in: areaIndex, target: "areas.csv")
    let station = scope.reference(.stationID, stationID, in: stationIndex, target: "stations.csv")
    guard let area, let station else { return false }
    // A candidate.
    let candidate = Int32(piece.candidates.count)
    if !scope.isWritten(.id, as: id) { piece.writtenKeys[candidate] = scope.shownValue(.id) }
    piece.keys.append(id)
    piece.households.append(household)
    piece.lines.append(Int32(scope.line))
    piece.warningCounts.append(0)
    piece.candidates.id.append(String(decoding: id, as: UTF8.self))
    piece.candidates.name.append(name)
    piece.candidates.area.append(area)
    piece.candidates.station.append(station)
    piece.candidates.categories.append(categories)
    piece.candidates.disabilityType.append(disability)
    piece.candidates.disabilityGrade.append(Int8(grade ?? 0))
    piece.candidates.registeredOn.append(registered)
    piece.candidates.exitedOn.append(exited ?? .never)
    if !idNumber.isEmpty, let problem = IDNumber.checksumProblem(idNumber) {
      scope.addIssue(.idChecksum(problem: problem), column: .idNumber)
    }
    return true
  }
}

extension BeneficiaryTable {
  /// Reserves room for `count` rows in every column.
  mutating func reserveCapacity(_ count: Int) {
    id.reserveCapacity(count)
    name.reserveCapacity(count)
    household.reserveCapacity(count)
    area.reserveCapacity(count)
    station.reserveCapacity(count)
    categories.reserveCapacity(count)
    disabilityType.reserveCapacity(count)
    disabilityGrade.reserveCapacity(count)
    registeredOn.reserveCapacity(count)
    exitedOn.reserveCapacity(count)
  }

  /// Appends every row of `other`, all but their households (numbered by the caller).
  mutating func append(contentsOf other: BeneficiaryTable) {
    id.append(contentsOf: other.id)
    name.append(contentsOf: other.name)
    area.append(contentsOf: other.area)
    station.append(contentsOf: other.station)
    categories.append(contentsOf: other.categories)
    disabilityType.append(contentsOf: other.disabilityType)
    disabilityGrade.append(contentsOf: other.disabilityGrade)
    registeredOn.append(contentsOf: other.registeredOn)
    exitedOn.append(contentsOf: other.exitedOn)
  }

  /// Appends row `row` of `other`, all but its household (numbered by the caller).
  mutating func append(_ other: BeneficiaryTable, row: Int) {
    id.append(other.id[row])
    name.append(other.name[row])
    area.append(other.area[row])
    station.append(other.station[row])
    categories.append(other.categories[row])
    disabilityType.append(other.disabilityType[row])
    disabilityGrade.append(other.disabilityGrade[row])
    registeredOn.append(other.registeredOn[row])
    exitedOn.append(other.exitedOn[row])
  }
}
