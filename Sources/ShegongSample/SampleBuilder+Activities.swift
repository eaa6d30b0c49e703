import ShegongValidation

/// `activities.csv` and `attendance.csv`: group sessions and community activities of each
/// station, month by month, with the registered beneficiaries who signed in.
///
/// Activities: UTF-8 with BOM, Chinese headers, CRLF, kinds and groups as labels, dates as
/// `2026/7/5` or ISO. Attendance: UTF-8 without BOM, English headers, LF. An activity never has
/// more attendance rows than participants, and everyone signed in is registered that day.
extension SampleBuilder {
  /// The codes planted in activities.
  static let activityCodes: [IssueCode] = [
    .missingValue, .attendanceExceedsParticipants, .typeError, .constraintError, .workerInactive, .futureDate,
    .unknownReference, .duplicateKey, .extraCell, .missingCell, .malformedRow,
  ]

  /// The codes planted in attendance.
  static let attendanceCodes: [IssueCode] = [
    .missingValue, .beneficiaryInactive, .unknownReference, .duplicateKey, .extraCell, .missingCell, .malformedRow,
  ]

  /// One activity before it is written.
  struct ActivityDraft {
    var number: Int
    var duplicateOf: Int?
    var day: Int
    var station: Int
    var kind: ActivityKind
    var target: TargetGroup?
    var title: Int
    var lead: Int
    var minutes: Int
    var participants: Int
    var volunteers: Int
    var breakage: IssueCode?
    var variant = 0
  }

  /// One attendance row before it is written.
  struct AttendanceDraft {
    var beneficiary: Int
    var breakage: IssueCode?
    var variant = 0
  }

  /// Writes `activities.csv` and `attendance.csv`.
  func writeActivities() throws(SampleError) {
    var random = randomSource(6)
    let perStation = plan.activitiesPerStationMonth
    let bound = stations.count * (perStation + 3) * months.count
    activityWidth = max(5, Self.digits(bound + 1))
    var staff: [[Int]] = Array(repeating: [], count: stations.count)
    for (index, worker) in workers.enumerated() { staff[worker.station].append(index) }

    let activities = try openSink("activities.csv", encoding: .utf8WithBOM, lineEnd: .crlf)
    header(activities, ActivityColumn.self, chinese: true)
    let attendance = try openSink("attendance.csv", encoding: .utf8, lineEnd: .lf)
    header(attendance, AttendanceColumn.self, chinese: false)

    let expected = openStations.count * perStation * months.count
    var planter = ErrorPlanter(codes: Self.activityCodes, rate: options.errorRate, expectedRows: expected)
    var attendancePlanter = ErrorPlanter(
      codes: Self.attendanceCodes, rate: options.errorRate, expectedRows: expected * 8)
    var number = 0
    var lastAccepted: Int?
    var leftWorkerTurn = 0
    var exitedTurn = 0
    var rejectedActivities = 0
    var rejectedAttendance = 0
    var signedIn: [AttendanceDraft] = []

    for month in months {
      for (stationIndex, station) in stations.enumerated() {
        guard station.closed == nil else { continue }
        let count =
          station.type == .station
          ? random.int(max(0, perStation - 2), perStation + 2) : (random.below(10) < 9 ? 1 : 0)
        let team = staff[stationIndex].isEmpty ? staff[townships[station.township].hub] : staff[stationIndex]
        let pool = beneficiaries.pools[townships[station.township].hub]
        for _ in 0..<count {
          let day = month.firstDay + random.below(month.dayCount)
          guard day >= station.opened, let lead = pickLead(team, day: day, &random) else { continue }
          number += 1
          var draft = makeActivity(number: number, day: day, station: stationIndex, lead: lead, &random)

          // Decide the activity's own plant before its sign-ins: a rejected activity gets none,
          // or every sign-in would point at nothing.
          var code: IssueCode?
          if planter.isOpportunity() {
            let hasAccepted = lastAccepted != nil
            let canLeave = !workersLeftEarly.isEmpty
            let participants = draft.participants
            code = planter.candidate { candidate in
              switch candidate {
              case .duplicateKey: return hasAccepted
              case .workerInactive: return canLeave
              case .attendanceExceedsParticipants: return participants >= 4
              default: return true
              }
            }
          }
          signedIn.removeAll(keepingCapacity: true)
          if !(code?.severity == .error) {
            let wanted = draft.participants * attendanceShare(draft.kind, &random) / 100
            signIn(&signedIn, count: min(wanted, pool.count / 2), pool: pool, draft, &random)
            for position in signedIn.indices {
              guard attendancePlanter.isOpportunity() else { continue }
              let earlierAccepted = signedIn[..<position].contains { $0.breakage == nil }
              let exited = beneficiaries.exitedEarly
              let inactive = exited.isEmpty ? nil : Int(exited[exitedTurn % exited.count])
              let inactiveFree = inactive.map { id in !signedIn.contains { $0.beneficiary == id } } ?? false
              guard
                let chosen = attendancePlanter.candidate(where: { candidate in
                  switch candidate {
                  case .duplicateKey: return earlierAccepted
                  case .beneficiaryInactive: return inactiveFree
                  default: return true
                  }
                })
              else { continue }
              let variant = attendancePlanter.commit(chosen)
              ledger.add(chosen)
              switch chosen {
              case .beneficiaryInactive:
                signedIn[position].beneficiary = inactive ?? signedIn[position].beneficiary
                exitedTurn += 1
              case .duplicateKey:
                if let earlier = signedIn[..<position].lastIndex(where: { $0.breakage == nil }) {
                  signedIn[position].beneficiary = signedIn[earlier].beneficiary
                }
                signedIn[position].breakage = chosen
                rejectedAttendance += 1
              default:
                signedIn[position].breakage = chosen
                signedIn[position].variant = variant
                rejectedAttendance += 1
              }
            }
          }
          if let planted = code {
            let accepted = signedIn.filter { $0.breakage == nil }.count
            if planted == .attendanceExceedsParticipants {
              if accepted >= 1 {
                draft.participants = accepted - 1
                ledger.add(planted)
                _ = planter.commit(planted)
              }
            } else {
              draft.variant = planter.commit(planted)
              ledger.add(planted)
              switch planted {
              case .workerInactive:
                draft.lead = workersLeftEarly[leftWorkerTurn % workersLeftEarly.count]
                leftWorkerTurn += 1
              case .duplicateKey:
                draft.duplicateOf = lastAccepted
                rejectedActivities += 1
              default:
                draft.breakage = planted
                rejectedActivities += 1
              }
            }
          }
          if draft.breakage == nil && draft.duplicateOf == nil { lastAccepted = draft.number }
          writeActivity(activities, draft, &random)
          try activities.endRow()
          for row in signedIn {
            writeAttendance(attendance, activity: draft.number, row)
            try attendance.endRow()
          }
        }
      }
    }
    try finish(activities, name: "activities.csv", rejected: rejectedActivities)
    try finish(attendance, name: "attendance.csv", rejected: rejectedAttendance)
  }

  /// A worker of `team` employed on `day`, social workers first; `nil` when nobody is.
  private func pickLead(_ team: [Int], day: Int, _ random: inout RandomSource) -> Int? {
    guard !team.isEmpty else { return nil }
    let offset = random.below(team.count)
    var fallback: Int?
    for step in 0..<team.count {
      let index = team[(offset + step) % team.count]
      guard workers[index].isActive(on: day) else { continue }
      if workers[index].role == .socialWorker { return index }
      if fallback == nil { fallback = index }
    }
    return fallback
  }

  /// A clean activity of a kind, group, size and length that fit together.
  private func makeActivity(
    number: Int, day: Int, station: Int, lead: Int, _ random: inout RandomSource
  ) -> ActivityDraft {
    let kind = ActivityKind.allCases[random.pick(ActivityKind.weights)]
    let target: TargetGroup?
    let participants: Int
    let volunteers: Int
    switch kind {
    case .group:
      target = [.elderly, .children, .disabled, .hardship][random.pick(Self.groupTargetWeights)]
      participants = random.int(6, 15)
      volunteers = random.int(0, 3)
    case .community:
      target = [TargetGroup.general, .elderly, .children, nil][random.below(4)]
      participants = random.int(20, 60)
      volunteers = random.int(2, 8)
    case .training:
      target = random.chance(0.5) ? .general : nil
      participants = random.int(10, 30)
      volunteers = random.int(0, 2)
    case .outreach:
      target = [TargetGroup.hardship, .general, .elderly][random.below(3)]
      participants = random.int(20, 100)
      volunteers = random.int(1, 6)
    }
    let titles = Self.titles[Int(kind.rawValue)]
    var title = random.below(titles.count)
    if kind == .group, let target { title = Int(target.rawValue) % titles.count }
    return ActivityDraft(
      number: number, day: day, station: station, kind: kind, target: target, title: title, lead: lead,
      minutes: 30 * random.int(2, 6), participants: participants, volunteers: volunteers)
  }

  /// Weights of the target groups of a group session: elderly, children, disabled, hardship.
  static let groupTargetWeights = WeightTable([35, 35, 15, 15])

  /// The percentage of participants who are registered beneficiaries and sign in.
  private func attendanceShare(_ kind: ActivityKind, _ random: inout RandomSource) -> Int {
    switch kind {
    case .group: return random.int(60, 100)
    case .community: return random.int(20, 50)
    case .training: return random.int(10, 40)
    case .outreach: return random.int(5, 20)
    }
  }

  /// Fills `rows` with `count` distinct beneficiaries of `pool` registered on the activity's
  /// day, preferring those of its target group.
  private func signIn(
    _ rows: inout [AttendanceDraft], count: Int, pool: [Int32], _ activity: ActivityDraft,
    _ random: inout RandomSource
  ) {
    guard count > 0, !pool.isEmpty else { return }
    let wanted = activity.target.map { $0 == .general ? 0 : $0.bit } ?? 0
    var attempts = 0
    while rows.count < count && attempts < count * 20 {
      attempts += 1
      let candidate = Int(pool[random.below(pool.count)])
      guard beneficiaries.isActive(candidate, on: activity.day) else { continue }
      if wanted != 0 && beneficiaries.groups[candidate] & wanted == 0 && attempts < count * 10 { continue }
      if rows.contains(where: { $0.beneficiary == candidate }) { continue }
      rows.append(AttendanceDraft(beneficiary: candidate))
    }
  }

  /// Activity titles by kind; group sessions by target group (elderly, children, hardship, disabled).
  static let titles: [[[UInt8]]] = [
    ["长者健康互助小组", "留守儿童成长小组", "困难家庭增能小组", "残疾人康复互助小组"],
    ["重阳节敬老活动", "邻里节", "中秋游园会", "社区义诊", "端午包粽子活动", "\"\"\"我们的节日\"\"主题活动\""],
    ["社工业务培训", "志愿者服务技能培训", "个案管理实务培训"],
    ["防诈骗宣传", "社会救助政策宣传", "防溺水宣传", "法律援助进村"],
  ].map { $0.map { Array($0.utf8) } }

  private func writeActivity(_ sink: ByteSink, _ draft: ActivityDraft, _ random: inout RandomSource) {
    let code = draft.breakage
    let variant = draft.variant
    let style: DateStyle = random.below(10) < 7 ? .slash : .iso
    sink.byte(0x41)
    sink.number(draft.duplicateOf ?? draft.number, width: activityWidth)
    sink.comma()
    switch code {
    case .typeError where variant % 3 == 0:
      let parts = CivilDay.components(draft.day)
      let short = CivilDay.daysIn(year: parts.year, month: parts.month) < 31
      sink.number(parts.year, width: 4)
      sink.byte(0x2F)
      sink.number(short ? parts.month : 2)
      sink.append(short ? "/31" : "/30")
    case .futureDate: sink.date(CivilDay.moved(draft.day, toYear: 2099), style)
    default: sink.date(draft.day, style)
    }
    sink.comma()
    switch (code, variant % 3) {
    case (.missingValue, 1): break
    case (.unknownReference, 0), (.unknownReference, 2): unknownID(sink, prefix: "ST", width: stationWidth)
    default: stationID(sink, draft.station)
    }
    sink.comma()
    if code == .constraintError && variant % 4 == 1 {
      sink.append("讲座")
    } else {
      sink.append(draft.kind, label: true)
    }
    sink.comma()
    switch (code, variant % 2) {
    case (.malformedRow, 0): sink.append("\"重阳节\"敬老活动")
    case (.malformedRow, _): sink.append("关爱\"留守儿童\"行动")
    default: sink.append(Self.titles[Int(draft.kind.rawValue)][draft.title])
    }
    sink.comma()
    switch (code, variant % 3) {
    case (.missingValue, 0): break
    case (.unknownReference, 1): unknownID(sink, prefix: "W", width: workerWidth)
    default: workerID(sink, draft.lead)
    }
    if code == .missingCell { return }
    sink.comma()
    if code == .typeError && variant % 3 == 2 {
      sink.append("一个半小时")
    } else if code == .constraintError && variant % 4 == 2 {
      sink.append("0")
    } else {
      sink.duration(draft.minutes, draft.number % 3 == 0 ? .hoursChinese : .hours)
    }
    sink.comma()
    switch (code, variant % 3) {
    case (.missingValue, 2): break
    case (.typeError, 1): sink.append("约30")
    default:
      if code == .constraintError && variant % 4 == 0 { sink.append("-5") } else { sink.number(draft.participants) }
    }
    sink.comma()
    sink.number(draft.volunteers)
    sink.comma()
    if code == .constraintError && variant % 4 == 3 {
      sink.append("-2")
    } else if draft.volunteers > 0 {
      sink.duration(draft.volunteers * draft.minutes, draft.number % 2 == 0 ? .hoursChinese : .hours)
    }
    sink.comma()
    if let target = draft.target { sink.append(target, label: true) }
    if code == .extraCell { sink.append(",补录") }
  }

  private func writeAttendance(_ sink: ByteSink, activity: Int, _ row: AttendanceDraft) {
    sink.byte(0x41)
    if row.breakage == .unknownReference && row.variant % 2 == 1 {
      for _ in 0..<activityWidth { sink.byte(0x39) }
    } else {
      sink.number(activity, width: activityWidth)
    }
    if row.breakage == .missingCell { return }
    sink.comma()
    switch row.breakage {
    case .missingValue: break
    case .unknownReference where row.variant % 2 == 0: unknownID(sink, prefix: "B", width: beneficiaryWidth)
    case .malformedRow: sink.append(row.variant % 2 == 0 ? "\"张三\"代签" : "代\"签\"到")
    default: beneficiaryID(sink, number: row.beneficiary + 1)
    }
    if row.breakage == .extraCell { sink.append(",已签到") }
  }
}
