/// Whether an issue rejects its row.
public enum Severity: String, Sendable, Comparable {
  /// The row is rejected and left out of every figure.
  case error
  /// The row is kept.
  case warning
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .error && rhs == .warning }
}

/// One finding about one input row (SPEC §4), with its position.
public struct Issue: Sendable, Equatable {
  /// The file as reports name it.
  public var file: String
  /// Index of the file in reading order (for sorting).
  public var fileIndex: Int
  /// Physical line where the row starts.
  public var line: Int
  /// The column's header name as the file wrote it, or empty for a row-level issue.
  public var column: String
  /// The code.
  public var code: IssueCode
  /// What is wrong, for a person.
  public var message: String
  /// The value as read (masked for beneficiaries' names and ID numbers unless unmasked).
  public var value: String
  /// The id of the station the issue is attributed to (SPEC §5 "Issues by station"), or empty.
  public var stationID: String
  /// `error` or `warning`, from the code.
  public var severity: Severity { code.severity }

  /// Creates an issue.
  public init(
    file: String, fileIndex: Int, line: Int, column: String, code: IssueCode, message: String, value: String,
    stationID: String = ""
  ) {
    self.file = file
    self.fileIndex = fileIndex
    self.line = line
    self.column = column
    self.code = code
    self.message = message
    self.value = value
    self.stationID = stationID
  }

  /// `file:line:column: code: message`, the form used on a terminal.
  public var positionedMessage: String {
    var position = "\(file):\(line)"
    if !column.isEmpty { position += ":\(column)" }
    return "\(position): \(code.rawValue): \(message)"
  }
}

/// The row accounting of one file read.
public struct FileReport: Sendable, Equatable {
  /// The file as reports name it.
  public var name: String
  /// The encoding detected.
  public var encoding: String
  /// Data rows read (blank rows are not rows).
  public var rows: Int = 0
  /// Rows accepted.
  public var accepted: Int = 0
  /// Rows rejected.
  public var rejected: Int = 0
  /// Warning issues on the file's rows.
  public var warnings: Int = 0

  /// Creates an empty report for a file.
  public init(name: String, encoding: String) {
    self.name = name
    self.encoding = encoding
  }
}
