import ShegongValidation

/// `data_quality`: the row accounting of every file read and the number of issues of each code.
public struct DataQuality: Sendable, Equatable {
  /// `files`: the CSV files read, in reading order.
  public var files: [FileReport]
  /// `issues_by_code`: the codes that occurred, in bytewise order of their text, with their issue counts.
  public var issuesByCode: [IssueCount]
  /// `stations`: every accepted station with attributed issues, bytewise by id, then one row for
  /// the issues attributed to none (when there are any).
  public var stations: [StationIssuesRow] = []
  /// The row of every issue, under ``stations`` in the workbook.
  public var total: StationIssuesRow {
    StationIssuesRow(
      kind: .total, stationId: "", name: "", townshipName: "", rejected: stations.reduce(0) { $0 + $1.rejected },
      warnings: stations.reduce(0) { $0 + $1.warnings }, issuesByCode: issuesByCode)
  }

  /// The accounting of `files` and the issues counted `issuesByCode` and by station.
  public init(files: [FileReport], issuesByCode: [IssueCount], stations: [StationIssuesRow] = []) {
    self.files = files
    self.issuesByCode = issuesByCode
    self.stations = stations
  }
}

/// The number of issues of one code.
public struct IssueCount: Sendable, Equatable {
  /// The code.
  public var code: IssueCode
  /// The number of issues (not rows) with it.
  public var count: Int

  /// `count` issues of `code`.
  public init(code: IssueCode, count: Int) {
    self.code = code
    self.count = count
  }
}
