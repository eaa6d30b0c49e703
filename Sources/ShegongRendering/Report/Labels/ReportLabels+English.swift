import ShegongValidation

extension ReportLabels {
  /// The English labels.
  static let english = ReportLabels(
    language: .english,
    sheets: SheetNames(
      summary: "Summary", stations: "Stations", townships: "Townships", categories: "Categories",
      disability: "Disability ledger", serviceTypes: "Service types", workers: "Worker hours", trend: "Monthly trend",
      overdue: "Overdue", issues: "Data issues", definitions: "Definitions"),
    yes: "Yes",
    no: "No",
    listSeparator: ", ",
    aboutTitle: "About this report",
    periodTitle: "Period",
    previousPeriodTitle: "Previous period",
    yearToDateTitle: "Year to date",
    asOfTitle: "Data as of",
    filesTitle: "Data quality: files read",
    issueCodesTitle: "Data quality: issues by code",
    currentColumn: "This period",
    previousColumn: "Previous",
    changeColumn: "Change",
    yearToDateColumn: "Year to date",
    chartDataHeader: { "Chart data: \($0)" },
    stationAxis: "Station",
    monthAxis: "Month",
    personTimesAxis: "Person-times",
    trendTitle: { year, lastMonth in
      lastMonth == 1 ? "Services in January \(year)" : "Monthly services, January–\(monthName(lastMonth)) \(year)"
    },
    stationTitle: { shown, total in
      shown < total ? "Service records by station (top \(shown) of \(total))" : "Service records by station"
    },
    cutNote: { shown, total, fileName in
      "Only the first \(ReportFormat.integer(shown)) of \(ReportFormat.integer(total)) rows fit in this sheet "
        + "(Excel's row limit); the full list is in \(fileName)."
    },
    issueMeanings: englishMeaning
  )

  private static func monthName(_ month: Int) -> String {
    let names = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December",
    ]
    return names[min(max(month, 1), 12) - 1]
  }

  private static func englishMeaning(_ code: IssueCode) -> String {
    switch code {
    case .malformedRow: "Broken CSV syntax (such as an unclosed quote); the row cannot be read"
    case .extraCell: "The row has more cells than the header"
    case .missingCell: "The row has fewer cells than the header"
    case .missingValue: "A required value is empty"
    case .typeError: "A date, time, duration, number or yes/no value cannot be read"
    case .constraintError: "A value is outside its code list or allowed range"
    case .futureDate: "The date is after the as-of date"
    case .unknownReference: "An id that points at no accepted row"
    case .duplicateKey: "The key of an earlier accepted row again"
    case .idChecksum: "An ID number of the wrong length or with a wrong check character"
    case .workerInactive: "Dated when the worker was not employed"
    case .beneficiaryInactive: "Dated when the beneficiary was not registered"
    case .stationMismatch: "The service's station differs from the worker's station"
    case .workerOverlap: "Overlapping services of one worker on one day"
    case .workerDayOverLimit: "A worker's services on one day exceed the daily limit"
    case .possibleDuplicate: "Possibly the same service entered twice"
    case .attendanceExceedsParticipants: "More sign-ins than the participants recorded"
    }
  }
}
