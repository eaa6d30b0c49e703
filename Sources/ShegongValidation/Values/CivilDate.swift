/// Calendar arithmetic on day numbers: days since 1970-01-01 in the proleptic Gregorian calendar.
///
/// Day 0 is 1970-01-01, day -1 is 1969-12-31. Parsed dates are limited to the years 1000–9999;
/// `components(of:)` and `string(_:)` work for any day number.
public enum CivilDate {
  /// The day number of a calendar date, or nil when the date does not exist or its year is not 1000–9999.
  ///
  /// `dayNumber(year: 2026, month: 2, day: 30)` is nil; `dayNumber(year: 1970, month: 1, day: 1)` is 0.
  public static func dayNumber(year: Int, month: Int, day: Int) -> Int32? {
    guard (1000...9999).contains(year), (1...12).contains(month) else { return nil }
    guard day >= 1, day <= daysInMonth(year: year, month: month) else { return nil }
    let days = firstDay(ofYear: year) + daysBefore(month: month, year: year) + day - 1
    return Int32(days)
  }

  /// The year, month (1–12) and day of the month (1–31) of a day number.
  public static func components(of day: Int32) -> (year: Int, month: Int, day: Int) {
    let number = Int(day)
    // 146 097 days make 400 Gregorian years; this guess is off by at most one year.
    var year = 1970 + floorDivide(number * 400, 146_097)
    while firstDay(ofYear: year) > number {
      year -= 1
    }
    while firstDay(ofYear: year + 1) <= number {
      year += 1
    }
    var remaining = number - firstDay(ofYear: year)
    var month = 1
    while month < 12 {
      let length = daysInMonth(year: year, month: month)
      if remaining < length { break }
      remaining -= length
      month += 1
    }
    return (year, month, remaining + 1)
  }

  /// The ISO 8601 text of a day number, such as `2026-10-05`.
  ///
  /// Years are written with at least four digits; a year before 1 is written with a leading `-`
  /// (astronomical numbering, year 0 being 1 BC).
  public static func string(_ day: Int32) -> String {
    let (year, month, dayOfMonth) = components(of: day)
    let sign = year < 0 ? "-" : ""
    return sign + padded(abs(year), width: 4) + "-" + padded(month, width: 2) + "-" + padded(dayOfMonth, width: 2)
  }

  /// Whether `year` is a Gregorian leap year.
  static func isLeapYear(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  /// The number of days in `month` (1–12) of `year`.
  static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 2: return isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The number of days of `year` before the first day of `month` (1–12).
  private static func daysBefore(month: Int, year: Int) -> Int {
    let common: Int
    switch month {
    case 1: common = 0
    case 2: common = 31
    case 3: common = 59
    case 4: common = 90
    case 5: common = 120
    case 6: common = 151
    case 7: common = 181
    case 8: common = 212
    case 9: common = 243
    case 10: common = 273
    case 11: common = 304
    default: common = 334
    }
    return month > 2 && isLeapYear(year) ? common + 1 : common
  }

  /// The day number of 1 January of `year`.
  private static func firstDay(ofYear year: Int) -> Int {
    365 * (year - 1970) + leapYears(before: year) - leapYears(before: 1970)
  }

  /// The count of leap years from year 1 up to `year` (exclusive), extended consistently to any year.
  private static func leapYears(before year: Int) -> Int {
    let previous = year - 1
    return floorDivide(previous, 4) - floorDivide(previous, 100) + floorDivide(previous, 400)
  }

  /// Division rounding toward negative infinity, for a positive divisor.
  private static func floorDivide(_ dividend: Int, _ divisor: Int) -> Int {
    let quotient = dividend / divisor
    return dividend % divisor < 0 ? quotient - 1 : quotient
  }

  /// The decimal text of a non-negative `value`, left-padded with zeros to `width` digits.
  private static func padded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    if digits.count >= width { return digits }
    return String(repeating: "0", count: width - digits.count) + digits
  }
}
