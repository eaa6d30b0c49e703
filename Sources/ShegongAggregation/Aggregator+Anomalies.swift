import ShegongValidation

extension PeriodTables {
  /// How many months before the period a station's usual month is taken over.
  static let anomalyMonths = 6
  /// The smallest median (in services a month) that a station is compared with.
  static let anomalyMedianFloor = 10

  /// `station_anomalies` (SPEC §10): for a month period, every station or point active on its last
  /// day whose services in it are under half or over twice the median of its monthly services over
  /// the six months before (those months in which it was active on the month's last day), when
  /// that median is at least 10. Lowest ratio first, then by `station_id`; empty for other kinds.
  func stationAnomalies(period: Period) -> [StationAnomalyRow] {
    guard period.kind == .month else { return [] }
    let months = Self.monthsBefore(period)
    guard !months.isEmpty else { return [] }
    let stations = inputs.stations
    let counts = Self.monthlyServices(inputs.services, months: months, stationCount: stations.count)
    var rows: [StationAnomalyRow] = []
    for station in 0..<stations.count where stocks.stationActive[station] {
      var usual: [Int] = []
      for (index, month) in months.enumerated()
      where isActive(on: month.end, from: stations.openedOn[station], until: stations.closedOn[station]) {
        usual.append(counts[station * months.count + index])
      }
      guard let doubledMedian = Self.doubledMedian(usual), doubledMedian >= 2 * Self.anomalyMedianFloor else {
        continue
      }
      let records = detail.stations[station].serviceRecords
      // Under half: records < median / 2; over twice: records > 2 × median (in doubled units).
      guard 4 * records < doubledMedian || records > doubledMedian else { continue }
      rows.append(
        StationAnomalyRow(
          stationId: stations.id[station], name: stations.name[station], serviceRecords: records,
          doubledMedian: doubledMedian))
    }
    return rows.sorted { $0.precedes($1) }
  }

  /// The up to six months before `period`, oldest first.
  static func monthsBefore(_ period: Period) -> [Period] {
    var months: [Period] = []
    var month = period
    for _ in 0..<anomalyMonths {
      let before = month.previous
      guard before != month else { break }
      months.append(before)
      month = before
    }
    return months.reversed()
  }

  /// Per station and month (`station × months.count + month`): the services attributed to the
  /// station dated in the month. `months` are consecutive, oldest first.
  static func monthlyServices(_ services: ServiceTable, months: [Period], stationCount: Int) -> [Int] {
    var counts = [Int](repeating: 0, count: stationCount * months.count)
    guard let first = months.first, let last = months.last else { return counts }
    let monthOfDay = Scan.monthOfDay(months)
    let dates = services.date
    let stations = services.station
    for row in 0..<dates.count {
      let date = dates[row]
      guard date >= first.start && date <= last.end else { continue }
      counts[Int(stations[row]) * months.count + Int(monthOfDay[Int(date - first.start)])] += 1
    }
    return counts
  }

  /// Twice the median of `values`: twice the middle value for an odd count, the sum of the two
  /// middle values for an even one; nil when there are none.
  static func doubledMedian(_ values: [Int]) -> Int? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? 2 * sorted[middle] : sorted[middle - 1] + sorted[middle]
  }
}
