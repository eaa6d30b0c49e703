/// The rules of `policy.json` (SPEC §6), with defaults filled in.
public struct Policy: Sendable, Equatable {
  /// Visit interval in days for each category (indexed by `Category.rawValue`), or nil for none.
  public var visitIntervalDays: [Int32?]
  /// Service types that count as a contact, as a mask of `ServiceType.bit`.
  public var contactServiceTypes: UInt16
  /// Longest accepted duration of one service or activity, in minutes.
  public var maxRecordMinutes: Int64
  /// Most minutes of services one worker may give on one day before a warning.
  public var maxWorkerMinutesPerDay: Int64
  /// Hourly pay rate per service type, in 1/10 000 元 (indexed by `ServiceType.rawValue`).
  public var hourlyRate: [Int64?]
  /// Pay per record per service type, in 1/10 000 元.
  public var perRecordRate: [Int64?]
  /// The area the report covers.
  public var region = Region()

  /// The defaults of SPEC §6.
  public init() {
    var intervals = [Int32?](repeating: nil, count: Category.allCases.count)
    let defaults: [(Category, Int32)] = [
      (.elderlyAlone, 30), (.leftBehindElderly, 30), (.elderlyAdvanced, 60), (.orphan, 30), (.unsupportedChild, 30),
      (.childInDifficulty, 30), (.leftBehindChild, 60), (.tekun, 30), (.dibao, 90), (.dibaoEdge, 90),
      (.disabled, 90), (.povertyMonitoring, 30),
    ]
    for (category, days) in defaults { intervals[Int(category.rawValue)] = days }
    visitIntervalDays = intervals
    contactServiceTypes = [ServiceType.homeVisit, .caseWork, .dailyCare, .psychSupport, .crisis].reduce(0) {
      $0 | $1.bit
    }
    maxRecordMinutes = 12 * 60
    maxWorkerMinutesPerDay = 12 * 60
    hourlyRate = Array(repeating: nil, count: ServiceType.allCases.count)
    perRecordRate = Array(repeating: nil, count: ServiceType.allCases.count)
  }

  /// Whether any pay rate is set (then `pay` is computed for social workers).
  public var hasPayRates: Bool {
    hourlyRate.contains { $0 != nil } || perRecordRate.contains { $0 != nil }
  }

  /// The smallest visit interval among `categories`, or nil when none has one.
  public func interval(for categories: CategorySet) -> Int32? {
    var best: Int32?
    for category in Category.allCases where categories & category.bit != 0 {
      if let days = visitIntervalDays[Int(category.rawValue)], days < (best ?? .max) { best = days }
    }
    return best
  }
}
