import ShegongIngest

extension ValidationRun {
  /// Validates `stations.csv` against the accepted areas.
  func validateStations(_ entry: InputFolder.Entry) throws(IngestError) {
    let (source, fileIndex) = try open(entry)
    var scope = try RowScope<StationColumn>(source: source, fileIndex: fileIndex, masksPersonalData: !options.unmasked)
    scope.attribution = .ownID(.id)
    var table = StationTable()
    try forEachRow(&scope) { scope throws(IngestError) in
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
      guard let area, try claimKey(&scope, .id, id, in: &stationIndex) else {
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
    attributeOwnStationIDs()
  }

  /// Validates `workers.csv` against the accepted stations.
  func validateWorkers(_ entry: InputFolder.Entry) throws(IngestError) {
    let (source, fileIndex) = try open(entry)
    var scope = try RowScope<WorkerColumn>(source: source, fileIndex: fileIndex, masksPersonalData: !options.unmasked)
    scope.attribution = .stationCell(.stationID, stations: stationIndex)
    var table = WorkerTable()
    try forEachRow(&scope) { scope throws(IngestError) in
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
      guard let station, try claimKey(&scope, .id, id, in: &workerIndex) else {
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
}
