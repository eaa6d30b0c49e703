import ShegongIngest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension ValidationRun {
  /// Validates every services file, in reading order, as one table; then the cross-row warnings.
  func validateServices(_ entries: [InputFolder.Entry]) throws(IngestError) {
    var table = ServiceTable()
    // Sized from the files' bytes (a service row takes about 64 to 80), so the index rarely rehashes.
    let bytes = entries.reduce(0) { $0 + Self.fileSize($1.path) }
    var records = IDIndex(capacity: max(1024, bytes / 80), keyLength: 12)
    let workers = inputs.workers
    let people = inputs.beneficiaries
    let maximum = inputs.policy.maxRecordMinutes
    // Local copies: reading the run's properties once per row would retain their arrays each time.
    let workerIndex = self.workerIndex
    let beneficiaryIndex = self.beneficiaryIndex
    let stationIndex = self.stationIndex
    let stations = inputs.stations
    for entry in entries {
      let (source, fileIndex) = try open(entry)
      var scope = try RowScope(source: source, fileIndex: fileIndex, schema: .services)
      serviceHeaders[fileIndex] = (0..<Schema.services.columns.count).map { scope.header($0) }
      forEachRow(&scope) { scope in
        let recordID = scope.required(0)
        let date = scope.date(1, isRequired: true)
        let workerID = scope.required(2)
        let beneficiaryID = scope.required(3)
        let type = scope.vocabulary(4, isRequired: true, ServiceType.self)
        let minutes = scope.duration(5, isRequired: true, minimum: 1, maximum: maximum)
        let stationID = scope.value(6)
        let start = scope.parsed(7, isRequired: false, kind: "a time (HH:MM)") { ValueParser.time($0) }
        let stage = scope.vocabulary(8, isRequired: false, CaseStage.self)
        guard let recordID, let date, let workerID, let beneficiaryID, let type, let minutes, !scope.hasErrors else {
          scope.sortPendingByColumn()
          return false
        }
        checkFuture(&scope, date, column: 1)
        guard !scope.hasErrors else { return false }
        let worker = reference(&scope, 2, workerID, in: workerIndex, target: "workers.csv")
        let beneficiary = reference(&scope, 3, beneficiaryID, in: beneficiaryIndex, target: "beneficiaries.csv")
        var station: Int32?
        if !stationID.isEmpty {
          station = reference(&scope, 6, stationID, in: stationIndex, target: "stations.csv")
        }
        guard let worker, let beneficiary, !scope.hasErrors, claimKey(&scope, 0, recordID, in: &records) else {
          return false
        }
        // Accepted: the warnings that need only this row.
        var warnings: UInt8 = 0
        let w = Int(worker)
        let b = Int(beneficiary)
        if !isActive(on: date, from: workers.startDate[w], until: workers.endDate[w]) {
          scope.addIssue(
            .workerInactive, column: 2, message: "worker \(workers.id[w]) was not employed on \(CivilDate.string(date))"
          )
          warnings += 1
        }
        if !isActive(on: date, from: people.registeredOn[b], until: people.exitedOn[b]) {
          scope.addIssue(
            .beneficiaryInactive, column: 3,
            message: "beneficiary \(people.id[b]) was not registered on \(CivilDate.string(date))")
          warnings += 1
        }
        if let station, station != workers.station[w] {
          let own = stations.id[Int(workers.station[w])]
          scope.addIssue(
            .stationMismatch, column: 6,
            message: "worker \(workers.id[w]) belongs to station \(own), not \(stations.id[Int(station)])")
          warnings += 1
        }
        table.date.append(date)
        table.worker.append(worker)
        table.beneficiary.append(beneficiary)
        table.station.append(station ?? workers.station[w])
        table.type.append(type)
        table.minutes.append(Int32(minutes))
        table.startSecond.append(start ?? -1)
        table.stage.append(type == .caseWork ? (stage ?? .follow) : nil)
        table.warnings.append(warnings)
        table.file.append(UInt16(fileIndex))
        table.line.append(Int32(scope.line))
        return true
      }
    }
    inputs.services = table
    warnAcrossServices(recordIDs: records)
  }

  /// The size of the file at `path` in bytes, or 0 when it cannot be read.
  static func fileSize(_ path: String) -> Int {
    var status = stat()
    guard stat(path, &status) == 0 else { return 0 }
    return Int(status.st_size)
  }
}
