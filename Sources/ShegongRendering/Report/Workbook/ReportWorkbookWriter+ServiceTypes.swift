import ShegongAggregation

extension ReportWorkbookWriter {
  /// 服务类型: the nine service types, then, below them, the activities by target group.
  func writeServiceTypes(to sheet: Worksheet) throws(XLSXError) {
    let typeColumns: [SheetColumn<ServiceTypeRow>] = [
      SheetColumn(.serviceTypeCode, .text) { .text($0.serviceType.code) },
      SheetColumn(.serviceTypeLabel, .text) { [labels] in .text(labels.label($0.serviceType)) },
      SheetColumn(.records, .integer) { .integer($0.records) },
      SheetColumn(.hours, .hours) { .hours(minutes: $0.minutes) },
      SheetColumn(.beneficiaries, .integer) { .integer($0.beneficiaries) },
    ]
    let types = SheetBlock(at: 0, items: figures.byServiceType, columns: typeColumns, language: language)

    let groupColumns: [SheetColumn<ActivityGroupRow>] = [
      SheetColumn(.targetGroupCode, .text) { .text($0.targetGroup.code) },
      SheetColumn(.targetGroupLabel, .text) { [labels] in .text(labels.label($0.targetGroup)) },
      SheetColumn(.headline(.activities), .integer) { .integer($0.activities) },
      SheetColumn(.headline(.activityParticipants), .integer) { .integer($0.activityParticipants) },
      SheetColumn(.attendees, .integer) { .integer($0.beneficiaries) },
    ]
    let groups = SheetBlock(
      at: types.lastRow + 2, items: figures.byActivityGroup, columns: groupColumns, language: language)
    try writeTable(sheet, blocks: [types, groups])
  }
}
