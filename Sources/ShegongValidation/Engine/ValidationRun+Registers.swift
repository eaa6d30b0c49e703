import ShegongIngest

extension ValidationRun {
  /// Validates `stations.csv` against the accepted areas.
  func validateStations(_ entry: InputFolder.Entry) throws(IngestError) {
    let (source, fileIndex) = try open(entry)
    var scope = try RowScope<StationColumn>(source: source, fileIndex: fileIndex)
    var table = StationTable()
    forEachRow(&scope) { scope in
      // Stage 2: cells, in column order.
      let id = scope.required(.id)
      let name = scope.required(.name).map { String(decoding: $0, as: UTF8.self) }
      let type = scope.vocabulary(.type, StationType.self)
      let areaCode = scope.required(.areaCode)
      let opened = scope.date(.openedOn)
      let closed = scope.date(.closedOn)
      let posts = scope.integer(.postsPlanned, in: 0...Int64(Int32.max))
      scope.sortPendingByColumn()
      guard let id, let name, let type, let areaCode, let opened, !scope.hasErrors else {
        return false
      }
      // Stage 3: row constraints.
      scope.checkOrder(start: opened, end: closed ?? .never, column: .closedOn, after: .openedOn)
      guard !scope.hasErrors else { return false }
      // Stage 5 and 6: references, key.
      let area = scope.reference(.areaCode, areaCode, in: areaIndex, target: "areas.csv")
      guard let area, claimKey(&scope, .id, id, in: &stationIndex) else {
        return false
      }
      table.id.append(String(decoding: id, as: UTF8.self))
      table.name.append(name)
      table.type.append(type)
      table.area.append(area)
      table.openedOn.append(opened)
      table.closedOn.append(closed ?? .never)
      table.postsPlanned.append(Int32(posts ?? 0))
      return true
    }
    inputs.stations = table
  }

  /// Validates `workers.csv` against the accepted stations.
  func validateWorkers(_ entry: InputFolder.Entry) throws(IngestError) {
    let (source, fileIndex) = try open(entry)
    var scope = try RowScope<WorkerColumn>(source: source, fileIndex: fileIndex)
    var table = WorkerTable()
    forEachRow(&scope) { scope in
      let id = scope.required(.id)
      let name = scope.required(.name).map { String(decoding: $0, as: UTF8.self) }
      let role = scope.vocabulary(.role, WorkerRole.self)
      let stationID = scope.required(.stationID)
      let certified = scope.parsed(.certified, kind: .yesOrNo) { ValueParser.boolean($0) }
      let start = scope.date(.startDate)
      let end = scope.date(.endDate)
      scope.sortPendingByColumn()
      guard let id, let name, let role, let stationID, let start, !scope.hasErrors else {
        return false
      }
      scope.checkOrder(start: start, end: end ?? .never, column: .endDate, after: .startDate)
      guard !scope.hasErrors else { return false }
      let station = scope.reference(.stationID, stationID, in: stationIndex, target: "stations.csv")
      guard let station, claimKey(&scope, .id, id, in: &workerIndex) else {
        return false
      }
      table.id.append(String(decoding: id, as: UTF8.self))
      table.name.append(name)
      table.role.append(role)
      table.station.append(station)
      table.certified.append(certified ?? false)
      table.startDate.append(start)
      table.endDate.append(end ?? .never)
      return true
    }
    inputs.workers = table
  }

  /// Validates `beneficiaries.csv` against the accepted areas and stations.
  ///
  /// The rows are checked in pieces at once (``BeneficiaryFileReader``) when the file is large and
  /// there are threads to spare; the candidates' ids are then claimed and their households
  /// numbered in reading order, so the result is the same for any number of threads.
  func validateBeneficiaries(_ entry: InputFolder.Entry) throws(IngestError) {
    var (pieces, fileIndex, bytes) = try readBeneficiaries(entry)
    // Sized from the file's bytes (a beneficiary row takes about 96), so the indexes rarely rehash.
    let rows = bytes / 96
    if beneficiaryIndex.count == 0 { beneficiaryIndex = IDIndex(capacity: rows, keyLength: 8, keysInline: true) }
    if householdIndex.count == 0 { householdIndex = IDIndex(capacity: rows / 2, keyLength: 8) }
    var table = BeneficiaryTable()
    table.reserveCapacity(pieces.reduce(0) { $0 + $1.candidates.count })
    var shift = 0
    var total = 0
    var accepted = 0
    for index in pieces.indices {
      accepted += merge(pieces[index], shift: shift, fileIndex: fileIndex, into: &table)
      total += pieces[index].rows
      shift = pieces[index].nextLine + shift - 1
      // Merged: its rows are in `table` now.
      pieces[index] = BeneficiaryPiece()
    }
    inputs.files[fileIndex].rows += total
    inputs.files[fileIndex].accepted += accepted
    inputs.files[fileIndex].rejected += total - accepted
    inputs.beneficiaries = table
    // Households are numbered now; their ids are not needed again.
    householdIndex = IDIndex()
    householdNumber = []
  }

  /// Reads `beneficiaries.csv` in pieces (see ``BeneficiaryFileReader``); returns them, the file's
  /// index in the report and its size in bytes.
  ///
  /// The file's text is released when this returns: the pieces keep copies of what they need, and
  /// a province's register is some 300 MB that would otherwise stay while the pieces are merged.
  private func readBeneficiaries(_ entry: InputFolder.Entry) throws(IngestError) -> (
    pieces: [BeneficiaryPiece], fileIndex: Int, bytes: Int
  ) {
    let (source, fileIndex) = try open(entry)
    let reader = BeneficiaryFileReader(
      areaIndex: areaIndex, stationIndex: stationIndex, masksPersonalData: !options.unmasked,
      progress: options.progress)
    let bytes = source.file.bytes.count
    let threads = options.threads ?? (bytes < Self.bytesPerThread ? 1 : Processors.count)
    let pieces = try reader.read(
      source, fileIndex: fileIndex, pieces: threads, minimumPieceBytes: options.minimumPieceBytes)
    return (pieces, fileIndex, bytes)
  }

  /// Adds one piece of `beneficiaries.csv` (its lines `shift` short of the file's) to the report and
  /// to `table`: claims each candidate's id and numbers its household, in reading order. Returns
  /// the rows accepted.
  private func merge(_ piece: BeneficiaryPiece, shift: Int, fileIndex: Int, into table: inout BeneficiaryTable)
    -> Int
  {
    for issue in piece.issues { report(issue.shifted(by: shift)) }
    let candidates = piece.candidates
    let repeated = beneficiaryIndex.claim(piece.keys)
    // The accepted candidates, in reading order.
    var accepted: [Int32] = []
    accepted.reserveCapacity(candidates.count - repeated.count)
    var nextRepeated = 0
    var warning = 0
    for candidate in 0..<candidates.count {
      let warnings = Int(piece.warningCounts[candidate])
      defer { warning += warnings }
      if nextRepeated < repeated.count && repeated[nextRepeated] == candidate {
        nextRepeated += 1
        reportRepeatedKey(
          candidates.id[candidate], written: piece.writtenKeys[Int32(candidate)], keyColumn: BeneficiaryColumn.id,
          file: fileIndex, line: Int(piece.lines[candidate]) + shift, header: piece.idHeader)
        continue
      }
      for issue in piece.candidateWarnings[warning..<warning + warnings] { report(issue.shifted(by: shift)) }
      accepted.append(Int32(candidate))
    }
    if repeated.isEmpty {
      table.append(contentsOf: candidates)
    } else {
      for candidate in accepted { table.append(candidates, row: Int(candidate)) }
    }
    numberHouseholds(of: accepted, in: piece, into: &table)
    return accepted.count
  }

  /// Numbers the households of the `accepted` candidates of `piece`, in reading order: a new
  /// `household_id` (or an empty one, a household of its own) takes the next number, a known one
  /// the number it took before.
  ///
  /// The ids are claimed in one batch (see `IDIndex.insertAll`), and then numbered in one pass.
  private func numberHouseholds(of accepted: [Int32], in piece: BeneficiaryPiece, into table: inout BeneficiaryTable) {
    piece.households.withKeys { households in
      let named = accepted.filter { !households(Int($0)).isEmpty }
      var claims = [(index: Int32, inserted: Bool)](repeating: (0, false), count: named.count)
      householdIndex.insertAll(count: named.count, key: { households(Int(named[$0])) }) { item, index, inserted in
        claims[item] = (index, inserted)
      }
      var nextNamed = 0
      for candidate in accepted {
        if nextNamed < named.count && named[nextNamed] == candidate {
          let (index, inserted) = claims[nextNamed]
          nextNamed += 1
          if inserted {
            householdNumber.append(Int32(table.householdCount))
          } else {
            table.household.append(householdNumber[Int(index)])
            continue
          }
        }
        table.household.append(Int32(table.householdCount))
        table.householdCount += 1
      }
    }
  }
}
