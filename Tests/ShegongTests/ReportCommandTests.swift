import Foundation
import Testing

@Suite("shegong report on the committed sample", .serialized)
struct ReportCommandTests {
  static let asOf = "2026-11-20"

  private func report(_ extra: [String], out: String) throws -> CommandRunner.Result {
    try CommandRunner.run(
      [
        "report", "--inputs", CommandRunner.inputs, "--out", out, "--as-of", Self.asOf, "--templates",
        CommandRunner.templates,
      ] + extra)
  }

  private func files(in folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  }

  @Test("the default period is the latest month, every output is written, and a rerun is byte-identical")
  func defaultPeriodAndDeterminism() throws {
    let folder = try CommandRunner.temporaryFolder()
    let first = try report([], out: folder + "/a")
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stderr.contains("period 2026-10"))
    let expected = [
      "issues-2026-10.csv", "manifest-2026-10.json", "metrics-2026-10.json", "overdue-2026-10.csv",
      "report-2026-10.md", "shegong-2026-10.xlsx",
    ]
    #expect(try files(in: folder + "/a") == expected)
    let second = try report(["--quiet"], out: folder + "/b")
    #expect(second.status == 0)
    #expect(second.stderr.isEmpty)
    // The manifests differ in their arguments (--out and --quiet) alone.
    for name in expected where name != "manifest-2026-10.json" {
      let a = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/a/\(name)"))
      let b = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/b/\(name)"))
      #expect(a == b, "\(name) differs between two runs")
    }
    let manifests = try ["a", "b"].map { run in
      try String(contentsOfFile: "\(folder)/\(run)/manifest-2026-10.json", encoding: .utf8)
        .split(separator: "\n").filter { !$0.contains("\"arguments\"") }
    }
    #expect(manifests[0] == manifests[1])
    // The CSV lists start with a UTF-8 BOM so that Excel reads them as Chinese text.
    for name in ["issues-2026-10.csv", "overdue-2026-10.csv"] {
      let list = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/a/\(name)"))
      #expect(Array(list.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(name)")
    }
    // The overdue CSV lists as many people as the metrics count.
    let json = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/a/metrics-2026-10.json"))
    let document = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    let overdue = try #require((document["metrics"] as? [String: Any])?["overdue_beneficiaries"] as? Int)
    let overdueCSV = try String(contentsOfFile: "\(folder)/a/overdue-2026-10.csv", encoding: .utf8)
    #expect(overdue > 1000)
    #expect(overdueCSV.components(separatedBy: "\r\n").count == overdue + 2)
  }

  @Test("--feedback: a workbook per station with issues or overdue people, listed in the index; a rerun replaces them")
  func feedback() throws {
    let folder = try CommandRunner.temporaryFolder()
    let out = folder + "/out"
    let first = try report(["--quiet", "--feedback", "--period", "2026-10"], out: out)
    #expect(first.status == 0, "\(first.stderr)")
    let workbooks = try files(in: out + "/feedback").filter { $0.hasSuffix("-2026-10.xlsx") }
    let index = parseCSV(try String(contentsOfFile: out + "/feedback/index-2026-10.csv", encoding: .utf8))
    #expect(index.first == ["station_id", "name", "township", "file", "rejected", "warnings", "overdue"])
    // One row per workbook, each naming its file; the committed sample has overdue people everywhere.
    #expect(workbooks.count > 10)
    #expect(index.dropFirst().map { $0[3] }.sorted() == workbooks.map { "feedback/" + $0 })
    // The overdue counts add up to the overdue list (every overdue person is on an accepted station's register).
    let overdueCSV = try String(contentsOfFile: out + "/overdue-2026-10.csv", encoding: .utf8)
    let overdue = overdueCSV.components(separatedBy: "\r\n").count - 2
    #expect(index.dropFirst().reduce(0) { $0 + (Int($1[6]) ?? 0) } == overdue)
    // A workbook not written again by a later run of the period goes; another period's and a
    // reader's files stay.
    try Data("stale".utf8).write(to: URL(fileURLWithPath: out + "/feedback/GONE-2026-10.xlsx"))
    try Data("keep".utf8).write(to: URL(fileURLWithPath: out + "/feedback/ST0001-2026-09.xlsx"))
    try Data("keep".utf8).write(to: URL(fileURLWithPath: out + "/feedback/notes.txt"))
    #expect(try report(["--quiet", "--feedback", "--period", "2026-10"], out: out).status == 0)
    #expect(try files(in: out + "/feedback").count == workbooks.count + 3)
    #expect(!FileManager.default.fileExists(atPath: out + "/feedback/GONE-2026-10.xlsx"))
    // Without --feedback the period's feedback goes too.
    #expect(try report(["--quiet", "--period", "2026-10"], out: out).status == 0)
    #expect(try files(in: out + "/feedback") == ["ST0001-2026-09.xlsx", "notes.txt"])
  }

  @Test(
    "quarter, half-year and year periods",
    arguments: [
      ("2026-Q3", "2026-07-01", "2026-09-30", "2026-Q2"), ("2026-H2", "2026-07-01", "2026-12-31", "2026-H1"),
      ("2026", "2026-01-01", "2026-12-31", "2025"),
    ])
  func periods(label: String, start: String, end: String, previous: String) throws {
    let folder = try CommandRunner.temporaryFolder()
    let result = try report(["--period", label, "--quiet"], out: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let json = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/metrics-\(label).json"))
    let document = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    let period = try #require(document["period"] as? [String: Any])
    #expect(period["label"] as? String == label)
    #expect(period["start"] as? String == start)
    #expect(period["end"] as? String == end)
    let previousPeriod = try #require(document["previous_period"] as? [String: Any])
    #expect(previousPeriod["label"] as? String == previous)
    let metrics = try #require(document["metrics"] as? [String: Any])
    let trend = try #require(document["trend"] as? [[String: Any]])
    // The trend runs January to the period's last month; the records of the period's months add
    // up to the period's records.
    #expect(trend.last?["month"] as? String == String(end.prefix(7)))
    let months = String(start.prefix(7))...String(end.prefix(7))
    let inPeriod = trend.filter { months.contains($0["month"] as? String ?? "") }
    #expect(inPeriod.count == (label == "2026" ? 12 : label.contains("H") ? 6 : 3))
    let sum = inPeriod.reduce(0) { $0 + ($1["service_records"] as? Int ?? 0) }
    #expect(sum == metrics["service_records"] as? Int)
    #expect(FileManager.default.fileExists(atPath: "\(folder)/shegong-\(label).xlsx"))
  }

  @Test("no beneficiary's full name or ID number appears in any output unless --unmasked")
  func masking() throws {
    let folder = try CommandRunner.temporaryFolder()
    // With --feedback, so that the stations' workbooks are checked too.
    #expect(try report(["--quiet", "--feedback"], out: folder + "/masked").status == 0)
    #expect(try report(["--quiet", "--unmasked", "--feedback"], out: folder + "/unmasked").status == 0)
    #expect(try files(in: folder + "/masked/feedback").count > 10)
    // Names of three or more characters (shorter ones can occur inside other text) and ID numbers.
    let people = parseCSV(try String(contentsOfFile: CommandRunner.inputs + "/beneficiaries.csv", encoding: .utf8))
    let header = try #require(people.first)
    let nameColumn = try #require(header.firstIndex(of: "姓名"))
    let idColumn = try #require(header.firstIndex(of: "身份证号"))
    var secrets = Set(
      people.dropFirst().flatMap { row in
        [row[nameColumn], row[idColumn]].filter { $0.count >= 3 }
      })
    // Workers' names appear in full by design (SPEC §7); a beneficiary who shares one is not a leak.
    let workers = parseCSV(try String(contentsOfFile: CommandRunner.inputs + "/workers.csv", encoding: .utf8))
    let workerName = try #require(workers.first?.firstIndex(of: "name"))
    secrets.subtract(workers.dropFirst().map { $0[workerName] })
    #expect(secrets.count > 1000)

    func texts(in out: String) throws -> [String] {
      var texts: [String] = []
      // Every file, those in feedback/ included.
      for name in try FileManager.default.subpathsOfDirectory(atPath: out).sorted() where name.contains(".") {
        let path = "\(out)/\(name)"
        if name.hasSuffix(".xlsx") {
          let listing = try unzip(["-Z1", path]).split(separator: "\n").map(String.init)
          for part in listing where part.hasSuffix(".xml") { texts.append(try unzip(["-p", path, part])) }
        } else {
          texts.append(try String(contentsOfFile: path, encoding: .utf8))
        }
      }
      return texts
    }
    // Outputs are cut into tokens of letters, digits, CJK characters and `*` (a masked name keeps
    // its `*`), so a full name or ID number anywhere shows up as a token of its own.
    func tokens(_ text: String) -> Set<Substring> {
      Set(text.split { !($0.isLetter || $0.isNumber || $0 == "*") })
    }
    let masked = try texts(in: folder + "/masked").reduce(into: Set<Substring>()) { $0.formUnion(tokens($1)) }
    let leaked = secrets.filter { masked.contains(Substring($0)) }
    #expect(leaked.isEmpty, "\(leaked.count) full names or ID numbers leaked, e.g. \(leaked.prefix(3))")
    let unmasked = try texts(in: folder + "/unmasked").reduce(into: Set<Substring>()) { $0.formUnion(tokens($1)) }
    #expect(secrets.contains { unmasked.contains(Substring($0)) }, "--unmasked should show full names")
  }

  @Test("a template error exits 3 naming the template and line, and leaves the output folder as it was")
  func templateError() throws {
    let folder = try CommandRunner.temporaryFolder()
    let templates = folder + "/templates"
    try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
    try "# {{period.label}}\n\nline two\n{{no_such_name}}\n".write(
      toFile: templates + "/report.zh.md", atomically: true, encoding: .utf8)
    let out = folder + "/out"
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    try "previous".write(toFile: out + "/report-2026-10.md", atomically: true, encoding: .utf8)
    let result = try CommandRunner.run([
      "report", "--inputs", CommandRunner.inputs, "--out", out, "--as-of", Self.asOf, "--templates", templates,
    ])
    #expect(result.status == 3)
    #expect(result.stderr.contains("report.zh.md:4"))
    #expect(result.stderr.contains("no_such_name"))
    #expect(try files(in: out) == ["report-2026-10.md"])
    #expect(try String(contentsOfFile: out + "/report-2026-10.md", encoding: .utf8) == "previous")
  }

  @Test("a missing template folder exits 3 and says what --templates must name, before touching the output")
  func missingTemplates() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let out = folder + "/out"
    let result = try CommandRunner.run([
      "report", "--inputs", CommandRunner.inputs, "--out", out, "--as-of", Self.asOf, "--templates",
      folder + "/no-templates", "--lang", "en",
    ])
    #expect(result.status == 3)
    #expect(result.stderr.contains("no-templates/report.en.md: the template file is missing or cannot be read"))
    #expect(result.stderr.contains("--templates"))
    #expect(!result.stderr.contains(":0:"))
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test("--lang en writes English sheet names")
  func english() throws {
    let folder = try CommandRunner.temporaryFolder()
    #expect(try report(["--quiet", "--lang", "en", "--period", "2026-09"], out: folder).status == 0)
    let workbook = try unzip(["-p", folder + "/shegong-2026-09.xlsx", "xl/workbook.xml"])
    #expect(workbook.contains("name=\"Summary\""))
    #expect(!workbook.contains("汇总"))
    let markdown = try String(contentsOfFile: folder + "/report-2026-09.md", encoding: .utf8)
    #expect(markdown.contains("2026"))
  }

  private func unzip(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
