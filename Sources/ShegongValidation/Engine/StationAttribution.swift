import ShegongIngest

/// How the issues of a file's rows are attributed to a station (SPEC §5 "Issues by station"):
/// by which cell, resolved against which accepted rows.
enum StationAttribution<Column: InputColumn>: Sendable {
  /// Never (`areas.csv`).
  case none
  /// By the row's own id in `Column` (`stations.csv`), resolved once every station is read.
  case ownID(Column)
  /// By the station id in `Column`, among the accepted stations.
  case stationCell(Column, stations: IDIndex)
  /// By the station id in `station`, or when that cell is empty by the station of the accepted
  /// worker in `worker` (a services row).
  case stationOrWorker(station: Column, worker: Column, stations: IDIndex, workers: IDIndex, workerStations: [Int32])
  /// By the station of the accepted activity in `Column` (an `attendance.csv` row).
  case activity(Column, activities: IDIndex, activityStations: [Int32])
}

extension RowScope {
  /// The station the current row's issues are attributed to, or -1: none for a row whose CSV
  /// syntax is broken or that is too short to hold the cell that names it.
  mutating func attributedStation() -> Int32 {
    guard record.problem == nil else { return -1 }
    switch attribution {
    case .none, .ownID:
      return -1
    case .stationCell(let column, let stations):
      guard let cell = cell(column) else { return -1 }
      return stations.index(of: cell) ?? -1
    case .stationOrWorker(let station, let worker, let stations, let workers, let workerStations):
      guard let stationCell = cell(station) else { return -1 }
      if !stationCell.isEmpty { return stations.index(of: stationCell) ?? -1 }
      guard let workerCell = cell(worker), let found = workers.index(of: workerCell) else { return -1 }
      return workerStations[Int(found)]
    case .activity(let column, let activities, let activityStations):
      guard let cell = cell(column), let found = activities.index(of: cell) else { return -1 }
      return activityStations[Int(found)]
    }
  }

  /// The row's id for ``StationAttribution/ownID(_:)``, or nil when the row cannot give one.
  mutating func ownID() -> String? {
    guard record.problem == nil, case .ownID(let column) = attribution, let cell = cell(column) else { return nil }
    return String(decoding: cell, as: UTF8.self)
  }

  /// The trimmed, folded value of `column` (empty when the header lacks it), or nil when the row is
  /// too short to hold its cell.
  private mutating func cell(_ column: Column) -> UnsafeBufferPointer<UInt8>? {
    if let position = positions[column.rawValue], position >= record.fields.count { return nil }
    return value(column)
  }
}
