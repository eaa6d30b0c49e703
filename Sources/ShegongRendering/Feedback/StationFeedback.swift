import ShegongAggregation
import ShegongValidation

/// What one station gets back with `--feedback` (SPEC §7): its row of `by_station`, the issues
/// attributed to it and the overdue people on its register, kept as positions in the run's lists.
public struct StationFeedback: Sendable {
  /// The station's row of `by_station`.
  public let station: StationRow
  /// Positions in the run's issues of the issues attributed to the station, in file and line order.
  public let issues: [Int32]
  /// Positions in the overdue list of the people on the station's register, longest overdue first.
  public let overdue: [Int32]
  /// Rows of the station's files rejected (distinct file and line among its error issues).
  public let rejected: Int
  /// Warning issues attributed to the station.
  public let warnings: Int
  /// The workbook's file name inside the output folder: `feedback/ST0001-2026-10.xlsx`.
  public let fileName: String

  /// The stations that get a workbook: every accepted station (a row of `by_station`) with at least
  /// one attributed issue or one overdue person on its register, by `station_id` bytewise.
  ///
  /// Reads the issues' records (their station, code, file and line) without wording them.
  ///
  /// - Parameters:
  ///   - figures: The figures of the period.
  ///   - issues: Every issue of the run, in the order the issues CSV lists them.
  public static func stations(figures: Figures, issues: IssueList) -> [StationFeedback] {
    let rows = figures.byStation
    var rowOfId: [String: Int] = [:]
    rowOfId.reserveCapacity(rows.count)
    for (index, row) in rows.enumerated() { rowOfId[row.stationId] = index }
    let records = issues.records
    var issuesOfRow = [[Int32]](repeating: [], count: rows.count)
    for position in records.indices {
      let id = issues.stationID(at: position)
      guard !id.isEmpty, let row = rowOfId[id] else { continue }
      issuesOfRow[row].append(Int32(position))
    }
    var overdueOfRow = [[Int32]](repeating: [], count: rows.count)
    for (id, positions) in figures.overdue.positionsByStation() {
      guard let row = rowOfId[id] else { continue }
      overdueOfRow[row] = positions
    }
    var result: [StationFeedback] = []
    for (index, row) in rows.enumerated() where !issuesOfRow[index].isEmpty || !overdueOfRow[index].isEmpty {
      var warnings = 0
      var rejectedRows = Set<RowPosition>()
      for position in issuesOfRow[index] {
        let record = records[Int(position)]
        if record.severity == .warning {
          warnings += 1
        } else {
          rejectedRows.insert(RowPosition(file: record.fileIndex, line: Int(record.line)))
        }
      }
      result.append(
        StationFeedback(
          station: row, issues: issuesOfRow[index], overdue: overdueOfRow[index], rejected: rejectedRows.count,
          warnings: warnings, fileName: fileName(station: row.stationId, period: figures.period)))
    }
    return result
  }

  /// `feedback/<station_id>-<label>.xlsx`, with any byte of the id that a file name cannot hold
  /// (`/`, `\`, a control character, and `:*?"<>|`, which Windows refuses) written as `_`.
  public static func fileName(station id: String, period: Period) -> String {
    let safe = String(
      id.unicodeScalars.map { scalar -> Character in
        scalar.value < 0x20 || "/\\:*?\"<>|".unicodeScalars.contains(scalar) ? "_" : Character(scalar)
      })
    let name = safe.isEmpty || safe.allSatisfy({ $0 == "." }) ? "_" + safe : safe
    return "feedback/\(name)-\(period.label).xlsx"
  }

  /// The index file's name inside the output folder: `feedback/index-2026-10.csv`.
  public static func indexFileName(for period: Period) -> String {
    "feedback/index-\(period.label).csv"
  }

  /// The overdue people in the station's list, worded as rows.
  func overdueRows(in all: OverdueRows) -> [OverdueRow] {
    overdue.map { all[Int($0)] }
  }
}

/// A row of an input file: the file's index in reading order and the line.
private struct RowPosition: Hashable {
  /// The file's index in reading order.
  let file: Int
  /// The line where the row starts.
  let line: Int
}
