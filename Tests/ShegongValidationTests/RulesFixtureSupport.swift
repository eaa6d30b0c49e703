import Foundation
import ShegongIngest
import Testing

@testable import ShegongValidation

/// One issue as a rules test states it: where it is, its code and its severity.
struct Finding: Equatable, CustomStringConvertible {
  var file: String
  var line: Int
  var column: String
  var code: String
  var severity: String

  var description: String { "\(severity) \(file):\(line):[\(column)] \(code)" }
}

/// An expected `error` (the row is rejected).
func err(_ file: String, _ line: Int, _ column: String, _ code: String) -> Finding {
  Finding(file: file, line: line, column: column, code: code, severity: "error")
}

/// An expected `warning` (the row is kept).
func warn(_ file: String, _ line: Int, _ column: String, _ code: String) -> Finding {
  Finding(file: file, line: line, column: column, code: code, severity: "warning")
}

/// The row accounting of one file.
struct Tally: Equatable, CustomStringConvertible {
  var rows: Int
  var accepted: Int
  var rejected: Int
  var description: String { "rows \(rows) = accepted \(accepted) + rejected \(rejected)" }

  init(rows: Int, accepted: Int, rejected: Int) {
    self.rows = rows
    self.accepted = accepted
    self.rejected = rejected
  }
}

/// The header lines of SPEC §3, with every column, in SPEC order.
enum Header {
  static let areas = "area_code,name,level,parent_code"
  static let stations = "station_id,name,type,area_code,opened_on,closed_on,posts_planned"
  static let workers = "worker_id,name,role,station_id,certified,start_date,end_date"
  static let beneficiaries =
    "beneficiary_id,name,id_number,household_id,area_code,station_id,categories,disability_type,"
    + "disability_grade,registered_on,exited_on"
  static let services =
    "record_id,date,worker_id,beneficiary_id,service_type,duration,station_id,start_time,case_stage,note"
  static let activities =
    "activity_id,date,station_id,kind,title,lead_worker_id,duration,participants,volunteer_count,volunteer_hours,"
    + "target_group"
  static let attendance = "activity_id,beneficiary_id"
}

/// The text of a CSV file: one line per argument, header first, each ended by a line feed.
///
/// The header is physical line 1, so the n-th argument is line n.
func csv(_ lines: String...) -> String {
  lines.map { $0 + "\n" }.joined()
}

/// An inputs folder written from strings: a small valid base that a test overrides file by file.
///
/// The base (every row accepted, no issue):
/// - `areas.csv`: townships T1 城关镇 (line 2) and T2 河西乡 (line 3); villages V1 东村 under T1
///   (line 4) and V2 西村 under T2 (line 5).
/// - `stations.csv`: ST01 station in T1 (line 2), ST02 station in T2 (line 3), P01 point in V1
///   (line 4), all opened 2025-01-01.
/// - `workers.csv`: W1 social worker at ST01 (line 2), W2 social worker at ST02 (line 3), W3
///   volunteer at ST01 (line 4), all employed from 2025-01-01.
/// - `beneficiaries.csv`: B1 张三倩 at ST01 in V1 with a valid ID number (line 2), B2 欧阳娜娜 at
///   ST01 in V1 (line 3), B3 刘洋 at ST02 in V2 (line 4), all registered from 2025-01-01.
/// - `services.csv`: the header only. No `activities.csv`, `attendance.csv` or `policy.json`.
struct Fixture {
  static let base: [String: String] = [
    "areas.csv": csv(
      Header.areas,
      "T1,城关镇,township,",
      "T2,河西乡,township,",
      "V1,东村,village,T1",
      "V2,西村,village,T2"),
    "stations.csv": csv(
      Header.stations,
      "ST01,城关社工站,station,T1,2025-01-01,,2",
      "ST02,河西社工站,station,T2,2025-01-01,,1",
      "P01,东村服务点,point,V1,2025-01-01,,0"),
    "workers.csv": csv(
      Header.workers,
      "W1,李明,social_worker,ST01,yes,2025-01-01,",
      "W2,王芳,social_worker,ST02,no,2025-01-01,",
      "W3,赵亮,volunteer,ST01,,2025-01-01,"),
    "beneficiaries.csv": csv(
      Header.beneficiaries,
      "B1,张三倩,11010519491231002X,H1,V1,ST01,elderly_alone,,,2025-01-01,",
      "B2,欧阳娜娜,,H1,V1,ST01,dibao;disabled,physical,2,2025-01-01,",
      "B3,刘洋,,,V2,ST02,left_behind_child,,,2025-01-01,"),
    "services.csv": csv(Header.services),
  ]

  /// Relative path → file text.
  var files: [String: String]

  /// The base with `overrides` applied: a text replaces (or adds) a file, nil removes it.
  init(_ overrides: [String: String?] = [:]) {
    var files = Self.base
    for (path, text) in overrides { files[path] = text }
    self.files = files
  }

  /// Writes the files into a new temporary folder and returns its path.
  func write() throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("shegong-rules-\(UUID().uuidString)", isDirectory: true)
    for (path, text) in files {
      let url = folder.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    return folder.path
  }

  /// Validates the folder with `--as-of` (default 2026-03-31).
  ///
  /// Also checks what holds for every run: each file's `rows = accepted + rejected`, the tables
  /// hold as many rows as were accepted, and every issue's severity follows from its code.
  func validate(
    asOf: String = "2026-03-31", unmasked: Bool = false, threads: Int? = nil, minimumPieceBytes: Int? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> ValidatedInputs {
    let path = try write()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let day = try #require(ValueParser.date(asOf), sourceLocation: sourceLocation)
    var options = ValidationOptions(asOf: day, unmasked: unmasked, threads: threads)
    if let minimumPieceBytes { options.minimumPieceBytes = minimumPieceBytes }
    let result = try Validator.validate(InputFolder(path: path), options: options)
    for file in result.files {
      #expect(file.rows == file.accepted + file.rejected, "\(file.name)", sourceLocation: sourceLocation)
      let warnings = result.issues.filter { $0.file == file.name && $0.severity == .warning }.count
      #expect(file.warnings == warnings, "\(file.name) warnings", sourceLocation: sourceLocation)
    }
    let accepted = { (name: String) in result.files.filter { $0.name == name }.map(\.accepted).reduce(0, +) }
    #expect(result.areas.count == accepted("areas.csv"), sourceLocation: sourceLocation)
    #expect(result.stations.count == accepted("stations.csv"), sourceLocation: sourceLocation)
    #expect(result.workers.count == accepted("workers.csv"), sourceLocation: sourceLocation)
    #expect(result.beneficiaries.count == accepted("beneficiaries.csv"), sourceLocation: sourceLocation)
    #expect(result.activities.count == accepted("activities.csv"), sourceLocation: sourceLocation)
    #expect(result.attendance.count == accepted("attendance.csv"), sourceLocation: sourceLocation)
    let serviceRows = result.files.filter { $0.name == "services.csv" || $0.name.hasPrefix("services/") }
    #expect(result.services.count == serviceRows.map(\.accepted).reduce(0, +), sourceLocation: sourceLocation)
    return result
  }

  /// The IngestError that validating the folder throws, or nil when it does not throw.
  func validationError(asOf: String = "2026-03-31", threads: Int? = nil) throws -> IngestError? {
    let path = try write()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let day = try #require(ValueParser.date(asOf))
    do {
      _ = try Validator.validate(InputFolder(path: path), options: ValidationOptions(asOf: day, threads: threads))
      return nil
    } catch {
      return error
    }
  }
}

extension ValidatedInputs {
  /// Every issue as a rules test states it, in report order.
  var findings: [Finding] {
    issues.map {
      Finding(file: $0.file, line: $0.line, column: $0.column, code: $0.code.rawValue, severity: $0.severity.rawValue)
    }
  }

  /// The row accounting of the file named `name` (nil when it was not read).
  func tally(_ name: String) -> Tally? {
    files.first { $0.name == name }.map { Tally(rows: $0.rows, accepted: $0.accepted, rejected: $0.rejected) }
  }

  /// The issues of one file at one line.
  func issuesAt(_ file: String, line: Int) -> [ShegongValidation.Issue] {
    issues.filter { $0.file == file && $0.line == line }
  }

  /// The day number of `text`, for comparing table contents.
  static func day(_ text: String) -> Day? { ValueParser.date(text) }
}
