import ShegongIngest

extension ValidationRun {
  /// Rejects the row with `duplicate-key` when `key` was accepted before; else interns it.
  func claimKey(_ scope: inout RowScope, _ column: Int, _ bytes: UnsafeBufferPointer<UInt8>, in index: inout IDIndex)
    -> Bool
  {
    if index.insert(bytes).inserted { return true }
    scope.addIssue(
      .duplicateKey, column: column,
      message: "\(scope.schema.columns[column].name) \(String(decoding: bytes, as: UTF8.self)) "
        + "was already given on an earlier row")
    return false
  }

  /// Adds `constraint-error` on `column` when `end` is before `start`.
  func checkOrder(_ scope: inout RowScope, start: Day, end: Day, column: Int, startName: String) {
    if end < start {
      scope.addIssue(
        .constraintError, column: column,
        message: "\(scope.schema.columns[column].name) \(CivilDate.string(end)) is before \(startName) "
          + "\(CivilDate.string(start))")
    }
  }

  /// Validates `stations.csv` against the accepted areas.
  func validateStations(_ entry: InputFolder.Entry) throws(IngestError) {
    let (source, fileIndex) = try open(entry)
    var scope = try RowScope(source: source, fileIndex: fileIndex, schema: .stations)
    var table = StationTable()
    forEachRow(&scope) { scope in
      // Stage 2: cells, in column order.
      let id = scope.required(0)
      let name = scope.required(1).map { String(decoding: $0, as: UTF8.self) }
      let type = scope.vocabulary(2, isRequired: true, StationType.self)
      let areaCode = scope.required(3)
      let opened = scope.date(4, isRequired: true)
      let closed = scope.date(5, isRequired: false)
      let posts = scope.integer(6, isRequired: false, in: 0...Int64(Int32.max))
      scope.sortPendingByColumn()
      guard let id, let name, let type, let areaCode, let opened, !scope.hasErrors else {
        return false
      }
      // Stage 3: row constraints.
      checkOrder(&scope, start: opened, end: closed ?? .never, column: 5, startName: "opened_on")
      guard !scope.hasErrors else { return false }
      // Stage 5 and 6: references, key.
      let area = scope.reference(3, areaCode, in: areaIndex, target: "areas.csv")
      guard let area, claimKey(&scope, 0, id, in: &stationIndex) else {
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
    var scope = try RowScope(source: source, fileIndex: fileIndex, schema: .workers)
    var table = WorkerTable()
    forEachRow(&scope) { scope in
      let id = scope.required(0)
      let name = scope.required(1).map { String(decoding: $0, as: UTF8.self) }
      let role = scope.vocabulary(2, isRequired: true, WorkerRole.self)
      let stationID = scope.required(3)
      let certified = scope.parsed(4, isRequired: false, kind: "yes or no") { ValueParser.boolean($0) }
      let start = scope.date(5, isRequired: true)
      let end = scope.date(6, isRequired: false)
      scope.sortPendingByColumn()
      guard let id, let name, let role, let stationID, let start, !scope.hasErrors else {
        return false
      }
      checkOrder(&scope, start: start, end: end ?? .never, column: 6, startName: "start_date")
      guard !scope.hasErrors else { return false }
      let station = scope.reference(3, stationID, in: stationIndex, target: "stations.csv")
      guard let station, claimKey(&scope, 0, id, in: &workerIndex) else {
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
  func validateBeneficiaries(_ entry: InputFolder.Entry) throws(IngestError) {
    let (source, fileIndex) = try open(entry)
    let masked = options.unmasked ? [] : [1, 2]
    var scope = try RowScope(source: source, fileIndex: fileIndex, schema: .beneficiaries, maskedColumns: masked)
    // Sized from the file's bytes (a beneficiary row takes about 96), so the indexes rarely rehash.
    let rows = source.file.bytes.count / 96
    if beneficiaryIndex.count == 0 { beneficiaryIndex = IDIndex(capacity: rows, keyLength: 8) }
    if householdIndex.count == 0 { householdIndex = IDIndex(capacity: rows / 2, keyLength: 8) }
    var table = BeneficiaryTable()
    forEachRow(&scope) { scope in
      let id = scope.required(0)
      let name = scope.required(1).map { String(decoding: $0, as: UTF8.self) }
      // Bytes, not strings: both stay valid until the next row, and neither is kept.
      let idNumber = scope.value(2)
      let household = scope.value(3)
      let areaCode = scope.required(4)
      let stationID = scope.required(5)
      let categories = self.categories(&scope, column: 6)
      let disability = scope.vocabulary(7, isRequired: false, DisabilityType.self)
      let grade = scope.integer(8, isRequired: false, in: 1...4)
      let registered = scope.date(9, isRequired: true)
      let exited = scope.date(10, isRequired: false)
      scope.sortPendingByColumn()
      guard let id, let name, let areaCode, let stationID, let categories, let registered, !scope.hasErrors else {
        return false
      }
      checkOrder(&scope, start: registered, end: exited ?? .never, column: 10, startName: "registered_on")
      guard !scope.hasErrors else { return false }
      let area = scope.reference(4, areaCode, in: areaIndex, target: "areas.csv")
      let station = scope.reference(5, stationID, in: stationIndex, target: "stations.csv")
      guard let area, let station, claimKey(&scope, 0, id, in: &beneficiaryIndex) else {
        return false
      }
      table.id.append(String(decoding: id, as: UTF8.self))
      table.name.append(name)
      if household.isEmpty {
        table.household.append(Int32(table.householdCount))
        table.householdCount += 1
      } else {
        let (index, inserted) = householdIndex.insert(household)
        if inserted {
          table.household.append(Int32(table.householdCount))
          table.householdCount += 1
        } else {
          table.household.append(householdNumber[Int(index)])
        }
        if inserted { householdNumber.append(table.household[table.household.count - 1]) }
      }
      table.area.append(area)
      table.station.append(station)
      table.categories.append(categories)
      table.disabilityType.append(disability)
      table.disabilityGrade.append(Int8(grade ?? 0))
      table.registeredOn.append(registered)
      table.exitedOn.append(exited ?? .never)
      if !idNumber.isEmpty, let problem = IDNumber.checksumProblem(idNumber) {
        scope.addIssue(.idChecksum, column: 2, message: "the ID number \(problem)")
      }
      return true
    }
    inputs.beneficiaries = table
  }

  /// Parses a list of categories separated by `;`, `；`, `、`, `,` or `|`.
  private func categories(_ scope: inout RowScope, column: Int) -> CategorySet? {
    let bytes = scope.value(column)
    if bytes.isEmpty {
      scope.addIssue(.missingValue, column: column, message: "categories is required but empty")
      return nil
    }
    // Full-width `；` and `，` were folded to ASCII already; `、` is E3 80 81.
    var set: CategorySet = 0
    var unknown: [String] = []
    var partStart = 0
    var index = 0
    func take(_ end: Int) {
      var from = partStart
      var to = end
      while from < to && (bytes[from] == 0x20 || bytes[from] == 0x09) { from += 1 }
      while to > from && (bytes[to - 1] == 0x20 || bytes[to - 1] == 0x09) { to -= 1 }
      guard to > from else { return }
      let part = UnsafeBufferPointer(rebasing: bytes[from..<to])
      if let category = Category.matching(part) {
        set |= category.bit
      } else {
        unknown.append(String(decoding: part, as: UTF8.self))
      }
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: ";") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "|") {
        take(index)
        index += 1
        partStart = index
      } else if byte == 0xE3 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x81 {
        take(index)
        index += 3
        partStart = index
      } else {
        index += 1
      }
    }
    take(bytes.count)
    if !unknown.isEmpty {
      scope.addIssue(
        .constraintError, column: column,
        message: "\(unknown.map { "\"\($0)\"" }.joined(separator: ", ")) is not a category code or label")
      return nil
    }
    if set == 0 {
      scope.addIssue(.missingValue, column: column, message: "categories is required but empty")
      return nil
    }
    return set
  }
}
