/// Everything the validation stage hands on: accepted rows as column tables, and the findings.
public struct ValidatedInputs: Sendable {
  /// Accepted areas.
  public var areas = AreaTable()
  /// Accepted stations and points.
  public var stations = StationTable()
  /// Accepted workers.
  public var workers = WorkerTable()
  /// Accepted beneficiaries.
  public var beneficiaries = BeneficiaryTable()
  /// Accepted services.
  public var services = ServiceTable()
  /// Accepted activities.
  public var activities = ActivityTable()
  /// Accepted attendance rows.
  public var attendance = AttendanceTable()
  /// The policy in force.
  public var policy = Policy()
  /// The day the run treats as today.
  public var asOf: Day = 0
  /// Files read, in reading order.
  public var files: [FileReport] = []
  /// Every issue, sorted by file reading order, then line, then the order found.
  public var issues = IssueList()

  /// Creates empty inputs (fill the tables to build fixtures by hand).
  public init() {}
}
