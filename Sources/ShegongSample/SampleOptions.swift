/// What `shegong sample` is asked to generate.
///
/// Every field has a default, so `SampleOptions()` describes the tiny data set used by tests.
/// The options alone fix the output: the generator never reads the clock.
public struct SampleOptions: Sendable, Equatable {
  /// How large a region the sample describes (SPEC §8).
  public enum Scale: String, Sendable {
    /// About 3 townships, 12 villages, 20 workers, 150 beneficiaries, 100 services a month.
    case tiny
    /// About 13 townships, 200 villages, 150 workers, 25 000 beneficiaries, 30 000 services a month.
    case county
    /// About 1 600 townships, 20 000 workers, 3 000 000 beneficiaries, 2 000 000 services a month.
    case province
  }

  /// How large a region the sample describes.
  public var scale: Scale
  /// The seed of the generator: the same options give the same bytes.
  public var seed: UInt64
  /// The total number of service rows over all months, or `nil` for the scale's default.
  public var services: Int?
  /// The first month that has services and activities.
  public var from: SampleMonth
  /// The last month that has services and activities (inclusive).
  public var to: SampleMonth
  /// The share of rows to break on purpose (0…1), in every way SPEC §4 names.
  public var errorRate: Double

  /// Creates options; the defaults give a clean tiny sample of July to October 2026.
  public init(
    scale: Scale = .tiny,
    seed: UInt64 = 1,
    services: Int? = nil,
    from: SampleMonth = SampleMonth(year: 2026, month: 7),
    to: SampleMonth = SampleMonth(year: 2026, month: 10),
    errorRate: Double = 0
  ) {
    self.scale = scale
    self.seed = seed
    self.services = services
    self.from = from
    self.to = to
    self.errorRate = errorRate
  }

  /// The longest span of months the generator accepts.
  static let maximumMonths = 120

  /// Checks the options, throwing `SampleError.invalidOption` with a message for the user.
  public func validate() throws(SampleError) {
    if to < from {
      throw .invalidOption("--to \(to) is before --from \(from)")
    }
    if from.year < 2000 || to.year > 2090 {
      throw .invalidOption("months must lie between 2000-01 and 2090-12")
    }
    if from.months(through: to) > SampleOptions.maximumMonths {
      throw .invalidOption("at most \(SampleOptions.maximumMonths) months can be generated")
    }
    if !(errorRate >= 0 && errorRate <= 1) {
      throw .invalidOption("--error-rate must be a number from 0 to 1")
    }
    if let services, services < 0 {
      throw .invalidOption("--services must not be negative")
    }
  }
}

/// A calendar month, as `--from` and `--to` give it (`YYYY-MM`).
public struct SampleMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The year, e.g. 2026.
  public let year: Int
  /// The month, 1–12.
  public let month: Int

  /// Creates a month; `month` is clamped into 1…12.
  public init(year: Int, month: Int) {
    self.year = year
    self.month = min(max(month, 1), 12)
  }

  /// Parses `YYYY-MM` (four-digit year, one- or two-digit month); `nil` for anything else.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
      parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
      let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
    else { return nil }
    self.init(year: year, month: month)
  }

  /// `YYYY-MM`.
  public var description: String {
    let yearText = String(year)
    let monthText = month < 10 ? "0\(month)" : String(month)
    return "\(String(repeating: "0", count: max(0, 4 - yearText.count)))\(yearText)-\(monthText)"
  }

  /// The month after this one.
  var next: SampleMonth {
    month == 12 ? SampleMonth(year: year + 1, month: 1) : SampleMonth(year: year, month: month + 1)
  }

  /// How many months lie from this one through `last`, both included (0 when `last` is earlier).
  func months(through last: SampleMonth) -> Int {
    max(0, (last.year - year) * 12 + last.month - month + 1)
  }

  /// Orders months in time.
  public static func < (lhs: SampleMonth, rhs: SampleMonth) -> Bool {
    (lhs.year, lhs.month) < (rhs.year, rhs.month)
  }

  /// The day number of the first day.
  var firstDay: Int { CivilDay.number(year: year, month: month, day: 1) }
  /// The number of days in the month.
  var dayCount: Int { CivilDay.daysIn(year: year, month: month) }
}
