import ShegongValidation

extension PeriodTables {
  /// `by_service_type`: all nine service types in the order of SPEC §3, zero rows included, by anyone.
  func byServiceType() -> [ServiceTypeRow] {
    var beneficiaries = [Int](repeating: 0, count: ServiceType.allCases.count)
    for person in scan.persons where person.types != 0 {
      var types = person.types
      while types != 0 {
        beneficiaries[types.trailingZeroBitCount] += 1
        types &= types - 1
      }
    }
    return ServiceType.allCases.map { type in
      let index = Int(type.rawValue)
      return ServiceTypeRow(
        serviceType: type, records: detail.typeRecords[index], minutes: detail.typeMinutes[index],
        beneficiaries: beneficiaries[index])
    }
  }

  /// `by_activity_group`: all five target groups in the order of SPEC §3.
  func byActivityGroup() -> [ActivityGroupRow] {
    var attendees = [Int](repeating: 0, count: TargetGroup.allCases.count)
    for var groups in scan.targetGroups where groups != 0 {
      while groups != 0 {
        attendees[groups.trailingZeroBitCount] += 1
        groups &= groups - 1
      }
    }
    return TargetGroup.allCases.map { group in
      let index = Int(group.rawValue)
      return ActivityGroupRow(
        targetGroup: group, activities: detail.groupActivities[index],
        activityParticipants: detail.groupParticipants[index], beneficiaries: attendees[index])
    }
  }
}
