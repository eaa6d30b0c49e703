import ShegongIngest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension ValidationRun {
  /// Validates every services file, in reading order, as one table; then the cross-row warnings.
  ///
  /// Each file is read on its own (``ServiceFileReader``), on up to ``ValidationOptions/threads``
  /// threads at once; the parts are then merged in reading order, claiming each candidate's
  /// `record_id`, so the result is the same for any number of threads.
  func validateServices(_ entries: [InputFolder.Entry]) throws(IngestError) {
    // Sized from the files' bytes (a service row takes about 64 to 80), so the index rarely grows.
    let bytes = entries.reduce(0) { $0 + Self.fileSize($1.path) }
    var records = IDIndex(capacity: max(1024, bytes / 64), keyLength: 12)
    let reader = ServiceFileReader(
      workerIndex: workerIndex, beneficiaryIndex: beneficiaryIndex, stationIndex: stationIndex,
      workers: inputs.workers, people: inputs.beneficiaries, stations: inputs.stations,
      maximumMinutes: inputs.policy.maxRecordMinutes, asOf: options.asOf, progress: options.progress)
    let firstIndex = inputs.files.count
    let available = options.threads ?? (bytes < Self.bytesPerThread ? 1 : Processors.count)
    let threads = min(entries.count, available)
    // With fewer files than threads, each file is read in pieces at once, so that a single large
    // export keeps every processor busy too.
    let pieces = entries.count < available ? available : 1
    let minimumPieceBytes = options.minimumPieceBytes
    var table = ServiceTable()
    // Reserved from the bytes (a row takes 60 to 80): growing by doubling would copy every column
    // at the largest size and, for a moment, hold it twice. Pages never written cost no memory.
    table.reserveCapacity(bytes / 56)
    if threads <= 1 {
      for (offset, entry) in entries.enumerated() {
        let part = try reader.read(
          entry, fileIndex: firstIndex + offset, pieces: pieces, minimumPieceBytes: minimumPieceBytes)
        merge(part, into: &table, records: &records)
      }
    } else {
      let reading = ParallelReading(count: entries.count, threads: threads) { offset throws(IngestError) in
        try reader.read(
          entries[offset], fileIndex: firstIndex + offset, pieces: pieces, minimumPieceBytes: minimumPieceBytes)
      }
      defer { reading.stop() }
      for offset in entries.indices {
        merge(try reading.take(offset).get(), into: &table, records: &records)
      }
    }
    inputs.services = table
    warnAcrossServices(recordIDs: records)
  }

  /// Services files smaller than this in all are read on one thread.
  static let bytesPerThread = 4 << 20

  /// Adds a services file's part to the report and to `table`: claims each candidate's
  /// `record_id` in `records` and accepts the candidate when the key is new, with its warnings;
  /// otherwise rejects it with `duplicate-key`.
  private func merge(_ part: ServiceFilePart, into table: inout ServiceTable, records: inout IDIndex) {
    let fileIndex = inputs.files.count
    inputs.files.append(part.report)
    serviceHeaders[fileIndex] = part.headers
    for issue in part.issues { report(issue) }
    let candidates = part.candidates
    let duplicates = records.claim(part.keys)
    if duplicates.isEmpty {
      for issue in part.candidateWarnings { report(issue) }
      table.append(contentsOf: candidates)
    } else {
      var nextDuplicate = 0
      var warning = 0
      for candidate in 0..<candidates.count {
        let warnings = Int(candidates.warnings[candidate])
        defer { warning += warnings }
        if nextDuplicate < duplicates.count && duplicates[nextDuplicate] == candidate {
          nextDuplicate += 1
          reportRepeatedKey(
            part.keys.string(at: candidate), written: part.writtenKeys[Int32(candidate)],
            keyColumn: ServiceColumn.recordID,
            file: fileIndex, line: Int(candidates.line[candidate]),
            header: part.headers[ServiceColumn.recordID.rawValue])
          continue
        }
        for issue in part.candidateWarnings[warning..<warning + warnings] { report(issue) }
        table.append(candidates, row: candidate)
      }
    }
    let accepted = candidates.count - duplicates.count
    inputs.files[fileIndex].rows = part.rows
    inputs.files[fileIndex].accepted = accepted
    inputs.files[fileIndex].rejected = part.rows - accepted
  }

  /// The size of the file at `path` in bytes, or 0 when it cannot be read.
  static func fileSize(_ path: String) -> Int {
    var status = stat()
    guard stat(path, &status) == 0 else { return 0 }
    return Int(status.st_size)
  }
}

extension ServiceTable {
  /// Reserves room for `count` rows in every column.
  mutating func reserveCapacity(_ count: Int) {
    date.reserveCapacity(count)
    worker.reserveCapacity(count)
    beneficiary.reserveCapacity(count)
    station.reserveCapacity(count)
    type.reserveCapacity(count)
    minutes.reserveCapacity(count)
    startSecond.reserveCapacity(count)
    stage.reserveCapacity(count)
    warnings.reserveCapacity(count)
    file.reserveCapacity(count)
    line.reserveCapacity(count)
  }

  /// Appends every row of `other`.
  mutating func append(contentsOf other: ServiceTable) {
    date.append(contentsOf: other.date)
    worker.append(contentsOf: other.worker)
    beneficiary.append(contentsOf: other.beneficiary)
    station.append(contentsOf: other.station)
    type.append(contentsOf: other.type)
    minutes.append(contentsOf: other.minutes)
    startSecond.append(contentsOf: other.startSecond)
    stage.append(contentsOf: other.stage)
    warnings.append(contentsOf: other.warnings)
    file.append(contentsOf: other.file)
    line.append(contentsOf: other.line)
  }

  /// Appends row `row` of `other`.
  mutating func append(_ other: ServiceTable, row: Int) {
    date.append(other.date[row])
    worker.append(other.worker[row])
    beneficiary.append(other.beneficiary[row])
    station.append(other.station[row])
    type.append(other.type[row])
    minutes.append(other.minutes[row])
    startSecond.append(other.startSecond[row])
    stage.append(other.stage[row])
    warnings.append(other.warnings[row])
    file.append(other.file[row])
    line.append(other.line[row])
  }
}
