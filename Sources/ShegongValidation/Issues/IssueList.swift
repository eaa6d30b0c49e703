/// Every issue of a run, kept as compact records and worded one at a time: `list[i]` renders
/// issue `i` as an ``Issue`` (file name, column, message, value, attributed station) when an output
/// writes it, so the list costs some tens of bytes per issue however many there are.
///
/// Issues are in file reading order, then line, then the order found.
public struct IssueList: RandomAccessCollection, Sendable, Equatable {
  /// The records and their texts.
  var store = IssueStore()
  /// The name of each file read, by index.
  var fileNames: [String] = []
  /// The id of each accepted station, by index.
  var stationIDs: [String] = []

  /// The first position.
  public var startIndex: Int { 0 }
  /// The position after the last issue.
  public var endIndex: Int { store.count }

  /// Issue `position`, worded.
  public subscript(position: Int) -> Issue {
    let record = store.records[position]
    let file = Int(record.file)
    return Issue(
      file: file < fileNames.count ? fileNames[file] : "", fileIndex: file, line: Int(record.line),
      column: store.column(position), code: record.code, message: store.text(position),
      value: store.value(position),
      stationID: record.station >= 0 && Int(record.station) < stationIDs.count ? stationIDs[Int(record.station)] : "")
  }

  /// A list of issues worded already, in their given order, whose station ids index into
  /// `stationIDs` (to build reports by hand).
  public init(_ issues: [Issue] = [], stationIDs: [String] = []) {
    self.stationIDs = stationIDs
    for issue in issues { append(issue) }
  }

  /// Adds an issue worded already at the end (to build reports by hand).
  public mutating func append(_ issue: Issue) {
    while fileNames.count <= issue.fileIndex { fileNames.append("") }
    fileNames[issue.fileIndex] = issue.file
    var station: Int32 = -1
    if !issue.stationID.isEmpty {
      station = Int32(stationIDs.firstIndex(of: issue.stationID) ?? stationIDs.count)
      if Int(station) == stationIDs.count { stationIDs.append(issue.stationID) }
    }
    store.append(
      file: issue.fileIndex, line: issue.line, column: issue.column, code: issue.code, text: issue.message,
      value: issue.value, station: station)
  }

  /// Whether both lists word the same issues in the same order.
  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.count == rhs.count && lhs.elementsEqual(rhs)
  }

  /// The records, for counting issues without wording them.
  public var records: [IssueRecord] { store.records }

  /// The bytes the list takes beyond its records (argument slots and texts), to measure it.
  public var sideBytes: Int { store.sideBytes }
}
