import Foundation
import Testing

/// A small, valid inputs folder written from text, to break one file at a time.
private enum MiniInputs {
  static let areas = """
    area_code,name,level,parent_code
    370000001000,城关街道,township,
    370000001001,东关社区,village,370000001000

    """
  static let stations = """
    station_id,name,type,area_code,opened_on,closed_on,posts_planned
    ST01,城关社工站,station,370000001000,2025-01-01,,2

    """
  static let workers = """
    worker_id,name,role,station_id,certified,start_date,end_date
    W01,王芳,social_worker,ST01,yes,2025-01-01,

    """
  static let beneficiaries = """
    beneficiary_id,name,id_number,household_id,area_code,station_id,categories,disability_type,\
    disability_grade,registered_on,exited_on
    B01,张三,,H01,370000001001,ST01,dibao,,,2025-01-01,

    """
  static let servicesHeader =
    "record_id,date,worker_id,beneficiary_id,service_type,duration,station_id,start_time,case_stage,note\n"
  static let serviceRow = "R0001,2026-07-01,W01,B01,home_visit,1,,09:00,,\n"

  /// Writes the folder and returns its path; `services/2026-07.csv` holds one good row.
  static func make() throws -> String {
    let folder = try CommandRunner.temporaryFolder() + "/inputs"
    try FileManager.default.createDirectory(atPath: folder + "/services", withIntermediateDirectories: true)
    try write(areas, to: folder + "/areas.csv")
    try write(stations, to: folder + "/stations.csv")
    try write(workers, to: folder + "/workers.csv")
    try write(beneficiaries, to: folder + "/beneficiaries.csv")
    try write(servicesHeader + serviceRow, to: folder + "/services/2026-07.csv")
    return folder
  }

  static func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  static func write(_ data: Data, to path: String) throws {
    try data.write(to: URL(fileURLWithPath: path))
  }
}

/// The issues of a `validate` run as (file, line, column, severity, code).
private func issues(_ result: CommandRunner.Result) -> [[String]] {
  parseCSV(result.output).dropFirst().map { Array($0.prefix(5)) }
}

private func validate(_ inputs: String) throws -> CommandRunner.Result {
  try CommandRunner.run(["validate", "--inputs", inputs, "--as-of", "2026-11-20"])
}

/// Text encoded as UTF-16 with its byte-order mark.
private func utf16(_ text: String, bigEndian: Bool) -> Data {
  var data = Data(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
  for unit in text.utf16 {
    let high = UInt8(unit >> 8)
    let low = UInt8(unit & 0xFF)
    data.append(contentsOf: bigEndian ? [high, low] : [low, high])
  }
  return data
}

@Suite("hostile inputs: every broken file ends in the exit code and issue codes SPEC prescribes")
struct HostileInputTests {
  /// One change that makes the inputs unusable.
  struct Unusable: CustomTestStringConvertible, Sendable {
    var name: String
    var file: String
    var contents: Data?
    /// Text stderr must contain.
    var mentions: String
    var testDescription: String { name }
  }

  static let unusableCases: [Unusable] = [
    Unusable(name: "0-byte required file", file: "areas.csv", contents: Data(), mentions: "areas.csv"),
    Unusable(name: "0-byte optional file", file: "activities.csv", contents: Data(), mentions: "activities.csv"),
    Unusable(name: "0-byte policy.json", file: "policy.json", contents: Data(), mentions: "policy.json"),
    Unusable(name: "missing required file", file: "stations.csv", contents: nil, mentions: "stations.csv"),
    Unusable(
      name: "missing required column", file: "workers.csv",
      contents: Data("worker_id,name,station_id,start_date\nW01,王芳,ST01,2025-01-01\n".utf8), mentions: "role"),
    Unusable(
      name: "duplicate column name + 名称", file: "areas.csv",
      contents: Data("area_code,name,名称,level,parent_code\n370000001000,城关街道,城关街道,township,\n".utf8),
      mentions: "areas.csv"),
    Unusable(
      name: "binary garbage", file: "stations.csv",
      contents: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF, 0xFE, 0x80, 0xFF, 0x81, 0x00, 0xC3]),
      mentions: "stations.csv"),
    Unusable(
      name: "invalid UTF-8 after a UTF-8 BOM", file: "workers.csv",
      contents: Data([0xEF, 0xBB, 0xBF] + Array(MiniInputs.workers.utf8) + [0xC3, 0x28, 0xFF, 0x0A]),
      mentions: "workers.csv"),
    Unusable(
      name: "header with an unclosed quote", file: "stations.csv",
      contents: Data("station_id,\"name,type,area_code,opened_on\nST01,a,station,370000001000,2025-01-01\n".utf8),
      mentions: "stations.csv"),
    Unusable(
      name: "duplicate column duration + 服务时长", file: "services/2026-07.csv",
      contents: Data("record_id,date,worker_id,beneficiary_id,service_type,duration,服务时长\n".utf8),
      mentions: "2026-07.csv"),
    Unusable(
      name: "UTF-16LE BOM over an odd-length UTF-8 body", file: "workers.csv",
      contents: Data([0xFF, 0xFE] + Array(MiniInputs.workers.utf8) + [0x41]), mentions: "workers.csv"),
    Unusable(
      name: "both services.csv and services/", file: "services.csv",
      contents: Data((MiniInputs.servicesHeader + MiniInputs.serviceRow).utf8), mentions: "services"),
  ]

  @Test("unusable inputs exit 3 and name the file or column", arguments: unusableCases)
  func unusable(_ change: Unusable) throws {
    let inputs = try MiniInputs.make()
    let path = inputs + "/" + change.file
    if let contents = change.contents {
      try MiniInputs.write(contents, to: path)
    } else {
      try FileManager.default.removeItem(atPath: path)
    }
    let result = try validate(inputs)
    #expect(result.status == 3, "\(result.stderr)")
    #expect(result.stderr.contains(change.mentions), "\(result.stderr)")
    #expect(issues(result).isEmpty)
  }

  @Test("a services/ folder with no .csv file is unusable")
  func servicesFolderWithoutCSV() throws {
    let inputs = try MiniInputs.make()
    try FileManager.default.removeItem(atPath: inputs + "/services/2026-07.csv")
    try MiniInputs.write("not a table\n", to: inputs + "/services/readme.txt")
    let result = try validate(inputs)
    #expect(result.status == 3, "\(result.stderr)")
    #expect(result.stderr.contains("services"))
  }

  @Test("--inputs naming nothing, or naming a file, is unusable")
  func inputsNotAFolder() throws {
    let base = try CommandRunner.temporaryFolder()
    let missing = try validate(base + "/no-such-folder")
    #expect(missing.status == 3, "\(missing.stderr)")
    #expect(missing.stderr.contains("no-such-folder"))
    try MiniInputs.write("x\n", to: base + "/plain.csv")
    let file = try validate(base + "/plain.csv")
    #expect(file.status == 3, "\(file.stderr)")
    #expect(file.stderr.contains("plain.csv"))
  }

  /// A malformed policy and the key the message must name.
  static let policyCases: [(String, String)] = [
    ("not json at all {", "policy.json"),
    ("[1, 2, 3]", "policy.json"),
    (#"{"visit_interval_days": {"dibao": -5}}"#, "dibao"),
    (#"{"visit_interval_days": {"dibao": 30.5}}"#, "dibao"),
    (#"{"visit_interval_days": {"martian": 30}}"#, "martian"),
    (#"{"max_record_hours": 0}"#, "max_record_hours"),
    (#"{"max_worker_hours_per_day": "12"}"#, "max_worker_hours_per_day"),
    (#"{"contact_service_types": ["home_visit", "teleport"]}"#, "contact_service_types"),
    (#"{"pay": {"hourly": {"home_visit": -40}}}"#, "home_visit"),
  ]

  @Test("a malformed policy.json exits 3 naming the key", arguments: policyCases)
  func malformedPolicy(_ text: String, key: String) throws {
    let inputs = try MiniInputs.make()
    try MiniInputs.write(text, to: inputs + "/policy.json")
    let result = try validate(inputs)
    #expect(result.status == 3, "\(result.stderr)")
    #expect(result.stderr.contains("policy.json"), "\(result.stderr)")
    #expect(result.stderr.contains(key), "\(result.stderr)")
  }

  @Test(
    "a header-only file is read as 0 rows",
    arguments: [
      ("services/2026-07.csv", MiniInputs.servicesHeader),
      ("activities.csv", "activity_id,date,station_id,kind,lead_worker_id,duration,participants\r\n"),
      ("attendance.csv", "activity_id,beneficiary_id"),
    ])
  func headerOnly(_ file: String, header: String) throws {
    let inputs = try MiniInputs.make()
    if file == "attendance.csv" {
      // Attendance needs its activities file to be present to mean anything; give it an empty one.
      try MiniInputs.write(
        "activity_id,date,station_id,kind,lead_worker_id,duration,participants\n", to: inputs + "/activities.csv")
    }
    try MiniInputs.write(header, to: inputs + "/" + file)
    let result = try validate(inputs)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(issues(result).isEmpty)
    #expect(result.stderr.contains("\(file) (UTF-8): 0 rows, 0 accepted"), "\(result.stderr)")
  }

  /// One bad service row: the field replaced, its value, and the issue (column, code) expected.
  struct BadService: CustomTestStringConvertible, Sendable {
    var field: Int
    var value: String
    var column: String
    var code: String
    var testDescription: String { "\(column)=\(value.debugDescription) → \(code)" }
  }

  static let badServices: [BadService] = [
    BadService(field: 1, value: "2026-02-30", column: "date", code: "type-error"),
    BadService(field: 1, value: "2026-13-01", column: "date", code: "type-error"),
    BadService(field: 1, value: "20261345", column: "date", code: "type-error"),
    BadService(field: 1, value: "2026-07-01 09:00", column: "date", code: "type-error"),
    BadService(field: 7, value: "24:00", column: "start_time", code: "type-error"),
    BadService(field: 7, value: "9:60", column: "start_time", code: "type-error"),
    BadService(field: 5, value: "0", column: "duration", code: "constraint-error"),
    BadService(field: 5, value: "-1", column: "duration", code: "constraint-error"),
    BadService(field: 5, value: "99999", column: "duration", code: "constraint-error"),
    BadService(field: 5, value: "1e9", column: "duration", code: "type-error"),
    BadService(field: 5, value: "1小时90分", column: "duration", code: "type-error"),
    BadService(field: 5, value: "99999999999999999999999", column: "duration", code: "type-error"),
    BadService(field: 5, value: "1\u{0}5", column: "duration", code: "type-error"),
    BadService(field: 5, value: String(repeating: "9", count: 20_000_000), column: "duration", code: "type-error"),
  ]

  @Test("a bad value in a service row is rejected with the exact code", arguments: badServices)
  func badServiceValue(_ bad: BadService) throws {
    let inputs = try MiniInputs.make()
    var fields = "R0002,2026-07-02,W01,B01,home_visit,1,,10:00,,".components(separatedBy: ",")
    fields[bad.field] = bad.value
    let text = MiniInputs.servicesHeader + MiniInputs.serviceRow + fields.joined(separator: ",") + "\n"
    try MiniInputs.write(text, to: inputs + "/services/2026-07.csv")
    let result = try validate(inputs)
    #expect(result.status == 4, "\(result.stderr.prefix(2000))")
    #expect(issues(result) == [["services/2026-07.csv", "3", bad.column, "error", bad.code]])
  }

  @Test("NUL bytes and a 20 MB note inside free text are accepted")
  func oddFreeText() throws {
    let inputs = try MiniInputs.make()
    let big = String(repeating: "长", count: 7_000_000)
    let text =
      MiniInputs.servicesHeader + MiniInputs.serviceRow
      + "R0002,2026-07-02,W01,B01,home_visit,1,,10:00,,有\u{0}空字符\n"
      + "R0003,2026-07-03,W01,B01,home_visit,1,,10:00,,\"\(big)\"\n"
    try MiniInputs.write(text, to: inputs + "/services/2026-07.csv")
    let result = try validate(inputs)
    #expect(result.status == 0, "\(result.stderr.prefix(2000))")
    #expect(issues(result).isEmpty)
  }

  @Test("an unclosed quote early in a long services file swallows the rest as one malformed row")
  func unclosedQuote() throws {
    let inputs = try MiniInputs.make()
    var text = MiniInputs.servicesHeader + MiniInputs.serviceRow
    text += "R0002,2026-07-02,W01,B01,home_visit,1,,10:00,,\"没有结束的引号\n"
    for number in 3...3000 {
      let day = number % 28 + 1
      text += "R\(10_000 + number),2026-07-\(day < 10 ? "0" : "")\(day),W01,B01,phone_follow_up,10min,,,,\n"
    }
    try MiniInputs.write(text, to: inputs + "/services/2026-07.csv")
    let result = try validate(inputs)
    #expect(result.status == 4, "\(result.stderr)")
    #expect(issues(result) == [["services/2026-07.csv", "3", "", "error", "malformed-row"]])
    let message = parseCSV(result.output).dropFirst().first?[5] ?? ""
    #expect(message.contains("3001"), "\(message)")
  }

  @Test("10 000 cells in a row are an extra-cell; 10 000 columns in a header are ignored")
  func manyColumns() throws {
    let wide = String(repeating: ",x", count: 10_000)
    let inputs = try MiniInputs.make()
    let row = "R0002,2026-07-02,W01,B01,home_visit,1,,10:00,," + wide + "\n"
    try MiniInputs.write(MiniInputs.servicesHeader + MiniInputs.serviceRow + row, to: inputs + "/services/2026-07.csv")
    let result = try validate(inputs)
    #expect(result.status == 4)
    #expect(issues(result) == [["services/2026-07.csv", "3", "", "error", "extra-cell"]])

    let other = try MiniInputs.make()
    let header = String(MiniInputs.servicesHeader.dropLast()) + (1...10_000).map { ",extra\($0)" }.joined() + "\n"
    let good = String(MiniInputs.serviceRow.dropLast()) + wide + "\n"
    try MiniInputs.write(header + good, to: other + "/services/2026-07.csv")
    let wideHeader = try validate(other)
    #expect(wideHeader.status == 0, "\(wideHeader.stderr)")
    #expect(issues(wideHeader).isEmpty)
  }

  @Test("UTF-16LE and UTF-16BE files with a BOM, and lone-CR line ends, read fine")
  func encodingsAndLineEnds() throws {
    let inputs = try MiniInputs.make()
    try MiniInputs.write(utf16(MiniInputs.workers, bigEndian: false), to: inputs + "/workers.csv")
    try MiniInputs.write(utf16(MiniInputs.stations, bigEndian: true), to: inputs + "/stations.csv")
    try MiniInputs.write(MiniInputs.areas.replacingOccurrences(of: "\n", with: "\r"), to: inputs + "/areas.csv")
    let result = try validate(inputs)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(issues(result).isEmpty)
    #expect(result.stderr.contains("workers.csv (UTF-16LE): 1 rows, 1 accepted"), "\(result.stderr)")
    #expect(result.stderr.contains("stations.csv (UTF-16BE): 1 rows, 1 accepted"), "\(result.stderr)")
    #expect(result.stderr.contains("areas.csv (UTF-8): 2 rows, 2 accepted"), "\(result.stderr)")
  }

  @Test("services/ files in mixed encodings, with spaces and Chinese in their names, are each named")
  func mixedServicesFolder() throws {
    let inputs = try MiniInputs.make()
    let folder = inputs + "/services/"
    let chineseHeader = "记录编号,服务日期,服务人员编号,对象编号,服务类型,服务时长\r\n"
    let gb18030 = try #require(
      (chineseHeader + "R0002,2026/8/1,W01,B01,入户探访,1小时\r\n")
        .data(using: String.Encoding(rawValue: 0x8000_0632)))  // GB18030
    try MiniInputs.write(gb18030, to: folder + "八月 服务.csv")
    try MiniInputs.write(
      utf16(MiniInputs.servicesHeader + "R0003,2026-09-01,W01,B01,home_visit,,,,,\n", bigEndian: false),
      to: folder + "september data.CSV")
    try MiniInputs.write("ignored", to: folder + "notes.txt")
    let result = try validate(inputs)
    #expect(result.status == 4, "\(result.stderr)")
    #expect(issues(result) == [["services/september data.CSV", "2", "duration", "error", "missing-value"]])
    #expect(result.stderr.contains("services/八月 服务.csv (GB18030)"), "\(result.stderr)")
  }

  @Test("the committed sample's services/ in mixed encodings stays clean after one unclosed quote")
  func committedSampleUnclosedQuote() throws {
    let inputs = try CommandRunner.copyOfInputs()
    let path = inputs + "/services/2026-04.csv"
    var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
    try #require(lines.count > 100)
    lines[2] += "\"备注"
    try MiniInputs.write(lines.joined(separator: "\n"), to: path)
    let result = try validate(inputs)
    #expect(result.status == 4, "\(result.stderr)")
    #expect(issues(result) == [["services/2026-04.csv", "3", "", "error", "malformed-row"]])
  }

  /// Station, worker and other names written to look like spreadsheet formulas.
  private func formulaInputs() throws -> String {
    let inputs = try MiniInputs.make()
    try MiniInputs.write(
      MiniInputs.stations + "ST02,\"=1+1\",point,370000001001,2025-01-01,,0\n"
        + "ST03,\"@SUM(A1,A2)\",point,370000001001,2025-01-01,,0\n"
        + "ST04,\"甲|乙\n丙站\",point,370000001001,2025-01-01,,0\n",
      to: inputs + "/stations.csv")
    try MiniInputs.write(
      MiniInputs.workers + "W02,+86,social_worker,ST02,no,2025-01-01,\n", to: inputs + "/workers.csv")
    try MiniInputs.write(
      MiniInputs.servicesHeader + MiniInputs.serviceRow + "R0002,2026-07-02,W02,B01,case_work,1,,10:00,,\n",
      to: inputs + "/services/2026-07.csv")
    return inputs
  }

  @Test("formula-looking names are accepted and written to the workbook as strings, never formulas")
  func formulaNames() throws {
    let inputs = try formulaInputs()
    let check = try validate(inputs)
    #expect(check.status == 0, "\(check.stderr)")
    #expect(issues(check).isEmpty)

    let out = try CommandRunner.temporaryFolder() + "/out"
    let result = try CommandRunner.run([
      "report", "--inputs", inputs, "--out", out, "--templates", CommandRunner.templates, "--as-of", "2026-11-20",
      "--period", "2026-07", "--quiet",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let unzipped = try CommandRunner.temporaryFolder()
    let unzip = Process()
    unzip.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
    unzip.arguments = ["-q", out + "/shegong-2026-07.xlsx", "-d", unzipped]
    try unzip.run()
    unzip.waitUntilExit()
    #expect(unzip.terminationStatus == 0)
    let sheets = try FileManager.default.contentsOfDirectory(atPath: unzipped + "/xl/worksheets")
      .filter { $0.hasSuffix(".xml") }
    #expect(!sheets.isEmpty)
    var everything = ""
    for sheet in sheets {
      let xml = try String(contentsOfFile: unzipped + "/xl/worksheets/" + sheet, encoding: .utf8)
      #expect(!xml.contains("<f>") && !xml.contains("<f "), "\(sheet) holds a formula")
      everything += xml
    }
    if let shared = try? String(contentsOfFile: unzipped + "/xl/sharedStrings.xml", encoding: .utf8) {
      everything += shared
    }
    for name in ["=1+1", "@SUM(A1,A2)", "+86"] {
      #expect(everything.contains(name), "\(name) is missing from the workbook")
    }

    // The Markdown station table keeps one row per station, whatever the names hold.
    let markdown = try String(contentsOfFile: out + "/report-2026-07.md", encoding: .utf8)
    let lines = markdown.components(separatedBy: "\n")
    func tableRows(_ id: String) -> [String] { lines.filter { $0.hasPrefix("|") && $0.contains("| \(id) |") } }
    func cellBreaks(_ row: String) -> Int {
      row.filter { $0 == "|" }.count - row.components(separatedBy: "\\|").count + 1
    }
    let plain = tableRows("ST03")
    let awkward = tableRows("ST04")
    #expect(!awkward.isEmpty)
    #expect(awkward.count == plain.count, "\(awkward)")
    for (row, reference) in zip(awkward, plain) {
      #expect(cellBreaks(row) == cellBreaks(reference), "\(row)")
      #expect(row.contains("甲\\|乙") && row.contains("丙站"), "\(row)")
    }
    #expect(!lines.contains { $0.hasPrefix("丙站") })
  }
}
