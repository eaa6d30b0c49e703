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
  /// Issues in the order they were found, sorted at the end.
  var issues = IssueStore()
  /// The issues of `stations.csv` rows waiting for their own id to be resolved once every
  /// station is read: record index and the row's id.
  var ownStationIDs: [(record: Int, id: String)] = []

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

  /// Counts issue `index` of the run's store in its file's report.
  private func count(issue index: Int) {
    let record = issues.records[index]
    if record.severity == .warning { inputs.files[record.fileIndex].warnings += 1 }
  }

  /// Files issue `index` of `store` (a piece's), `shift` lines further down.
  func report(_ index: Int, of store: IssueStore, shift: Int) {
    issues.append(index, of: store, lineShift: shift)
    count(issue: issues.count - 1)
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
    let first = issues.count
    scope.fileIssues(into: &issues)
    if let id = scope.ownID() {
      for record in first..<issues.count { ownStationIDs.append((record, id)) }
    }
    for record in first..<issues.count { count(issue: record) }
  }

  /// Attributes the issues of `stations.csv` rows to the station their own id names, now that
  /// every station is read.
  func attributeOwnStationIDs() {
    for (record, id) in ownStationIDs {
      issues.records[record].station = stationIndex.index(of: id) ?? -1
    }
    ownStationIDs = []
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

  /// Files an issue on a row of file `fileIndex` found after the row was read, attributed to
  /// station `station` (-1 for none).
  func fileIssue(
    file fileIndex: Int, line: Int, column: String, _ message: IssueMessage, value: String, station: Int32
  ) {
    issues.append(
      file: fileIndex, line: line, column: column, message: message, value: value, station: station,
      masksIDNumbers: !options.unmasked)
    count(issue: issues.count - 1)
  }

  /// The issues sorted by file reading order, then line, then the order found, as the list the
  /// outputs word.
  func sortedIssues() -> IssueList {
    issues.sort()
    var list = IssueList()
    list.store = issues
    issues = IssueStore()
    list.fileNames = inputs.files.map(\.name)
    list.stationIDs = inputs.stations.id
    return list
  }
}
