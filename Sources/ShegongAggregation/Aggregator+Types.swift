import ShegongValidation

extension PeriodTables {
  /// `by_service_type`: all nine service types in the order of SPEC §3, zero rows included, by anyone.
  func byServiceType() -> [ServiceTypeRow] {
    let beneficiaries = bitCounts(scan.persons.lazy.map(\.types), width: ServiceType.allCases.count)
    return ServiceType.allCases.map { type in
      let index = Int(type.rawValue)
      return ServiceTypeRow(
        serviceType: type, records: detail.typeRecords[index], minutes: detail.typeMinutes[index],
        beneficiaries: beneficiaries[index])
    }
  }

  /// `by_activity_group`: all five target groups in the order of SPEC §3.
  func byActivityGroup() -> [ActivityGroupRow] {
    let attendees = bitCounts(scan.targetGroups, width: TargetGroup.allCases.count)
    return TargetGroup.allCases.map { group in
      let index = Int(group.rawValue)
      return ActivityGroupRow(
        targetGroup: group, activities: detail.groupActivities[index],
        activityParticipants: detail.groupParticipants[index], beneficiaries: attendees[index])
    }
  }
}
