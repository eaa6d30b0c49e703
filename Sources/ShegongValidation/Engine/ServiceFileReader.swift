/// Reads one services file in pieces (SPEC §4 stages 1–4 on every row, against registers that are
/// already complete), keeping each candidate's columns in a ``ServiceTable``.
struct ServiceFileReader: PieceReader {
  /// The accepted workers, stations and beneficiaries, by id and as tables.
  let workerIndex: IDIndex, beneficiaryIndex: IDIndex, stationIndex: IDIndex
  /// The accepted workers.
  let workers: WorkerTable
  /// The accepted beneficiaries.
  let people: BeneficiaryTable
  /// The accepted stations.
  let stations: StationTable
  /// The longest duration one record may give (`max_record_hours`).
  let maximumMinutes: Int64
  /// The day treated as today.
  let asOf: Day
  /// Whether issues keep beneficiaries' names and ID numbers out (not `--unmasked`).
  let masksPersonalData: Bool
  /// Where to count the rows read.
  let progress: ValidationProgress?

  /// A row's issues go to its `station_id`, or when that is empty to its worker's station.
  var attribution: StationAttribution<ServiceColumn> {
    .stationOrWorker(
      station: .stationID, worker: .workerID, stations: stationIndex, workers: workerIndex,
      workerStations: workers.station)
  }

  /// `record_id` must be unique across every services file; a row takes 60 to 80 bytes, an id 12.
  static var layout: PieceLayout<ServiceColumn> { PieceLayout(keyColumn: .recordID, bytesPerRow: 60, bytesPerKey: 12) }

  /// Checks the current row; when only its key is left to settle, appends it as a candidate with
  /// the warnings that need only this row, and returns its `record_id`.
  func check(_ scope: inout RowScope<ServiceColumn>, into candidates: inout ServiceTable)
    -> UnsafeBufferPointer<UInt8>?
  {
    let recordID = scope.required(.recordID)
    let date = scope.date(.date)
    let workerID = scope.required(.workerID)
    let beneficiaryID = scope.required(.beneficiaryID)
    let type = scope.vocabulary(.serviceType, ServiceType.self)
    let minutes = scope.duration(.duration, minimum: 1, maximum: maximumMinutes)
    let stationID = scope.value(.stationID)
    let start = scope.parsed(.startTime, kind: .time) { ValueParser.time($0) }
    let stage = scope.vocabulary(.caseStage, CaseStage.self)
    guard let recordID, let date, let workerID, let beneficiaryID, let type, let minutes, !scope.hasErrors else {
      scope.sortPendingByColumn()
      return nil
    }
    scope.checkNotAfter(asOf, date, column: .date)
    guard !scope.hasErrors else { return nil }
    let worker = scope.reference(.workerID, workerID, in: workerIndex, target: "workers.csv")
    let beneficiary = scope.reference(.beneficiaryID, beneficiaryID, in: beneficiaryIndex, target: "beneficiaries.csv")
    var station: Int32?
    if !stationID.isEmpty {
      station = scope.reference(.stationID, stationID, in: stationIndex, target: "stations.csv")
    }
    guard let worker, let beneficiary, !scope.hasErrors else { return nil }
    // A candidate: the warnings that need only this row.
    let w = Int(worker)
    let b = Int(beneficiary)
    if !isActive(on: date, from: workers.startDate[w], until: workers.endDate[w]) {
      scope.addIssue(.workerNotEmployed(worker: workers.id[w], date: date), column: .workerID)
    }
    if !isActive(on: date, from: people.registeredOn[b], until: people.exitedOn[b]) {
      scope.addIssue(.beneficiaryNotRegistered(beneficiary: people.id[b], date: date), column: .beneficiaryID)
    }
    if let station, station != workers.station[w] {
      let own = stations.id[Int(workers.station[w])]
      scope.addIssue(
        .otherStation(worker: workers.id[w], own: own, given: stations.id[Int(station)]), column: .stationID)
    }
    candidates.date.append(date)
    candidates.worker.append(worker)
    candidates.beneficiary.append(beneficiary)
    candidates.station.append(station ?? workers.station[w])
    candidates.type.append(type)
    candidates.minutes.append(Int32(minutes))
    candidates.startSecond.append(start ?? -1)
    candidates.stage.append(type == .caseWork ? (stage ?? .follow) : nil)
    return recordID
  }
}
