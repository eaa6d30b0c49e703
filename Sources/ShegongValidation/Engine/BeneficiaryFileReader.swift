/// Reads `beneficiaries.csv` in pieces (SPEC §4 stages 1–4 against the accepted areas and
/// stations), keeping each candidate's columns and `household_id` in ``BeneficiaryCandidates``.
struct BeneficiaryFileReader: PieceReader {
  /// The accepted areas and stations, by id.
  let areaIndex: IDIndex, stationIndex: IDIndex
  /// Whether names and ID numbers are masked in issues.
  let masksPersonalData: Bool
  /// The as-of day: ages for `category-age-mismatch` are taken on it, and a birth date after it
  /// is an `id-checksum` warning.
  let asOf: Day
  /// Where to count the rows read.
  let progress: ValidationProgress?

  /// A row's issues go to the station its `station_id` names.
  var attribution: StationAttribution<BeneficiaryColumn> { .stationCell(.stationID, stations: stationIndex) }

  /// `beneficiary_id` must be unique in the register; a row takes about 96 bytes, an id 8.
  static var layout: PieceLayout<BeneficiaryColumn> { PieceLayout(keyColumn: .id, bytesPerRow: 96, bytesPerKey: 8) }

  /// Checks the current row; when only its id is left to settle, appends it as a candidate and
  /// returns the id.
  func check(_ scope: inout RowScope<BeneficiaryColumn>, into candidates: inout BeneficiaryCandidates)
    -> UnsafeBufferPointer<UInt8>?
  {
    let id = scope.required(.id)
    let name = scope.required(.name).map { String(decoding: $0, as: UTF8.self) }
    // Bytes, not strings: both stay valid until the next row.
    let idNumber = scope.value(.idNumber)
    let household = scope.value(.householdID)
    let areaCode = scope.required(.areaCode)
    let stationID = scope.required(.stationID)
    let categories = scope.categories(.categories)
    let disability = scope.vocabulary(.disabilityType, DisabilityType.self)
    let grade = scope.integer(.disabilityGrade, in: 1...4)
    let registered = scope.date(.registeredOn)
    let exited = scope.date(.exitedOn)
    scope.sortPendingByColumn()
    guard let id, let name, let areaCode, let stationID, let categories, let registered, !scope.hasErrors else {
      return nil
    }
    scope.checkOrder(start: registered, end: exited ?? .never, column: .exitedOn, after: .registeredOn)
    guard !scope.hasErrors else { return nil }
    let area = scope.reference(.areaCode, areaCode, in: areaIndex, target: "areas.csv")
    let station = scope.reference(.stationID, stationID, in: stationIndex, target: "stations.csv")
    guard let area, let station else { return nil }
    // A candidate.
    candidates.households.append(household)
    candidates.table.id.append(String(decoding: id, as: UTF8.self))
    candidates.table.name.append(name)
    candidates.table.area.append(area)
    candidates.table.station.append(station)
    candidates.table.categories.append(categories)
    candidates.table.disabilityType.append(disability)
    candidates.table.disabilityGrade.append(Int8(grade ?? 0))
    candidates.table.registeredOn.append(registered)
    candidates.table.exitedOn.append(exited ?? .never)
    candidates.idNumbers.append(IDNumber.comparisonKey(idNumber) ?? SameIDNumbers.none)
    if !idNumber.isEmpty { checkIDNumber(idNumber, categories: categories, &scope) }
    return id
  }

  /// The ID number's warnings (SPEC §4, §11): `id-checksum` for a wrong length or check
  /// character, or a birth date that is not a real date or is after the as-of day; else
  /// `category-age-mismatch` when the holder's age on the as-of day does not fit `categories`.
  private func checkIDNumber(
    _ idNumber: UnsafeBufferPointer<UInt8>, categories: CategorySet, _ scope: inout RowScope<BeneficiaryColumn>
  ) {
    if let problem = IDNumber.checksumProblem(idNumber) {
      scope.addIssue(.idChecksum(problem: problem), column: .idNumber)
    } else if let birth = IDNumber.birthDate(idNumber) {
      guard birth <= asOf else {
        scope.addIssue(.idBornAfterAsOf(asOf: asOf), column: .idNumber)
        return
      }
      let age = IDNumber.age(born: birth, on: asOf)
      let unfitting = Category.unfitting(categories, age: age)
      if !unfitting.isEmpty {
        scope.addIssue(.categoriesUnfitAge(categories: unfitting, age: age, asOf: asOf), column: .categories)
      }
    } else {
      scope.addIssue(.idBirthDateNotReal, column: .idNumber)
    }
  }
}

/// The candidates of a piece of `beneficiaries.csv`: their columns (all but `household`, which
/// the merge numbers) and their `household_id`s.
struct BeneficiaryCandidates: CandidateRows {
  /// The candidates' columns.
  var table = BeneficiaryTable()
  /// Each candidate's `household_id` (empty when none).
  var households = PackedKeys()
  /// Each candidate's ID number as ``IDNumber/comparisonKey(_:)`` gives it, or a key no number has when it has none
  /// of that shape (``SameIDNumbers/none``), for `id-duplicate`.
  var idNumbers: [UInt64] = []

  /// Reserves room for `count` rows.
  mutating func reserveCapacity(_ count: Int) {
    table.reserveCapacity(count)
    households.reserveCapacity(keys: count, bytesPerKey: 8)
    idNumbers.reserveCapacity(count)
  }

  /// The station of candidate `candidate`.
  func station(_ candidate: Int) -> Int32 { table.station[candidate] }
}
