import ShegongIngest
import ShegongValidation

extension Aggregator {
  /// `data_quality`: the files in reading order, the issue count of each code that occurred, and
  /// the issues by station.
  static func dataQuality(_ inputs: ValidatedInputs) -> DataQuality {
    let codes = IssueCode.allCases
    let position = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
    // One slot per accepted station, then one for the unattributed.
    let stationCount = inputs.stations.count
    let unattributed = stationCount
    var counts = [Int](repeating: 0, count: (stationCount + 1) * codes.count)
    var rejected = [Int](repeating: 0, count: stationCount + 1)
    var warnings = [Int](repeating: 0, count: stationCount + 1)
    // The last rejected row counted in each slot: issues come by file, then line, so a row's
    // issues are together and a row is counted once.
    var lastRejected = [(file: Int, line: Int32)](repeating: (-1, 0), count: stationCount + 1)
    for record in inputs.issues.records {
      guard let code = position[record.code] else { continue }
      let slot = record.stationIndex.map { $0 < stationCount ? $0 : unattributed } ?? unattributed
      counts[slot * codes.count + code] += 1
      if record.severity == .warning {
        warnings[slot] += 1
      } else if lastRejected[slot] != (record.fileIndex, record.line) {
        lastRejected[slot] = (record.fileIndex, record.line)
        rejected[slot] += 1
      }
    }
    func occurred(_ slot: Int) -> [IssueCount] {
      codes.indices.filter { counts[slot * codes.count + $0] > 0 }
        .map { IssueCount(code: codes[$0], count: counts[slot * codes.count + $0]) }
        .sorted { bytewiseLess($0.code.rawValue, $1.code.rawValue) }
    }
    var total = [Int](repeating: 0, count: codes.count)
    for slot in 0...stationCount {
      for code in codes.indices { total[code] += counts[slot * codes.count + code] }
    }
    let issuesByCode = codes.indices.filter { total[$0] > 0 }
      .map { IssueCount(code: codes[$0], count: total[$0]) }
      .sorted { bytewiseLess($0.code.rawValue, $1.code.rawValue) }
    let stations = inputs.stations
    let areas = inputs.areas
    var rows = (0..<stationCount).filter { rejected[$0] + warnings[$0] > 0 }.map { station in
      let township = Int(areas.township[Int(stations.area[station])])
      return StationIssuesRow(
        kind: .station, stationId: stations.id[station], name: stations.name[station],
        townshipName: areas.name[township], rejected: rejected[station], warnings: warnings[station],
        issuesByCode: occurred(station))
    }
    rows.sort { bytewiseLess($0.stationId, $1.stationId) }
    if rejected[unattributed] + warnings[unattributed] > 0 {
      rows.append(
        StationIssuesRow(
          kind: .unattributed, stationId: "", name: "", townshipName: "", rejected: rejected[unattributed],
          warnings: warnings[unattributed], issuesByCode: occurred(unattributed)))
    }
    return DataQuality(files: inputs.files, issuesByCode: issuesByCode, stations: rows)
  }
}
