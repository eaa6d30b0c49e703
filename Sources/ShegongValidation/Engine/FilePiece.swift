import ShegongIngest

/// What one piece of a file gives when read on its own: every row checked except the uniqueness of
/// its key, which only the rows before it (in this file and, for services, earlier files) can settle.
///
/// A row that passed every other check is a *candidate*: its columns, its key and its warnings wait
/// here until ``ValidationRun`` claims the keys in reading order and accepts the candidates whose
/// key is new. Line numbers count from the piece's first line (see ``FilePieces``).
struct FilePiece<Candidates: CandidateRows>: Sendable {
  /// Data rows read.
  var rows = 0
  /// The physical line after the last record read, counted as the piece counts.
  var nextLine = 1
  /// Whether a record read broke the CSV syntax (an unclosed quote runs to the end of what was read).
  var sawSyntaxProblem = false
  /// The candidates' columns.
  var candidates = Candidates()
  /// Each candidate's physical line, counted as the piece counts.
  var lines: [Int32] = []
  /// Each candidate's key (trimmed, folded).
  var keys = PackedKeys()
  /// The key cell as written, for the candidates where it differs from the key.
  var writtenKeys: [Int32: String] = [:]
  /// Issues of the rows rejected whatever the other rows hold, in the order found.
  var issues = IssueStore()
  /// Warnings of the candidates, in candidate order (`warningCounts[c]` of them for candidate `c`).
  var candidateWarnings = IssueStore()
  /// How many of ``candidateWarnings`` each candidate has.
  var warningCounts: [UInt8] = []

  /// Reserves room for `count` candidates whose keys take about `keyBytes` bytes each.
  mutating func reserveCapacity(_ count: Int, keyBytes: Int) {
    candidates.reserveCapacity(count)
    lines.reserveCapacity(count)
    warningCounts.reserveCapacity(count)
    keys.reserveCapacity(keys: count, bytesPerKey: keyBytes)
  }
}

/// The columns a piece keeps for its candidates.
protocol CandidateRows: Sendable {
  /// No rows.
  init()
  /// Reserves room for `count` rows in every column.
  mutating func reserveCapacity(_ count: Int)
  /// The station candidate `candidate` is attributed to (SPEC §5 "Issues by station").
  func station(_ candidate: Int) -> Int32
}

/// A file read in pieces: its report entry, its header cells and its pieces in reading order.
struct PiecedFile<Candidates: CandidateRows>: Sendable {
  /// The file's name and encoding (its row counts are settled when the pieces are merged).
  var report: FileReport
  /// Header cells by column, as the file wrote them.
  var headers: [String]
  /// The file's size in bytes, as UTF-8.
  var byteCount: Int
  /// The pieces, in reading order (one when the file was read whole).
  var pieces: [FilePiece<Candidates>]
}

/// Checks the rows of one kind of file that is read in pieces, each on its own thread, against
/// registers that are already complete (SPEC §4 stages 1–4; the key's uniqueness is left to the merge).
///
/// It writes nothing but the pieces it returns, so several readers can run at once.
protocol PieceReader: Sendable {
  /// The file's columns.
  associatedtype Column: InputColumn
  /// The columns kept for a candidate.
  associatedtype Candidates: CandidateRows
  /// The file's key column and the sizes its rows and keys take.
  static var layout: PieceLayout<Column> { get }
  /// Whether names and ID numbers are masked in issues.
  var masksPersonalData: Bool { get }
  /// Where to count the rows read.
  var progress: ValidationProgress? { get }
  /// How the issues of the file's rows are attributed to a station.
  var attribution: StationAttribution<Column> { get }
  /// Checks the current row; when only its key is left to settle, appends it to `candidates` and
  /// returns the key (valid until the next row).
  func check(_ scope: inout RowScope<Column>, into candidates: inout Candidates) -> UnsafeBufferPointer<UInt8>?
}

/// A kind of file read in pieces: the column whose values must be unique, and about how many bytes
/// a row and a key take (to reserve room for a piece's candidates).
struct PieceLayout<Column: InputColumn> {
  /// The column whose values must be unique.
  let keyColumn: Column
  /// About how many bytes a row takes.
  let bytesPerRow: Int
  /// About how many bytes a key takes.
  let bytesPerKey: Int
}

extension PieceReader {
  /// No personal data, unless the reader says otherwise.
  var masksPersonalData: Bool { false }

  /// Reads `entry`, which will be file `fileIndex` of the validation report, in up to `pieces`
  /// pieces at once, each of at least `minimumPieceBytes` (see ``FilePieces``).
  func read(_ entry: InputFolder.Entry, fileIndex: Int, pieces: Int = 1, minimumPieceBytes: Int = 1)
    throws(IngestError) -> PiecedFile<Candidates>
  {
    let file = try TextFile.load(path: entry.path, name: entry.name)
    let source = try CSVSource(file: file)
    // Checks the header once, so that a missing column is thrown here and never by a piece.
    let headers = try RowScope<Column>(source: source, fileIndex: fileIndex).headers()
    let read = try FilePieces.read(source, count: pieces, minimumBytes: minimumPieceBytes, progress: progress) {
      range, line throws(IngestError) in
      try readPiece(source, range: range, line: line, fileIndex: fileIndex)
    }
    return PiecedFile(
      report: FileReport(name: entry.name, encoding: file.encoding.rawValue), headers: headers,
      byteCount: file.bytes.count, pieces: read)
  }

  /// Reads the records that start in `range` of `source` (the first on physical line `line`).
  private func readPiece(_ source: CSVSource, range: Range<Int>, line: Int, fileIndex: Int) throws(IngestError)
    -> FilePiece<Candidates>
  {
    var scope = try RowScope<Column>(
      source: source, fileIndex: fileIndex, masksPersonalData: masksPersonalData, range: range, line: line)
    scope.attribution = attribution
    var piece = FilePiece<Candidates>()
    var issues = IssueStore()
    var candidateWarnings = IssueStore()
    // Reserved from the piece's bytes, so that the columns do not grow by doubling, which would
    // hold each of them twice for a moment.
    let layout = Self.layout
    piece.reserveCapacity(range.count / layout.bytesPerRow, keyBytes: layout.bytesPerKey)
    // Read whole, the file is read for the last time (see `FilePieces.read`): its text can go as
    // the rows are read. A piece leaves it, since the file may yet be read whole.
    let isWhole = range == source.dataOffset..<source.file.bytes.count
    piece.rows = scope.readCandidates(
      progress: progress, discardingBehind: isWhole, issues: &issues, candidateWarnings: &candidateWarnings
    ) { scope in
      guard let key = check(&scope, into: &piece.candidates) else { return false }
      let candidate = Int32(piece.lines.count)
      piece.keys.append(key)
      if !scope.isWritten(layout.keyColumn, as: key) {
        piece.writtenKeys[candidate] = scope.shownValue(layout.keyColumn)
      }
      piece.lines.append(Int32(scope.line))
      piece.warningCounts.append(0)
      return true
    } filed: { warnings in
      piece.warningCounts[piece.warningCounts.count - 1] = UInt8(warnings)
    }
    piece.issues = issues
    piece.candidateWarnings = candidateWarnings
    piece.nextLine = scope.nextLine
    piece.sawSyntaxProblem = scope.sawSyntaxProblem
    return piece
  }
}
