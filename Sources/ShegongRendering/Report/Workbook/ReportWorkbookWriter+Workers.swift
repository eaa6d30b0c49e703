import ShegongAggregation

extension ReportWorkbookWriter {
  /// 人员工时: every worker with a service or led activity in the period.
  func writeWorkers(to sheet: Worksheet) throws(XLSXError) {
    let columns: [SheetColumn<WorkerRow>] = [
      SheetColumn(.workerId, .text) { .text($0.workerId) },
      SheetColumn(.workerName, .text) { .text($0.name) },
      SheetColumn(.role, .text) { [labels] in .text(labels.label($0.role)) },
      SheetColumn(.ownStation, .text) { .text($0.stationId) },
      SheetColumn(.headline(.serviceRecords), .integer) { .integer($0.serviceRecords) },
      SheetColumn(.headline(.homeVisitRecords), .integer) { .integer($0.homeVisitRecords) },
      SheetColumn(.activitiesLed, .integer) { .integer($0.activitiesLed) },
      SheetColumn(.workerServiceHours, .hours) { .hours(minutes: $0.serviceMinutes) },
      SheetColumn(.workerActivityHours, .hours) { .hours(minutes: $0.activityMinutes) },
      SheetColumn(.totalHours, .hours) { .hours(minutes: $0.totalMinutes) },
      SheetColumn(.pay, .hours) { .hundredths($0.pay) },
      SheetColumn(.warnings, .integer) { .integer($0.warnings) },
    ]
    let table = SheetBlock(at: 0, items: figures.byWorker, columns: columns, language: language)
    try writeTable(sheet, blocks: [table], frozenColumns: 2)
  }
}
