import ShegongIngest

extension ValidationRun {
  /// Validates `beneficiaries.csv` against the accepted areas and stations.
  ///
  /// The rows are checked in pieces at once (``BeneficiaryFileReader``) when the file is large and
  /// there are threads to spare; the candidates' ids are then claimed and their households
  /// numbered in reading order, so the result is the same for any number of threads.
  func validateBeneficiaries(_ entry: InputFolder.Entry) throws(IngestError) {
    let reader = BeneficiaryFileReader(
      areaIndex: areaIndex, stationIndex: stationIndex, masksPersonalData: !options.unmasked, asOf: options.asOf,
      progress: options.progress)
    let threads = options.threads ?? (Self.fileSize(entry.path) < Self.bytesPerThread ? 1 : Processors.count)
    // The file's text is released once read: the pieces keep copies of what they need, and a
    // province's register is some 300 MB that would otherwise stay while the pieces are merged.
    let file = try reader.read(
      entry, fileIndex: inputs.files.count, pieces: threads, minimumPieceBytes: options.minimumPieceBytes)
    // Sized from the file's bytes (a beneficiary row takes about 96), so the indexes rarely rehash.
    let rows = file.byteCount / BeneficiaryFileReader.layout.bytesPerRow
    if beneficiaryIndex.count == 0 { beneficiaryIndex = IDIndex(capacity: rows, keyLength: 8, keysInline: true) }
    if householdIndex.count == 0 { householdIndex = IDIndex(capacity: rows / 2, keyLength: 8) }
    var table = BeneficiaryTable()
    table.reserveCapacity(file.pieces.reduce(0) { $0 + $1.lines.count })
    var sameID = SameIDNumbers(
      fileIndex: inputs.files.count, header: file.headers[BeneficiaryColumn.idNumber.rawValue],
      masks: !options.unmasked)
    try merge(file, readBy: BeneficiaryFileReader.self, keys: &beneficiaryIndex) {
      piece, shift, accepted throws(IDIndex.Full) in
      sameID.check(piece, shift: shift, accepted: accepted, firstRow: table.count, table: table, run: self)
      BeneficiaryTable.readColumns.append(accepted, of: piece.candidates.table, to: &table)
      try numberHouseholds(of: accepted.joined(), households: piece.candidates.households, into: &table)
    }
    inputs.beneficiaries = table
    // Households are numbered now; their ids are not needed again.
    householdIndex = IDIndex()
    householdNumber = []
  }

  /// Numbers the `households` of the `accepted` candidates of a piece, in reading order: a new
  /// `household_id` (or an empty one, a household of its own) takes the next number, a known one
  /// the number it took before.
  ///
  /// The ids are claimed in one batch (see `IDIndex.insertAll`), and then numbered in one pass.
  private func numberHouseholds(
    of accepted: some Collection<Int>, households: PackedKeys, into table: inout BeneficiaryTable
  ) throws(IDIndex.Full) {
    try households.withKeys { households throws(IDIndex.Full) in
      let named = accepted.filter { !households($0).isEmpty }
      var claims = [(index: Int32, inserted: Bool)](repeating: (0, false), count: named.count)
      try householdIndex.insertAll(count: named.count, key: { households(named[$0]) }) { item, index, inserted in
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

extension BeneficiaryTable {
  /// The columns a candidate fills as its row is read.
  static var readColumns: [TableColumn<BeneficiaryTable>] {
    [
      .init(\.id), .init(\.name), .init(\.area), .init(\.station), .init(\.categories), .init(\.disabilityType),
      .init(\.disabilityGrade), .init(\.registeredOn), .init(\.exitedOn),
    ]
  }

  /// Reserves room for `count` rows in every column.
  mutating func reserveCapacity(_ count: Int) {
    (Self.readColumns + [.init(\.household)]).reserve(count, in: &self)
  }
}
