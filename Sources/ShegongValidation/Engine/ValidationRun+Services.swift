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
  /// threads at once, in pieces when there are fewer files than threads; the pieces are then merged
  /// in reading order, claiming each candidate's
  /// `record_id`, so the result is the same for any number of threads.
  func validateServices(_ entries: [InputFolder.Entry]) throws(IngestError) {
    // Sized from the files' bytes (a service row takes about 64 to 80), so the index rarely grows.
    let bytes = entries.reduce(0) { $0 + Self.fileSize($1.path) }
    var records = IDIndex(capacity: max(1024, bytes / 64), keyLength: 12)
    let reader = ServiceFileReader(
      workerIndex: workerIndex, beneficiaryIndex: beneficiaryIndex, stationIndex: stationIndex,
      workers: inputs.workers, people: inputs.beneficiaries, stations: inputs.stations,
      maximumMinutes: inputs.policy.maxRecordMinutes, asOf: options.asOf, masksPersonalData: !options.unmasked,
      progress: options.progress)
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
    func add(_ file: consuming PiecedFile<ServiceTable>) throws(IngestError) {
      // Below `InputFolder.maximumServiceFiles`, every file's index fits.
      let fileIndex = UInt16(inputs.files.count)
      serviceHeaders[Int(fileIndex)] = file.headers
      try merge(file, readBy: ServiceFileReader.self, keys: &records) { piece, shift, accepted in
        table.append(accepted, of: piece, lineShift: shift, file: fileIndex)
      }
    }
    if threads <= 1 {
      for (offset, entry) in entries.enumerated() {
        try add(
          try reader.read(entry, fileIndex: firstIndex + offset, pieces: pieces, minimumPieceBytes: minimumPieceBytes))
      }
    } else {
      let reading = ParallelReading(count: entries.count, threads: threads) { offset throws(IngestError) in
        try reader.read(
          entries[offset], fileIndex: firstIndex + offset, pieces: pieces, minimumPieceBytes: minimumPieceBytes)
      }
      defer { reading.stop() }
      for offset in entries.indices {
        try add(try reading.take(offset).get())
      }
    }
    inputs.services = table
    warnAcrossServices(recordIDs: records)
  }

  /// Services files smaller than this in all are read on one thread.
  static let bytesPerThread = 4 << 20

  /// The size of the file at `path` in bytes, or 0 when it cannot be read.
  static func fileSize(_ path: String) -> Int {
    var status = stat()
    guard stat(path, &status) == 0 else { return 0 }
    return Int(status.st_size)
  }
}

extension ServiceTable: CandidateRows {
  /// The columns a candidate fills as its row is read.
  static var readColumns: [TableColumn<ServiceTable>] {
    [
      .init(\.date), .init(\.worker), .init(\.beneficiary), .init(\.station), .init(\.type), .init(\.minutes),
      .init(\.startSecond), .init(\.stage),
    ]
  }

  /// Every column: the read ones, then those that come from the candidate's piece when merged.
  static var columns: [TableColumn<ServiceTable>] { readColumns + [.init(\.warnings), .init(\.file), .init(\.line)] }

  /// Reserves room for `count` rows in every column.
  mutating func reserveCapacity(_ count: Int) {
    Self.columns.reserve(count, in: &self)
  }

  /// The station of candidate `candidate`: its `station_id`, or its worker's station.
  func station(_ candidate: Int) -> Int32 { station[candidate] }

  /// Appends the candidates `accepted` (runs of candidates, in order) of `piece` as rows of file
  /// `fileIndex`, with their warning counts and their lines moved down by `lineShift`.
  mutating func append(
    _ accepted: [Range<Int>], of piece: FilePiece<ServiceTable>, lineShift: Int32, file fileIndex: UInt16
  ) {
    Self.readColumns.append(accepted, of: piece.candidates, to: &self)
    for run in accepted {
      warnings.append(contentsOf: piece.warningCounts[run])
      file.append(contentsOf: repeatElement(fileIndex, count: run.count))
      line.append(contentsOf: piece.lines[run].lazy.map { $0 + lineShift })
    }
  }
}
