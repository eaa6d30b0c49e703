import ShegongIngest

/// Options of a validation run.
public struct ValidationOptions: Sendable {
  /// The day treated as today: services and activities after it are `future-date`.
  public var asOf: Day
  /// Whether beneficiaries' names and ID numbers appear in full in issue values.
  public var unmasked: Bool
  /// Where to count rows as they are read, for a progress line; nil for none.
  public var progress: ValidationProgress?
  /// How many threads read the services files; nil chooses one per processor for large inputs.
  /// The result is the same for any number.
  public var threads: Int?
  /// The smallest piece of a services file worth a thread of its own, in bytes. With fewer services
  /// files than threads, each file is read in pieces of at least this size at once; tests make it
  /// small to cut small files.
  public var minimumPieceBytes = 4 << 20

  /// Creates options.
  public init(asOf: Day, unmasked: Bool = false, progress: ValidationProgress? = nil, threads: Int? = nil) {
    self.asOf = asOf
    self.unmasked = unmasked
    self.progress = progress
    self.threads = threads.map { max(1, $0) }
  }
}

/// The state of one validation: the tables being filled, the id indexes, and the issues.
final class ValidationRun {
  let options: ValidationOptions
  var inputs = ValidatedInputs()
  var areaIndex = IDIndex()
  var stationIndex = IDIndex()
  var workerIndex = IDIndex()
  var beneficiaryIndex = IDIndex()
  var activityIndex = IDIndex()
  var householdIndex = IDIndex()
  /// File index of `activities.csv`, when read.
  var activityFile: Int?
  /// Line of each accepted activity.
  var activityLines: [Int32] = []
  /// The participants header as `activities.csv` wrote it.
  var activityParticipantsHeader = "participants"
  /// Header cells of each services file by schema column, keyed by file index.
  var serviceHeaders: [Int: [String]] = [:]
  /// Household number of each interned `household_id`.
  var householdNumber: [Int32] = []
  /// Issues with the order they were found in, sorted at the end.
  private var found: [(sequence: Int, issue: Issue)] = []

  init(options: ValidationOptions, policy: Policy) {
    self.options = options
    inputs.policy = policy
    inputs.asOf = options.asOf
  }

  /// Opens a file and registers it in the report; returns its index.
  func open(_ entry: InputFolder.Entry) throws(IngestError) -> (CSVSource, Int) {
    let file = try TextFile.load(path: entry.path, name: entry.name)
    let source = try CSVSource(file: file)
    inputs.files.append(FileReport(name: entry.name, encoding: file.encoding.rawValue))
    return (source, inputs.files.count - 1)
  }

  /// Records a new issue for a row of file `fileIndex`.
  func report(_ issue: Issue) {
    found.append((found.count, issue))
    if issue.severity == .warning { inputs.files[issue.fileIndex].warnings += 1 }
  }

  /// Reads every row of `scope`: a row with a structural issue is rejected at once; `check`
  /// runs the later stages on the others and says whether the row is accepted.
  ///
  /// The file's row counts are kept locally and added to its report once, at the end.
  func forEachRow<Column>(
    _ scope: inout RowScope<Column>, _ check: (inout RowScope<Column>) throws(IngestError) -> Bool
  ) throws(IngestError) {
    var rows = 0
    var accepted = 0
    while scope.next() {
      let isAccepted = scope.hasErrors ? false : try check(&scope)
      if !scope.pending.isEmpty { file(&scope) }
      rows += 1
      if isAccepted { accepted += 1 }
      if rows & 0xFFFF == 0 { options.progress?.add(0x10000) }
    }
    options.progress?.add(rows & 0xFFFF)
    inputs.files[scope.fileIndex].rows += rows
    inputs.files[scope.fileIndex].accepted += accepted
    inputs.files[scope.fileIndex].rejected += rows - accepted
  }

  /// Ends the current row of `scope`: files its pending issues; counts it accepted or rejected.
  /// Returns whether it was accepted.
  @discardableResult
  func finish<Column>(_ scope: inout RowScope<Column>, accepted: Bool) -> Bool {
    file(&scope)
    count(file: scope.fileIndex, accepted: accepted)
    return accepted
  }

  /// Files the pending issues of the current row of `scope` in the report.
  private func file<Column>(_ scope: inout RowScope<Column>) {
    for pending in scope.pending {
      report(
        Issue(
          file: scope.fileName, fileIndex: scope.fileIndex, line: scope.line, column: pending.column,
          code: pending.message.code, message: pending.message.text, value: pending.value))
    }
  }

  /// Counts one row of file `fileIndex` as accepted or rejected.
  func count(file fileIndex: Int, accepted: Bool) {
    inputs.files[fileIndex].rows += 1
    if accepted {
      inputs.files[fileIndex].accepted += 1
    } else {
      inputs.files[fileIndex].rejected += 1
    }
  }

  /// Files an issue on a row of file `fileIndex` found after the row was read.
  func fileIssue(file fileIndex: Int, line: Int, column: String, _ message: IssueMessage, value: String) {
    report(
      Issue(
        file: inputs.files[fileIndex].name, fileIndex: fileIndex, line: line, column: column, code: message.code,
        message: message.text, value: value))
  }

  /// The issues sorted by file reading order, then line, then the order found.
  func sortedIssues() -> [Issue] {
    found.sort { lhs, rhs in
      if lhs.issue.fileIndex != rhs.issue.fileIndex { return lhs.issue.fileIndex < rhs.issue.fileIndex }
      if lhs.issue.line != rhs.issue.line { return lhs.issue.line < rhs.issue.line }
      return lhs.sequence < rhs.sequence
    }
    return found.map(\.issue)
  }
}
