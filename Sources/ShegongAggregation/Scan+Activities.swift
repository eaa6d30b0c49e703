import ShegongValidation

extension Scan {
  /// Counts every accepted activity, then every attendance at one.
  mutating func countActivities(inputs: ValidatedInputs, lookup: Lookup) {
    let activities = inputs.activities
    let blocks = plan.blocks
    let detailBlock = plan.detailBlock ?? -1
    let trendSpan = plan.trendSpan ?? DaySpan(start: 1, end: 0)
    let monthOfDay = Scan.monthOfDay(plan.trendMonths)
    // Per activity: the blocks it lies in (bit b), and its trend month or -1.
    var activityBlocks = [UInt8](repeating: 0, count: activities.count)
    var activityMonth = [Int8](repeating: -1, count: activities.count)
    for row in 0..<activities.count {
      let date = activities.date[row]
      let kind = activities.kind[row]
      let participants = Int(activities.participants[row])
      let minutes = Int(activities.minutes[row])
      let volunteerMinutes = Int(activities.volunteerMinutes[row])
      let lead = Int(activities.lead[row])
      let bySocialWorker = lookup.isSocialWorker[lead]
      let station = Int(activities.station[row])
      for block in 0..<blocks.count where blocks[block].contains(date) {
        activityBlocks[row] |= 1 << UInt8(block)
        stationBlocks[station] |= 1 << UInt8(block)
        flows[block].addActivity(
          kind: kind, participants: participants, minutes: minutes, volunteerMinutes: volunteerMinutes,
          bySocialWorker: bySocialWorker)
        if block == detailBlock {
          detail.addActivity(
            station: station, lead: lead, kind: kind, group: activities.targetGroup[row], participants: participants,
            minutes: minutes, volunteerMinutes: volunteerMinutes, bySocialWorker: bySocialWorker,
            warnings: Int(activities.warnings[row]))
        }
      }
      if trendSpan.contains(date) {
        let month = Int(monthOfDay[Int(date - trendSpan.start)])
        activityMonth[row] = Int8(month)
        months[month].addActivity(
          kind: kind, participants: participants, minutes: minutes, volunteerMinutes: volunteerMinutes,
          bySocialWorker: bySocialWorker)
      }
    }

    let attendance = inputs.attendance
    for row in 0..<attendance.count {
      let activity = Int(attendance.activity[row])
      let inBlocks = activityBlocks[activity]
      let month = activityMonth[activity]
      guard inBlocks != 0 || month >= 0 else { continue }
      let person = Int(attendance.beneficiary[row])
      for block in 0..<blocks.count where inBlocks & (1 << UInt8(block)) != 0 {
        persons[person].flags |= PersonState.Flag.served << UInt16(4 * block)
        if block == detailBlock {
          targetGroups[person] |= 1 << activities.targetGroup[activity].rawValue
        }
      }
      if month >= 0 { persons[person].monthsServed |= UInt16(1) << UInt16(month) }
    }
  }
}
