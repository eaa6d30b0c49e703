import ShegongValidation

/// `data_quality`: the row accounting of every file read and the number of issues of each code.
public struct DataQuality: Sendable, Equatable {
  /// `files`: the CSV files read, in reading order.
  public var files: [FileReport]
  /// `issues_by_code`: the codes that occurred, in bytewise order of their text, with their issue counts.
  public var issuesByCode: [IssueCount]

  /// Creates the accounting.
  public init(files: [FileReport], issuesByCode: [IssueCount]) {
    self.files = files
    self.issuesByCode = issuesByCode
  }
}

/// The number of issues of one code.
public struct IssueCount: Sendable, Equatable {
  /// The code.
  public var code: IssueCode
  /// The number of issues (not rows) with it.
  public var count: Int

  /// Creates a count.
  public init(code: IssueCode, count: Int) {
    self.code = code
    self.count = count
  }
}
