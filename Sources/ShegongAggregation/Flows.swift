import ShegongValidation

/// The rows dated in one span: services, activities and attendance (SPEC §5 flows).
///
/// One pass over each table. The headline needs only the counters and the per-beneficiary flags;
/// the period's tables also need `detail`, which is filled only when asked for.
struct Flows {
  /// Bits of `beneficiaryFlags`.
  enum Flag {
    /// A service in the span, or an attendance at an activity in the span.
    static let served: UInt8 = 1 << 0
    /// A `home_visit` service in the span.
    static let homeVisited: UInt8 = 1 << 1
    /// A `case_work` service at stage new in the span.
    static let caseNew: UInt8 = 1 << 2
    /// A `case_work` service at stage close in the span.
    static let caseClosed: UInt8 = 1 << 3
  }

  /// The span counted.
  let span: DaySpan
  /// Per beneficiary: `Flag` bits.
  var beneficiaryFlags: [UInt8]
  /// Per station: a service or activity attributed to it in the span.
  var stationHasRows: [Bool]
  /// Services in the span.
  var serviceRecords = 0
  /// `home_visit` services in the span.
  var homeVisitRecords = 0
  /// Distinct (household, date) pairs of `home_visit` services.
  var householdVisits = 0
  /// Minutes of services given by social workers.
  var socialWorkerServiceMinutes = 0
  /// Minutes of services given by volunteers.
  var volunteerServiceMinutes = 0
  /// Activities in the span, by `ActivityKind.rawValue`.
  var activitiesByKind = [Int](repeating: 0, count: ActivityKind.allCases.count)
  /// Σ participants of activities in the span.
  var activityParticipants = 0
  /// Minutes of activities led by a social worker.
  var socialWorkerActivityMinutes = 0
  /// Σ `volunteer_hours` of activities, in minutes.
  var activityVolunteerMinutes = 0
  /// The breakdowns behind the period's tables, when asked for.
  var detail: FlowDetail?

  init(span: DaySpan, inputs: ValidatedInputs, lookup: Lookup, withDetail: Bool) {
    self.span = span
    beneficiaryFlags = [UInt8](repeating: 0, count: inputs.beneficiaries.count)
    stationHasRows = [Bool](repeating: false, count: inputs.stations.count)
    var detail = withDetail ? FlowDetail(inputs: inputs) : nil
    countServices(inputs: inputs, lookup: lookup, detail: &detail)
    countActivities(inputs: inputs, lookup: lookup, detail: &detail)
    self.detail = detail
  }

  private mutating func countServices(inputs: ValidatedInputs, lookup: Lookup, detail: inout FlowDetail?) {
    let services = inputs.services
    let household = inputs.beneficiaries.household
    let spanDays = Int(span.end) - Int(span.start) + 1
    var visitDays = DistinctPairs(groupCount: max(spanDays, 0), itemCount: lookup.householdCount)
    for row in 0..<services.count {
      let date = services.date[row]
      guard span.contains(date) else { continue }
      let person = Int(services.beneficiary[row])
      let type = services.type[row]
      let minutes = Int(services.minutes[row])
      let worker = Int(services.worker[row])
      var flags = Flag.served
      serviceRecords += 1
      if lookup.isSocialWorker[worker] {
        socialWorkerServiceMinutes += minutes
      } else {
        volunteerServiceMinutes += minutes
      }
      stationHasRows[Int(services.station[row])] = true
      if type == .homeVisit {
        homeVisitRecords += 1
        flags |= Flag.homeVisited
        visitDays.add(group: date - span.start, item: household[person])
      } else if type == .caseWork {
        switch services.stage[row] ?? .follow {
        case .new: flags |= Flag.caseNew
        case .close: flags |= Flag.caseClosed
        case .follow: break
        }
      }
      beneficiaryFlags[person] |= flags
      detail?.addService(row: row, inputs: inputs, lookup: lookup)
    }
    householdVisits = visitDays.total()
  }

  private mutating func countActivities(inputs: ValidatedInputs, lookup: Lookup, detail: inout FlowDetail?) {
    let activities = inputs.activities
    var inSpan = [Bool](repeating: false, count: activities.count)
    for row in 0..<activities.count where span.contains(activities.date[row]) {
      inSpan[row] = true
      activitiesByKind[Int(activities.kind[row].rawValue)] += 1
      activityParticipants += Int(activities.participants[row])
      activityVolunteerMinutes += Int(activities.volunteerMinutes[row])
      if lookup.isSocialWorker[Int(activities.lead[row])] {
        socialWorkerActivityMinutes += Int(activities.minutes[row])
      }
      stationHasRows[Int(activities.station[row])] = true
      detail?.addActivity(row: row, inputs: inputs, lookup: lookup)
    }
    let attendance = inputs.attendance
    for row in 0..<attendance.count {
      let activity = Int(attendance.activity[row])
      guard inSpan[activity] else { continue }
      let person = Int(attendance.beneficiary[row])
      beneficiaryFlags[person] |= Flag.served
      detail?.addAttendance(person: person, group: activities.targetGroup[activity])
    }
  }

  /// The activity counters: `activities` and the four kinds.
  var activities: Int { activitiesByKind.reduce(0, +) }
}
