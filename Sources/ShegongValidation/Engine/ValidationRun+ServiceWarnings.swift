extension ValidationRun {
  /// The warnings that compare services of one worker on one day (SPEC §4):
  /// `possible-duplicate`, `worker-overlap` and `worker-day-over-limit`.
  func warnAcrossServices(recordIDs: IDIndex) {
    // The warning counts move out of the table while the table is read, so that counting a
    // warning neither copies the table's arrays nor retains them once per group.
    var warnings = inputs.services.warnings
    inputs.services.warnings = []
    defer { inputs.services.warnings = warnings }
    let services = inputs.services
    let order = Self.orderByDateAndWorker(services, workerCount: inputs.workers.count)
    let limit = inputs.policy.maxWorkerMinutesPerDay
    var groupStart = 0
    var group: [Int32] = []
    // Sort keys, kept between groups so that a group allocates nothing.
    var keyed: [(key: UInt64, service: Int32)] = []
    var timed: [UInt64] = []
    while groupStart < order.count {
      let first = Int(order[groupStart])
      var groupEnd = groupStart + 1
      while groupEnd < order.count {
        let next = Int(order[groupEnd])
        if services.worker[next] != services.worker[first] || services.date[next] != services.date[first] { break }
        groupEnd += 1
      }
      if groupEnd - groupStart > 1 {
        group.removeAll(keepingCapacity: true)
        group.append(contentsOf: order[groupStart..<groupEnd])
        warnPossibleDuplicates(group, services, recordIDs: recordIDs, keyed: &keyed, warnings: &warnings)
        warnOverlaps(group, services, timed: &timed, warnings: &warnings)
      }
      var total: Int64 = 0
      for position in groupStart..<groupEnd { total += Int64(services.minutes[Int(order[position])]) }
      if total > limit {
        for position in groupStart..<groupEnd {
          let service = Int(order[position])
          flagService(
            service, services, &warnings, column: .duration,
            .dayOverLimit(
              worker: inputs.workers.id[Int(services.worker[service])], minutes: total, date: services.date[service],
              limit: limit),
            value: IssueMessage.hours(Int64(services.minutes[service])))
        }
      }
      groupStart = groupEnd
    }
  }

  /// Flags every service that repeats the beneficiary and type of an earlier one in `group`;
  /// `keyed` is room for its sort keys.
  private func warnPossibleDuplicates(
    _ group: [Int32], _ services: ServiceTable, recordIDs: IDIndex, keyed: inout [(key: UInt64, service: Int32)],
    warnings: inout [UInt8]
  ) {
    // Sorted by beneficiary, type, then reading order, on keys made first: a comparison that read
    // the table would make every sort copy it.
    keyed.removeAll(keepingCapacity: true)
    for entry in group {
      let service = Int(entry)
      // Beneficiary indices are non-negative, so their bit patterns sort as the numbers do.
      let beneficiary = UInt64(UInt32(bitPattern: services.beneficiary[service]))
      keyed.append((beneficiary << 8 | UInt64(services.type[service].rawValue), entry))
    }
    keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.service < $1.service }
    for position in 1..<keyed.count {
      // Equal keys: the same beneficiary and service type.
      guard keyed[position - 1].key == keyed[position].key else { continue }
      let service = Int(keyed[position].service)
      // The first of the run is the earliest; name it.
      var first = position - 1
      while first > 0 && keyed[first - 1].key == keyed[position].key { first -= 1 }
      let original = Int(keyed[first].service)
      flagService(
        service, services, &warnings, column: .recordID,
        .repeatsRecord(
          record: recordIDs.key(at: Int32(original)), file: inputs.files[Int(services.file[original])].name,
          line: services.line[original]),
        value: recordIDs.key(at: Int32(service)))
    }
  }

  /// Flags each service whose [start, start + duration) overlaps one that starts earlier (or
  /// equally, read earlier); `timed` is room for its sort keys.
  private func warnOverlaps(_ group: [Int32], _ services: ServiceTable, timed: inout [UInt64], warnings: inout [UInt8])
  {
    // The timed services by start, then reading order, as one key each (start second in the
    // high half, service index in the low; both are non-negative): see `warnPossibleDuplicates`.
    timed.removeAll(keepingCapacity: true)
    for entry in group where services.startSecond[Int(entry)] >= 0 {
      let start = UInt64(UInt32(bitPattern: services.startSecond[Int(entry)]))
      timed.append(start << 32 | UInt64(UInt32(bitPattern: entry)))
    }
    guard timed.count > 1 else { return }
    timed.sort()
    var latestEnd = Int64.min
    var latestService = -1
    for key in timed {
      let service = Int(truncatingIfNeeded: key & 0xFFFF_FFFF)
      let start = Int64(services.startSecond[service])
      let end = start + Int64(services.minutes[service]) * 60
      if start < latestEnd {
        flagService(
          service, services, &warnings, column: .startTime,
          .overlaps(file: inputs.files[Int(services.file[latestService])].name, line: services.line[latestService]),
          value: Self.clock(services.startSecond[service]))
      }
      if end > latestEnd {
        latestEnd = end
        latestService = service
      }
    }
  }

  /// Files a warning on accepted service `service` of `services`, counting it in `warnings`.
  private func flagService(
    _ service: Int, _ services: ServiceTable, _ warnings: inout [UInt8], column: ServiceColumn,
    _ message: IssueMessage, value: String
  ) {
    let fileIndex = Int(services.file[service])
    warnings[service] &+= 1
    fileIssue(
      file: fileIndex, line: Int(services.line[service]),
      column: serviceHeaders[fileIndex]?[column.rawValue] ?? column.definition.name, message,
      value: value, station: services.station[service])
  }

  /// `HH:MM` or `HH:MM:SS` for seconds since midnight.
  static func clock(_ seconds: Int32) -> String {
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let text = "\(two(seconds / 3600)):\(two(seconds / 60 % 60))"
    return seconds % 60 == 0 ? text : text + ":\(two(seconds % 60))"
  }

  /// Service indices ordered by date, then worker, then reading order (two counting-sort passes).
  ///
  /// Date first: exports list their services by date, so the services of one day sit close together
  /// in the table, and walking the groups in this order reads the table's columns near where it
  /// last read them instead of all over them. Each group (one worker's services on one day) and
  /// the order inside it are the same in either order, and so are the warnings.
  static func orderByDateAndWorker(_ services: ServiceTable, workerCount: Int) -> [Int32] {
    let count = services.count
    guard count > 0, let minDate = services.date.min(), let maxDate = services.date.max() else { return [] }
    // Pass 1: by worker, stable.
    var byWorker = [Int32](repeating: 0, count: count)
    var starts = [Int](repeating: 0, count: workerCount + 1)
    for worker in services.worker { starts[Int(worker) + 1] += 1 }
    for index in 1..<starts.count { starts[index] += starts[index - 1] }
    for service in 0..<count {
      let worker = Int(services.worker[service])
      byWorker[starts[worker]] = Int32(service)
      starts[worker] += 1
    }
    // Pass 2: by date, stable, keeping the worker order inside each date.
    var order = [Int32](repeating: 0, count: count)
    var buckets = [Int](repeating: 0, count: Int(maxDate - minDate) + 2)
    for date in services.date { buckets[Int(date - minDate) + 1] += 1 }
    for index in 1..<buckets.count { buckets[index] += buckets[index - 1] }
    for service in byWorker {
      let bucket = Int(services.date[Int(service)] - minDate)
      order[buckets[bucket]] = service
      buckets[bucket] += 1
    }
    return order
  }
}
