import ShegongValidation

/// One row of issues by station (SPEC §5 "Issues by station"): an accepted station with
/// attributed issues, the issues attributed to none, or (in the workbook) the total.
public struct StationIssuesRow: Sendable, Equatable {
  /// Which kind of row it is.
  public enum Kind: Sendable, Equatable {
    /// The issues attributed to one accepted station.
    case station
    /// The issues attributed to no station (`station_id` null).
    case unattributed
    /// Every issue (the workbook's last row; not in the metrics JSON).
    case total
  }

  /// Which kind of row it is.
  public var kind: Kind
  /// `station_id` (empty unless a station's row).
  public var stationId: String
  /// The station's name.
  public var name: String
  /// The name of the station's township.
  public var townshipName: String
  /// `rejected`: the rows rejected (rows, not issues).
  public var rejected: Int
  /// `warnings`: the warning issues.
  public var warnings: Int
  /// `issues_by_code`: the codes that occurred, in bytewise order of their text, with their counts.
  public var issuesByCode: [IssueCount]

  /// The number of issues of `code`.
  public func count(of code: IssueCode) -> Int {
    issuesByCode.first { $0.code == code }?.count ?? 0
  }
}
