import ShegongValidation

extension Aggregator {
  /// `trend`: the flows of each month from January of the period's year through the month of its end.
  ///
  /// One pass over the year to date: each row adds to its month's counters, and distinct people and
  /// households carry one bit per month, so each month counts them once.
  static func trend(for period: Period, inputs: ValidatedInputs, lookup: Lookup) -> [TrendRow] {
    let months = period.monthsOfYearToDate
    let span = period.yearToDate
    // The month index (0-based) of each day of the span.
    var monthOfDay = [UInt8](repeating: 0, count: Int(span.end - span.start) + 1)
    for (index, month) in months.enumerated() {
      for day in month.start...month.end { monthOfDay[Int(day - span.start)] = UInt8(index) }
    }
    var rows = months.map {
      TrendRow(
        month: $0, serviceRecords: 0, householdsVisited: 0, homeVisitRecords: 0, activities: 0,
        activityParticipants: 0, personTimes: 0, beneficiariesServed: 0, socialWorkerMinutes: 0, volunteerMinutes: 0)
    }
    var served = [UInt16](repeating: 0, count: inputs.beneficiaries.count)
    var visited = [UInt16](repeating: 0, count: lookup.householdCount)

    let services = inputs.services
    let household = inputs.beneficiaries.household
    for row in 0..<services.count {
      let date = services.date[row]
      guard span.contains(date) else { continue }
      let month = Int(monthOfDay[Int(date - span.start)])
      let bit = UInt16(1) << UInt16(month)
      let person = Int(services.beneficiary[row])
      let minutes = Int(services.minutes[row])
      rows[month].serviceRecords += 1
      if lookup.isSocialWorker[Int(services.worker[row])] {
        rows[month].socialWorkerMinutes += minutes
      } else {
        rows[month].volunteerMinutes += minutes
      }
      served[person] |= bit
      if services.type[row] == .homeVisit {
        rows[month].homeVisitRecords += 1
        visited[Int(household[person])] |= bit
      }
    }

    let activities = inputs.activities
    var activityMonth = [Int8](repeating: -1, count: activities.count)
    for row in 0..<activities.count {
      let date = activities.date[row]
      guard span.contains(date) else { continue }
      let month = Int(monthOfDay[Int(date - span.start)])
      activityMonth[row] = Int8(month)
      rows[month].activities += 1
      rows[month].activityParticipants += Int(activities.participants[row])
      if lookup.isSocialWorker[Int(activities.lead[row])] {
        rows[month].socialWorkerMinutes += Int(activities.minutes[row])
      }
      rows[month].volunteerMinutes += Int(activities.volunteerMinutes[row])
    }
    let attendance = inputs.attendance
    for row in 0..<attendance.count {
      let month = activityMonth[Int(attendance.activity[row])]
      guard month >= 0 else { continue }
      served[Int(attendance.beneficiary[row])] |= UInt16(1) << UInt16(month)
    }

    for var bits in served where bits != 0 {
      while bits != 0 {
        rows[bits.trailingZeroBitCount].beneficiariesServed += 1
        bits &= bits - 1
      }
    }
    for var bits in visited where bits != 0 {
      while bits != 0 {
        rows[bits.trailingZeroBitCount].householdsVisited += 1
        bits &= bits - 1
      }
    }
    for index in rows.indices {
      rows[index].personTimes = rows[index].serviceRecords + rows[index].activityParticipants
    }
    return rows
  }
}
