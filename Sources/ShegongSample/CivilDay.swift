/// Calendar arithmetic on proleptic Gregorian days, counted from 1970-01-01 (day 0).
///
/// The generator keeps every date as such a day number, so that comparing, adding days and
/// finding a weekday are integer operations; text is produced only when a row is written.
enum CivilDay {
  /// The day number of `year`-`month`-`day` (month 1–12, day 1–31).
  static func number(year: Int, month: Int, day: Int) -> Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let shiftedMonth = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The year, month and day of a day number.
  static func components(_ number: Int) -> (year: Int, month: Int, day: Int) {
    let shifted = number + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  /// The number of days in `month` of `year`.
  static func daysIn(year: Int, month: Int) -> Int {
    let next = month == 12 ? number(year: year + 1, month: 1, day: 1) : number(year: year, month: month + 1, day: 1)
    return next - number(year: year, month: month, day: 1)
  }

  /// True for Saturday and Sunday.
  static func isWeekend(_ number: Int) -> Bool {
    // 1970-01-01 was a Thursday: (number + 3) mod 7 counts from Monday = 0.
    let weekday = ((number + 3) % 7 + 7) % 7
    return weekday >= 5
  }

  /// The same month and day in another year (29 February becomes the 28th when needed).
  static func moved(_ number: Int, toYear year: Int) -> Int {
    let parts = components(number)
    let day = min(parts.day, daysIn(year: year, month: parts.month))
    return CivilDay.number(year: year, month: parts.month, day: day)
  }

  /// The Excel serial day number of a day: the days since 1899-12-30.
  static func excelSerial(_ number: Int) -> Int {
    number - CivilDay.number(year: 1899, month: 12, day: 30)
  }
}
