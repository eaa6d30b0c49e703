import Foundation
import ShegongValidation

/// Reading `--as-of` and finding today.
enum Dates {
  /// Today in the machine's time zone, as a day number.
  static func today() -> Day {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return CivilDate.dayNumber(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? 0
  }

  /// `--as-of` (YYYY-MM-DD or any date form of SPEC §3), or today when absent.
  static func asOf(_ text: String?) throws(UsageError) -> Day {
    guard let text else { return today() }
    guard let day = ValueParser.date(text) else {
      throw UsageError(description: "--as-of \(text) is not a date (YYYY-MM-DD)")
    }
    return day
  }
}
