/// Accepted areas: townships and villages, as columns indexed by a dense area number.
public struct AreaTable: Sendable {
  /// `area_code` (trimmed, folded).
  public var code: [String] = []
  /// `name`.
  public var name: [String] = []
  /// `level`.
  public var level: [AreaLevel] = []
  /// The parent township's index for a village; -1 for a township.
  public var parent: [Int32] = []
  /// The township an area belongs to: itself when a township, else its parent.
  public var township: [Int32] = []
  /// Creates an empty table.
  public init() {}
  /// Number of accepted rows.
  public var count: Int { code.count }
}

/// Accepted stations and service points.
public struct StationTable: Sendable {
  /// `station_id`.
  public var id: [String] = []
  /// `name`.
  public var name: [String] = []
  /// `type`.
  public var type: [StationType] = []
  /// Index of `area_code` in the area table.
  public var area: [Int32] = []
  /// `opened_on`.
  public var openedOn: [Day] = []
  /// `closed_on`, or `Day.never`.
  public var closedOn: [Day] = []
  /// `posts_planned` (0 when empty).
  public var postsPlanned: [Int32] = []
  /// Creates an empty table.
  public init() {}
  /// Number of accepted rows.
  public var count: Int { id.count }
}

/// Accepted social workers and volunteers.
public struct WorkerTable: Sendable {
  /// `worker_id`.
  public var id: [String] = []
  /// `name`.
  public var name: [String] = []
  /// `role`.
  public var role: [WorkerRole] = []
  /// Index of `station_id` in the station table.
  public var station: [Int32] = []
  /// `certified` (false when empty).
  public var certified: [Bool] = []
  /// `start_date`.
  public var startDate: [Day] = []
  /// `end_date`, or `Day.never`.
  public var endDate: [Day] = []
  /// Creates an empty table.
  public init() {}
  /// Number of accepted rows.
  public var count: Int { id.count }
}

/// Accepted registered beneficiaries.
public struct BeneficiaryTable: Sendable {
  /// `beneficiary_id`.
  public var id: [String] = []
  /// `name`, in full (mask before output, SPEC §7).
  public var name: [String] = []
  /// Dense household number: equal for equal non-empty `household_id`, unique when it is empty.
  public var household: [Int32] = []
  /// Number of distinct households (the household numbers run `0..<householdCount`).
  public var householdCount: Int = 0
  /// Index of `area_code` in the area table.
  public var area: [Int32] = []
  /// Index of `station_id` in the station table.
  public var station: [Int32] = []
  /// `categories` as a bit mask.
  public var categories: [CategorySet] = []
  /// `disability_type`, or nil.
  public var disabilityType: [DisabilityType?] = []
  /// `disability_grade` 1–4, or 0 when empty.
  public var disabilityGrade: [Int8] = []
  /// `registered_on`.
  public var registeredOn: [Day] = []
  /// `exited_on`, or `Day.never`.
  public var exitedOn: [Day] = []
  /// Creates an empty table.
  public init() {}
  /// Number of accepted rows.
  public var count: Int { id.count }
}

/// Accepted service records, in reading order.
public struct ServiceTable: Sendable {
  /// `date`.
  public var date: [Day] = []
  /// Index of `worker_id` in the worker table.
  public var worker: [Int32] = []
  /// Index of `beneficiary_id` in the beneficiary table.
  public var beneficiary: [Int32] = []
  /// The station the service belongs to: `station_id`, or the worker's station when empty.
  public var station: [Int32] = []
  /// `service_type`.
  public var type: [ServiceType] = []
  /// `duration` in whole minutes.
  public var minutes: [Int32] = []
  /// `start_time` in seconds since midnight, or -1 when empty.
  public var startSecond: [Int32] = []
  /// `case_stage` for case work (`follow` when empty); nil for other types.
  public var stage: [CaseStage?] = []
  /// Number of warning issues on the row.
  public var warnings: [UInt8] = []
  /// Index of the row's file in the validation report's file list.
  public var file: [UInt16] = []
  /// Physical line where the row starts.
  public var line: [Int32] = []
  /// Creates an empty table.
  public init() {}
  /// Number of accepted rows.
  public var count: Int { date.count }
}

/// Accepted activities.
public struct ActivityTable: Sendable {
  /// `activity_id`.
  public var id: [String] = []
  /// `date`.
  public var date: [Day] = []
  /// Index of `station_id` in the station table.
  public var station: [Int32] = []
  /// `kind`.
  public var kind: [ActivityKind] = []
  /// `title` (may be empty).
  public var title: [String] = []
  /// Index of `lead_worker_id` in the worker table.
  public var lead: [Int32] = []
  /// `duration` in whole minutes.
  public var minutes: [Int32] = []
  /// `participants` (人次).
  public var participants: [Int64] = []
  /// `volunteer_count` (0 when empty).
  public var volunteerCount: [Int64] = []
  /// `volunteer_hours` in whole minutes (0 when empty).
  public var volunteerMinutes: [Int64] = []
  /// `target_group` (`general` when empty).
  public var targetGroup: [TargetGroup] = []
  /// Number of warning issues on the row.
  public var warnings: [UInt8] = []
  /// Creates an empty table.
  public init() {}
  /// Number of accepted rows.
  public var count: Int { id.count }
}

/// Accepted attendance rows: one beneficiary signed in at one activity.
public struct AttendanceTable: Sendable {
  /// Index of `activity_id` in the activity table.
  public var activity: [Int32] = []
  /// Index of `beneficiary_id` in the beneficiary table.
  public var beneficiary: [Int32] = []
  /// Creates an empty table.
  public init() {}
  /// Number of accepted rows.
  public var count: Int { activity.count }
}
