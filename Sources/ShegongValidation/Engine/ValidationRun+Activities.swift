import ShegongIngest

extension ValidationRun {
  /// Validates `activities.csv` against the accepted stations and workers.
  func validateActivities(_ entry: InputFolder.Entry) throws(IngestError) {
    let (source, fileIndex) = try open(entry)
    var scope = try RowScope<ActivityColumn>(source: source, fileIndex: fileIndex, masksPersonalData: !options.unmasked)
    scope.attribution = .stationCell(.stationID, stations: stationIndex)
    var table = ActivityTable()
    activityFile = fileIndex
    try forEachRow(&scope) { scope throws(IngestError) in
      let id = scope.required(.id)
      let date = scope.date(.date)
      let stationID = scope.required(.stationID)
      let kind = scope.vocabulary(.kind, ActivityKind.self)
      let title = scope.text(.title)
      let leadID = scope.required(.leadWorkerID)
      let minutes = scope.duration(.duration, minimum: 1, maximum: inputs.policy.maxRecordMinutes)
      let participants = scope.integer(.participants, in: 0...Int64(Int32.max))
      let volunteers = scope.integer(.volunteerCount, in: 0...Int64(Int32.max))
      let volunteerMinutes = scope.duration(.volunteerHours, minimum: 0, maximum: nil)
      let group = scope.vocabulary(.targetGroup, TargetGroup.self)
      scope.sortPendingByColumn()
      guard let id, let date, let stationID, let kind, let leadID, let minutes, let participants, !scope.hasErrors
      else {
        return false
      }
      scope.checkNotAfter(options.asOf, date, column: .date)
      guard !scope.hasErrors else { return false }
      let station = scope.reference(.stationID, stationID, in: stationIndex, target: "stations.csv")
      let lead = scope.reference(.leadWorkerID, leadID, in: workerIndex, target: "workers.csv")
      guard let station, let lead, try claimKey(&scope, .id, id, in: &activityIndex) else {
        return false
      }
      var warnings: UInt8 = 0
      let workers = inputs.workers
      if !isActive(on: date, from: workers.startDate[Int(lead)], until: workers.endDate[Int(lead)]) {
        scope.addIssue(.leadWorkerNotEmployed(worker: workers.id[Int(lead)], date: date), column: .leadWorkerID)
        warnings += 1
      }
      table.id.append(String(decoding: id, as: UTF8.self))
      table.date.append(date)
      table.station.append(station)
      table.kind.append(kind)
      table.title.append(title)
      table.lead.append(lead)
      table.minutes.append(Int32(minutes))
      table.participants.append(participants)
      table.volunteerCount.append(volunteers ?? 0)
      table.volunteerMinutes.append(volunteerMinutes ?? 0)
      table.targetGroup.append(group ?? .general)
      table.warnings.append(warnings)
      activityLines.append(Int32(scope.line))
      activityParticipantsHeader = scope.header(.participants)
      return true
    }
    inputs.activities = table
  }

  /// Validates `attendance.csv`, then warns on activities with more sign-ins than participants.
  func validateAttendance(_ entry: InputFolder.Entry?) throws(IngestError) {
    var signIns = [Int64](repeating: 0, count: inputs.activities.count)
    if let entry {
      let (source, fileIndex) = try open(entry)
      var scope = try RowScope<AttendanceColumn>(
        source: source, fileIndex: fileIndex, masksPersonalData: !options.unmasked)
      scope.attribution = .activity(.activityID, activities: activityIndex, activityStations: inputs.activities.station)
      var table = AttendanceTable()
      var pairs = Set<UInt64>()
      try forEachRow(&scope) { scope throws(IngestError) in
        let activityID = scope.required(.activityID)
        let beneficiaryID = scope.required(.beneficiaryID)
        scope.sortPendingByColumn()
        guard let activityID, let beneficiaryID, !scope.hasErrors else {
          return false
        }
        let activity = scope.reference(.activityID, activityID, in: activityIndex, target: "activities.csv")
        let beneficiary = scope.reference(
          .beneficiaryID, beneficiaryID, in: beneficiaryIndex, target: "beneficiaries.csv")
        guard let activity, let beneficiary else {
          return false
        }
        let pair = UInt64(UInt32(activity)) << 32 | UInt64(UInt32(beneficiary))
        guard pairs.insert(pair).inserted else {
          scope.addRowIssue(
            .repeatedSignIn(
              beneficiary: inputs.beneficiaries.id[Int(beneficiary)], activity: inputs.activities.id[Int(activity)]),
            value: "\(inputs.activities.id[Int(activity)]),\(inputs.beneficiaries.id[Int(beneficiary)])")
          return false
        }
        let date = inputs.activities.date[Int(activity)]
        let people = inputs.beneficiaries
        if !isActive(on: date, from: people.registeredOn[Int(beneficiary)], until: people.exitedOn[Int(beneficiary)]) {
          scope.addIssue(
            .beneficiaryNotRegisteredForActivity(beneficiary: people.id[Int(beneficiary)], date: date),
            column: .beneficiaryID)
        }
        table.activity.append(activity)
        table.beneficiary.append(beneficiary)
        signIns[Int(activity)] += 1
        return true
      }
      inputs.attendance = table
    }
    guard let activityFile else { return }
    for activity in 0..<inputs.activities.count where signIns[activity] > inputs.activities.participants[activity] {
      let participants = inputs.activities.participants[activity]
      inputs.activities.warnings[activity] += 1
      fileIssue(
        file: activityFile, line: Int(activityLines[activity]), column: activityParticipantsHeader,
        .signInsExceed(signIns: signIns[activity], participants: participants), value: "\(participants)",
        station: inputs.activities.station[activity])
    }
  }
}
