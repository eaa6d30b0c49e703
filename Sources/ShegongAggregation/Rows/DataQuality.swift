import ShegongValidation

/// `data_quality`: the row accounting of every file read and the number of issues of each code.
public struct DataQuality: Sendable, Equatable {
  /// `files`: the CSV files read, in reading order.
  public var files: [FileReport]
  /// `issues_by_code`: the codes that occurred, in bytewise order of their text, with their issue counts.
  public var issuesByCode: [IssueCount]
}

/// The number of issues of one code.
public struct IssueCount: Sendable, Equatable {
  /// The code.
  public var code: IssueCode
  /// The number of issues (not rows) with it.
  public var count: Int
}
