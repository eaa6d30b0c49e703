import ShegongAggregation
import ShegongValidation

/// Formats figures as report text: `12,345`, `87.5%`, `1,234.50`, `2026-06-30`, and `—` for a
/// value that is undefined.
///
/// The Markdown report shows these strings; the workbook stores numbers with number formats
/// that show the same digits, and uses these strings only to size its columns.
public enum ReportFormat {
  /// The text of an undefined value, such as a ratio whose denominator is 0.
  public static let missing = "—"

  /// A whole number with a comma between groups of three digits: `12,345`, `-1,000`, `0`.
  public static func integer(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var grouped = ""
    grouped.reserveCapacity(digits.count + digits.count / 3 + 1)
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 {
        grouped.append(",")
      }
      grouped.append(digit)
    }
    return value < 0 ? "-" + grouped : grouped
  }

  /// A ratio as a percentage with one decimal, rounded half away from zero: `0.875` → `87.5%`;
  /// `—` for nil.
  public static func percent(_ ratio: Double?) -> String {
    guard let tenths = tenthsOfPercent(ratio) else { return missing }
    return decimal(tenths, places: 1) + "%"
  }

  /// A relative change as a signed percentage with one decimal: `+12.3%`, `-4.0%`, `0.0%`; `—`
  /// for nil.
  public static func change(_ ratio: Double?) -> String {
    guard let tenths = tenthsOfPercent(ratio) else { return missing }
    return (tenths > 0 ? "+" : "") + decimal(tenths, places: 1) + "%"
  }

  /// A difference in percentage points, signed, with one decimal: `+0.6`, `-1.2`, `0.0`; `—` for
  /// nil. The unit is the caller's to add.
  public static func points(_ points: Double?) -> String {
    guard let tenths = tenthsOfPercent(points.map { $0 / 100 }) else { return missing }
    return (tenths > 0 ? "+" : "") + decimal(tenths, places: 1)
  }

  /// Hours with two decimals and grouped thousands: `1,234.50`; `—` for nil.
  public static func hours(_ hours: Hundredths?) -> String {
    guard let hours else { return missing }
    return decimal(hours.value, places: 2)
  }

  /// A sum of minutes as hours with two decimals, rounded half-up: `90` → `1.50`.
  public static func hours(minutes: Int) -> String {
    hours(Hundredths.hours(minutes: minutes))
  }

  /// A day as `2026-06-30`; `—` for nil.
  public static func day(_ day: Day?) -> String {
    guard let day else { return missing }
    return CivilDate.string(day)
  }

  /// A number of whole `10^-places` units as grouped decimal text: `decimal(123456, places: 2)`
  /// is `1,234.56`.
  static func decimal(_ units: Int, places: Int) -> String {
    var scale = 1
    for _ in 0..<places {
      scale *= 10
    }
    let whole = integer(Int(units.magnitude / UInt(scale)))
    let fraction = String(units.magnitude % UInt(scale))
    let padded = String(repeating: "0", count: places - fraction.count) + fraction
    return (units < 0 ? "-" : "") + whole + (places > 0 ? "." + padded : "")
  }

  /// `ratio × 1000` rounded half away from zero, or nil for nil, NaN, infinities and values too
  /// large to print.
  ///
  /// The product is first rounded to nine decimals, so that a ratio such as 0.8745, whose
  /// nearest double lies just below the half, rounds the way it is written (87.5%), as a
  /// spreadsheet shows it.
  static func tenthsOfPercent(_ ratio: Double?) -> Int? {
    guard let ratio, ratio.isFinite, abs(ratio) < 1e12 else { return nil }
    let scaled = ((ratio * 1000) * 1e9).rounded() / 1e9
    return Int(scaled.rounded(.toNearestOrAwayFromZero))
  }
}
