import ShegongValidation

/// The services table: one file per month (`services/2026-07.csv`) or one `services.csv`.
///
/// Services are scheduled worker-day by worker-day: each worker's services of a day go to
/// distinct beneficiaries registered that day, one after another from about 08:00 with gaps,
/// and add up to at most 11.5 hours, so clean data raises no issue.
extension SampleBuilder {
  /// The codes planted in services.
  static let serviceCodes: [IssueCode] = [
    .missingValue, .typeError, .workerOverlap, .constraintError, .stationMismatch, .futureDate, .workerInactive,
    .unknownReference, .possibleDuplicate, .duplicateKey, .beneficiaryInactive, .extraCell, .workerDayOverLimit,
    .missingCell, .malformedRow,
  ]

  /// How a service row is broken so that validation rejects it.
  enum ServiceBreakage: UInt8 {
    case none
    case unclosedQuote, textAfterQuote, quoteInField, extraCell, missingCell
    case emptyWorker, emptyBeneficiary, emptyDuration, emptyType
    case wordDuration, impossibleDate, dateWithTime, badTime
    case zeroDuration, longDuration, unknownType, unknownStage
    case futureDate, unknownBeneficiary, unknownWorker, unknownStation
  }

  /// One service before it is written.
  struct ServiceDraft {
    var record = 0
    var duplicateOf: Int?
    var day: Int
    var worker: Int
    var beneficiary: Int
    var type: ServiceType
    var minutes: Int
    var start = -1
    var stage: CaseStage?
    var ownStation: Bool
    var otherStation: Int?
    var note: Int
    var breakage = ServiceBreakage.none

    /// True when the row is broken so that it is rejected.
    var rejected: Bool { breakage != .none || duplicateOf != nil }
  }

  /// The most minutes a worker's services may add up to in a day (under the 12-hour limit).
  static let dayBudget = 690
  /// The most services a worker gives in a day.
  static let maximumPerDay = 20

  /// Everything that carries over from one worker-day to the next.
  struct ServiceRun {
    var random: RandomSource
    var planter: ErrorPlanter
    var drafts: [ServiceDraft] = []
    var nextRecord = 1
    var lastAccepted: Int?
    var leftWorkerTurn = 0
    var leftWorkerDay = 0
    var leftWorkerUsesToday = 0
    var exitedTurn = 0
    var caseloads: [[Int32]]
    var sink: ByteSink?
    var layout = ServiceLayout.single
    var fileName = ""
    var filePlanned = 0
    var fileRejected = 0
    var isLastFile = false
  }

  /// Writes the services table.
  func writeServices() throws(SampleError) {
    let total = monthServices.reduce(0, +)
    recordWidth = max(7, Self.digits(total + 1))
    var run = ServiceRun(
      random: randomSource(7),
      planter: ErrorPlanter(codes: Self.serviceCodes, rate: options.errorRate, expectedRows: total),
      caseloads: Array(repeating: [], count: workers.count))
    run.drafts.reserveCapacity(Self.maximumPerDay)
    for (index, month) in months.enumerated() {
      if plan.servicesFolder || run.sink == nil {
        run.layout = plan.servicesFolder ? ServiceLayout.month(index) : ServiceLayout.single
        run.fileName = plan.servicesFolder ? "services/\(month).csv" : "services.csv"
        run.filePlanned = plan.servicesFolder ? monthServices[index] : total
        run.fileRejected = 0
        run.isLastFile = !plan.servicesFolder || index == months.count - 1
        let sink = try openSink(run.fileName, encoding: run.layout.encoding, lineEnd: run.layout.lineEnd)
        for (position, column) in run.layout.columns.enumerated() {
          if position > 0 { sink.comma() }
          sink.append(text: column.headerName(chinese: run.layout.chinese))
        }
        sink.newline()
        run.sink = sink
      }
      guard let sink = run.sink else { continue }
      try writeMonth(month, quota: monthServices[index], sink: sink, &run)
      if plan.servicesFolder || index == months.count - 1 {
        try finish(sink, name: run.fileName, rejected: run.fileRejected)
        run.sink = nil
      }
    }
  }

  /// How much of a month's services a worker gives on a day (0: not working). The value is a
  /// hash of the seed, worker and day, so that every pass over the month agrees. Only
  /// `fieldDays` per mille of the working days are days in the field, so that a small number of
  /// services still comes in runs of several a day, as real rounds of visits do.
  @inline(__always)
  private func dayWeight(_ index: Int, _ day: Int, fieldDays: Int) -> Int {
    let worker = workers[index]
    guard worker.isActive(on: day) else { return 0 }
    let hash = RandomSource.hash(options.seed, UInt64(index), UInt64(truncatingIfNeeded: day))
    let weekend = CivilDay.isWeekend(day)
    if Int(hash % 100) < (weekend ? 45 : 8) || Int((hash >> 24) % 1000) >= fieldDays { return 0 }
    let jitter = 70 + Int((hash >> 8) % 61)
    return worker.weight * jitter * (weekend ? 50 : 100) / 10_000
  }

  /// Writes a month's `quota` services, shared out over the worker-days by their weights.
  private func writeMonth(_ month: SampleMonth, quota: Int, sink: ByteSink, _ run: inout ServiceRun) throws(SampleError)
  {
    let days = month.firstDay..<(month.firstDay + month.dayCount)
    var fullWeight = 0
    for day in days {
      for index in workers.indices { fullWeight += dayWeight(index, day, fieldDays: 1000) }
    }
    guard fullWeight > 0, quota > 0 else { return }
    // About five services on a social worker's working day at least: fewer field days when
    // the month has few services.
    let fieldDays = max(20, min(1000, quota * 100 * 1000 / 5 / fullWeight))
    var totalWeight = 0
    for day in days {
      for index in workers.indices { totalWeight += dayWeight(index, day, fieldDays: fieldDays) }
    }
    guard totalWeight > 0 else { return }
    var cumulative = 0
    var produced = 0
    for day in days {
      for index in workers.indices {
        let weight = dayWeight(index, day, fieldDays: fieldDays)
        guard weight > 0 else { continue }
        cumulative += weight
        let due = totalWeight.dividingFullWidth(quota.multipliedFullWidth(by: cumulative)).quotient
        let count = min(Self.maximumPerDay, due - produced)
        guard count > 0 else { continue }
        scheduleDay(worker: index, day: day, count: count, &run)
        plantDay(&run, written: sink.rows)
        try writeDay(sink, &run)
        produced += run.drafts.count
      }
    }
  }

  // MARK: Scheduling

  /// Fills `run.drafts` with up to `count` services of one worker on one day.
  private func scheduleDay(worker index: Int, day: Int, count: Int, _ run: inout ServiceRun) {
    run.drafts.removeAll(keepingCapacity: true)
    let pool = beneficiaries.pools[workers[index].hub]
    guard !pool.isEmpty else { return }
    var total = 0
    for _ in 0..<count {
      let type = ServiceType.allCases[run.random.pick(ServiceType.weights)]
      var stage: CaseStage?
      var chosen: Int?
      if type == .caseWork, let followed = followCase(worker: index, day: day, &run) {
        chosen = followed.beneficiary
        stage = followed.stage
      }
      if chosen == nil {
        chosen =
          Self.policy.contactServiceTypes & type.bit != 0
          ? pickMostDue(pool, day: day, run.drafts, &run.random)
          : pickBeneficiary(pool, day: day, run.drafts, &run.random)
        if type == .caseWork, let person = chosen { stage = openCase(person, worker: index, &run) }
      }
      guard let beneficiary = chosen else { break }
      if Self.policy.contactServiceTypes & type.bit != 0 { beneficiaries.lastContact[beneficiary] = Int32(day) }
      let minutes = 15 * run.random.int(type.quarterHours)
      total += minutes
      run.drafts.append(
        ServiceDraft(
          day: day, worker: index, beneficiary: beneficiary, type: type, minutes: minutes, stage: stage,
          ownStation: run.random.below(10) < 4,
          note: run.random.below(100) < 22 ? run.random.below(Self.notes.count) : -1
        ))
    }
    // Shorten the longest services until the day fits the budget (at least 30 minutes each).
    while total > Self.dayBudget {
      var longest = 0
      for position in run.drafts.indices where run.drafts[position].minutes > run.drafts[longest].minutes {
        longest = position
      }
      run.drafts[longest].minutes -= 15
      total -= 15
    }
    var clock = 450 + 15 * run.random.below(5)
    let slack = max(0, 1410 - clock - total)
    let gapLimit = min(60, slack / max(1, run.drafts.count))
    for position in run.drafts.indices {
      if run.random.below(100) < run.layout.startPercent { run.drafts[position].start = clock }
      clock += run.drafts[position].minutes + 5 * run.random.below(gapLimit / 5 + 1)
    }
  }

  /// A beneficiary of `pool` registered on `day` and not yet served by this worker that day.
  private func pickBeneficiary(
    _ pool: [Int32], day: Int, _ taken: [ServiceDraft], _ random: inout RandomSource
  ) -> Int? {
    func usable(_ candidate: Int) -> Bool {
      beneficiaries.isActive(candidate, on: day) && !taken.contains { $0.beneficiary == candidate }
    }
    for _ in 0..<12 {
      let candidate = Int(pool[random.below(pool.count)])
      if usable(candidate) { return candidate }
    }
    let start = random.below(pool.count)
    for step in 0..<pool.count {
      let candidate = Int(pool[(start + step) % pool.count])
      if usable(candidate) { return candidate }
    }
    return nil
  }

  /// How many beneficiaries of the pool a contact is chosen among.
  static let contactCandidates = 16

  /// For a contact (a home visit, case work, …): the beneficiary whose visit interval is most
  /// used up among a few of `pool` registered on `day` and not yet served by this worker that
  /// day, as stations plan their visits; someone without an interval counts as having a year.
  private func pickMostDue(
    _ pool: [Int32], day: Int, _ taken: [ServiceDraft], _ random: inout RandomSource
  ) -> Int? {
    var best: Int?
    var bestScore = -1
    for _ in 0..<Self.contactCandidates {
      let candidate = Int(pool[random.below(pool.count)])
      guard beneficiaries.isActive(candidate, on: day), !taken.contains(where: { $0.beneficiary == candidate }) else {
        continue
      }
      let interval = beneficiaries.interval[candidate]
      // The share of the interval gone since the last contact, in thousandths.
      let score = (day - Int(beneficiaries.lastContact[candidate])) * 1000 / Int(interval > 0 ? interval : 365)
      if score > bestScore {
        best = candidate
        bestScore = score
      }
    }
    return best ?? pickBeneficiary(pool, day: day, taken, &random)
  }

  /// Most open cases a worker carries.
  static let caseloadLimit = 12

  /// A case of the worker's caseload to follow up on `day` (or to close), usually; `nil` when
  /// the worker opens a new case instead.
  private func followCase(worker: Int, day: Int, _ run: inout ServiceRun) -> (beneficiary: Int, stage: CaseStage)? {
    let full = run.caseloads[worker].count >= Self.caseloadLimit
    guard !run.caseloads[worker].isEmpty, full || run.random.below(10) < 8 else { return nil }
    for _ in 0..<4 {
      let slot = run.random.below(run.caseloads[worker].count)
      let person = Int(run.caseloads[worker][slot])
      if day >= Int(beneficiaries.exited[person]) {
        // The person left the register: the case is dropped from the caseload.
        run.caseloads[worker].remove(at: slot)
        if run.caseloads[worker].isEmpty { return nil }
        continue
      }
      guard !run.drafts.contains(where: { $0.beneficiary == person }) else { continue }
      if run.random.below(10) < 3 {
        run.caseloads[worker].remove(at: slot)
        beneficiaries.caseState[person] = 2
        return (person, .close)
      }
      return (person, .follow)
    }
    return nil
  }

  /// The stage of case work for someone not on the worker's caseload: a follow-up when a case
  /// is open with a colleague, else a new case on the worker's caseload.
  private func openCase(_ person: Int, worker: Int, _ run: inout ServiceRun) -> CaseStage {
    if beneficiaries.caseState[person] == 1 { return .follow }
    beneficiaries.caseState[person] = 1
    if run.caseloads[worker].count < Self.caseloadLimit { run.caseloads[worker].append(Int32(person)) }
    return .new
  }

  // MARK: Planting

  /// Breaks some of the day's services. At most one warning is planted per worker-day, so that
  /// warnings never combine into further ones.
  private func plantDay(_ run: inout ServiceRun, written: Int) {
    var warned = false
    for position in run.drafts.indices {
      run.drafts[position].record = run.nextRecord
      run.nextRecord += 1
      let lastOfFile = written + position + 1 == run.filePlanned
      var chosen: IssueCode?
      if lastOfFile && run.isLastFile && run.planter.isActive {
        chosen = .malformedRow
      } else if run.planter.isOpportunity() {
        if !warned && declineForLaterWarning(position, run) {
          run.planter.giveBack()
          run.lastAccepted = run.drafts[position].record
          continue
        }
        let drafts = run.drafts
        let canWarn = !warned
        let hasAccepted = run.lastAccepted != nil
        if run.leftWorkerDay != drafts[position].day {
          run.leftWorkerDay = drafts[position].day
          run.leftWorkerUsesToday = 0
        }
        let leftWorkerFree = run.leftWorkerUsesToday < workersLeftEarly.count
        chosen = run.planter.candidate { code in
          switch code {
          case .duplicateKey: return hasAccepted
          case .workerInactive: return canWarn && leftWorkerFree
          case .beneficiaryInactive: return canWarn && !beneficiaries.exitedEarly.isEmpty
          case .stationMismatch: return canWarn && openStations.count >= 2
          case .workerOverlap:
            return canWarn && position > 0 && !drafts[position - 1].rejected && drafts[position - 1].start >= 0
              && drafts[position].start >= 0
          case .workerDayOverLimit:
            return canWarn && position == drafts.count - 1 && Self.acceptedMinutes(drafts, except: position) >= 30
          case .possibleDuplicate: return canWarn && drafts[..<position].contains { !$0.rejected }
          case .idChecksum, .attendanceExceedsParticipants: return false
          default: return true
          }
        }
      }
      if let code = chosen {
        let variant = run.planter.commit(code)
        if code.severity == .error {
          plantRejection(code, variant: variant, at: position, lastOfFile: lastOfFile, &run)
          run.fileRejected += 1
        } else if plantWarning(code, at: position, &run) {
          warned = true
        }
      }
      if !run.drafts[position].rejected { run.lastAccepted = run.drafts[position].record }
    }
  }

  /// True when the row at `position` should stay clean so that a warning that needs clean
  /// earlier rows of the day (and that was not planted yet) can be planted later that day.
  /// Matters only at high error rates, where nearly every row is an opportunity.
  private func declineForLaterWarning(_ position: Int, _ run: ServiceRun) -> Bool {
    let count = run.drafts.count
    guard count >= 2, run.drafts[..<position].allSatisfy({ !$0.rejected }) else { return false }
    if run.planter.isMissing(.workerDayOverLimit) && position < count - 1 { return true }
    let pairMissing = run.planter.isMissing(.workerOverlap) || run.planter.isMissing(.possibleDuplicate)
    return pairMissing && position == 0
  }

  /// Sum of the minutes of the accepted services other than the one at `position`.
  private static func acceptedMinutes(_ drafts: [ServiceDraft], except position: Int) -> Int {
    var sum = 0
    for (index, draft) in drafts.enumerated() where index != position && !draft.rejected { sum += draft.minutes }
    return sum
  }

  private func plantRejection(
    _ code: IssueCode, variant: Int, at position: Int, lastOfFile: Bool, _ run: inout ServiceRun
  ) {
    let breakage: ServiceBreakage
    switch code {
    case .malformedRow: breakage = lastOfFile ? .unclosedQuote : (variant % 2 == 0 ? .textAfterQuote : .quoteInField)
    case .extraCell: breakage = .extraCell
    case .missingCell: breakage = .missingCell
    case .missingValue: breakage = [.emptyWorker, .emptyBeneficiary, .emptyDuration, .emptyType][variant % 4]
    case .typeError: breakage = [.wordDuration, .impossibleDate, .dateWithTime, .badTime][variant % 4]
    case .constraintError:
      breakage = [.zeroDuration, .longDuration, .unknownType, .unknownStage][variant % 4]
      if breakage == .unknownStage { run.drafts[position].type = .caseWork }
    case .futureDate: breakage = .futureDate
    case .unknownReference: breakage = [.unknownBeneficiary, .unknownWorker, .unknownStation][variant % 3]
    default:
      run.drafts[position].duplicateOf = run.lastAccepted
      breakage = .none
    }
    run.drafts[position].breakage = breakage
    ledger.add(code)
  }

  /// Plants a warning at `position`; false when it could not be planted after all.
  private func plantWarning(_ code: IssueCode, at position: Int, _ run: inout ServiceRun) -> Bool {
    var draft = run.drafts[position]
    var issues = 1
    switch code {
    case .workerInactive:
      // Workers who left before the period take turns, so none gets two services on a day.
      draft.worker = workersLeftEarly[run.leftWorkerTurn % workersLeftEarly.count]
      draft.ownStation = false
      run.leftWorkerTurn += 1
      run.leftWorkerUsesToday += 1
    case .beneficiaryInactive:
      let exited = beneficiaries.exitedEarly
      draft.beneficiary = Int(exited[run.exitedTurn % exited.count])
      run.exitedTurn += 1
    case .stationMismatch:
      let own = workers[draft.worker].station
      var other = openStations[run.random.below(openStations.count)]
      if other == own { other = openStations.first { $0 != own } ?? other }
      draft.otherStation = other
    case .workerOverlap:
      draft.start = run.drafts[position - 1].start + 15
    case .workerDayOverLimit:
      let others = Self.acceptedMinutes(run.drafts, except: position)
      draft.minutes = 750 - others
      if draft.start + draft.minutes > 1440 { draft.start = -1 }
      issues = run.drafts.filter { !$0.rejected }.count
    case .possibleDuplicate:
      guard let earlier = run.drafts[..<position].lastIndex(where: { !$0.rejected }) else { return false }
      draft.beneficiary = run.drafts[earlier].beneficiary
      draft.type = run.drafts[earlier].type
      draft.stage = draft.type == .caseWork ? .follow : nil
    default:
      return false
    }
    run.drafts[position] = draft
    ledger.add(code, count: issues)
    return true
  }

  // MARK: Writing

  /// Notes that stations write; some need quoting, as a careful export does.
  static let notes: [[UInt8]] = [
    "老人身体状况良好", "提醒按时服药", "已协助申请临时救助", "孩子学习情况稳定", "政策已讲解清楚",
    "家中卫生较差，已协助打扫", "情绪低落，需持续关注", "电话无人接听，次日再访", "\"已入户,家属在场\"",
    "\"老人说\"\"谢谢\"\"\"", "协助办理残疾人两项补贴", "联系村医上门测血压",
  ].map { Array($0.utf8) }

  /// Writes the day's drafts into the file.
  private func writeDay(_ sink: ByteSink, _ run: inout ServiceRun) throws(SampleError) {
    let layout = run.layout
    for draft in run.drafts {
      let label = layout.labelPercent > 0 && run.random.below(100) < layout.labelPercent
      var dateStyle = layout.dateStyle
      if layout.otherDatePercent > 0 && run.random.below(100) < layout.otherDatePercent {
        dateStyle = DateStyle.allCases[run.random.below(DateStyle.allCases.count)]
      }
      let durationStyle = DurationStyle.allCases[run.random.pick(Self.durationStyleWeights)]
      let blankFollow = run.random.below(4) == 0
      for (position, column) in layout.columns.enumerated() {
        if draft.breakage == .missingCell && position == 6 { break }
        if position > 0 { sink.comma() }
        switch column {
        case .recordID:
          sink.byte(0x52)
          sink.number(draft.duplicateOf ?? draft.record, width: recordWidth)
        case .date:
          writeServiceDate(sink, draft, dateStyle)
        case .workerID:
          switch draft.breakage {
          case .emptyWorker: break
          case .unknownWorker: unknownID(sink, prefix: "W", width: workerWidth)
          default: workerID(sink, draft.worker)
          }
        case .beneficiaryID:
          switch draft.breakage {
          case .emptyBeneficiary: break
          case .unknownBeneficiary: unknownID(sink, prefix: "B", width: beneficiaryWidth)
          default: beneficiaryID(sink, number: draft.beneficiary + 1)
          }
        case .serviceType:
          switch draft.breakage {
          case .emptyType: break
          case .unknownType: sink.append("送温暖")
          default: sink.append(draft.type, label: label)
          }
        case .duration:
          switch draft.breakage {
          case .emptyDuration: break
          case .wordDuration: sink.append("一个半小时")
          case .zeroDuration: sink.append("0")
          case .longDuration: sink.append("13小时")
          default: sink.duration(draft.minutes, durationStyle)
          }
        case .stationID:
          if draft.breakage == .unknownStation {
            unknownID(sink, prefix: "ST", width: stationWidth)
          } else if let other = draft.otherStation {
            stationID(sink, other)
          } else if draft.ownStation {
            stationID(sink, workers[draft.worker].station)
          }
        case .startTime:
          if draft.breakage == .badTime {
            sink.append("9点半")
          } else if draft.start >= 0 {
            sink.time(draft.start, seconds: draft.record % 13 == 0)
          }
        case .caseStage:
          if draft.breakage == .unknownStage {
            sink.append("暂停")
          } else if let stage = draft.stage, !(stage == .follow && blankFollow) {
            sink.append(stage, label: label)
          }
        case .note:
          switch draft.breakage {
          case .unclosedQuote: sink.append("\"老人说下次再来")
          case .textAfterQuote: sink.append("\"家属说\"再来")
          case .quoteInField: sink.append("老人说\"谢谢\"了")
          case .extraCell: sink.append("已入户,家属在场")
          default: if draft.note >= 0 { sink.append(Self.notes[draft.note]) }
          }
        }
      }
      try sink.endRow()
    }
  }

  /// How often each duration spelling is used (same order as `DurationStyle.allCases`).
  static let durationStyleWeights = WeightTable([30, 10, 15, 8, 15, 12, 10])

  private func writeServiceDate(_ sink: ByteSink, _ draft: ServiceDraft, _ style: DateStyle) {
    switch draft.breakage {
    case .impossibleDate:
      let parts = CivilDay.components(draft.day)
      let short = CivilDay.daysIn(year: parts.year, month: parts.month) < 31
      sink.number(parts.year, width: 4)
      sink.byte(0x2D)
      sink.number(short ? parts.month : 2, width: 2)
      sink.append(short ? "-31" : "-30")
    case .dateWithTime:
      sink.date(draft.day, .iso)
      sink.append(" 09:30")
    case .futureDate:
      sink.date(CivilDay.moved(draft.day, toYear: 2099), style == .excel ? .iso : style)
    default:
      sink.date(draft.day, style)
    }
  }
}
