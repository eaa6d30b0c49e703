import Foundation
import Testing

@Suite("shegong validate on the committed sample and on broken copies")
struct ValidateCommandTests {
  @Test("the committed sample is clean: exit 0 and an issues CSV with only its header")
  func sampleIsClean() throws {
    let result = try CommandRunner.run(["validate", "--inputs", CommandRunner.inputs, "--as-of", "2026-11-20"])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = parseCSV(result.output)
    #expect(rows == [["file", "line", "column", "severity", "code", "message", "value", "station_id"]])
    #expect(result.stderr.contains("services/2026-05.csv (GB18030)"))
    #expect(result.stderr.contains("0 issues"))
  }

  /// Appends `row` to the file at `path` and returns the physical line it lands on.
  private func append(_ row: String, to path: String, lineEnd: String) throws -> Int {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let breaks = text.utf8.filter { $0 == 10 }.count
    let lines = text.utf8.last == 10 ? breaks : breaks + 1
    let joined = (text.utf8.last == 10 ? text : text + lineEnd) + row + lineEnd
    try joined.write(toFile: path, atomically: true, encoding: .utf8)
    return lines + 1
  }

  @Test("a broken copy lists each broken row with file, line and column, and exits 4")
  func brokenCopy() throws {
    let inputs = try CommandRunner.copyOfInputs()
    // A service whose duration is words (type-error on the duration column).
    let servicesPath = inputs + "/services/2026-04.csv"
    let services = try String(contentsOfFile: servicesPath, encoding: .utf8).split(separator: "\n")
      .map { $0.replacingOccurrences(of: "\r", with: "") }
    try #require(services.count > 2)
    let header = services[0].replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: ",")
    var fields = services[1].components(separatedBy: ",")
    let durationIndex = try #require(header.firstIndex(of: "duration"))
    fields[0] = "RX000001"
    fields[durationIndex] = "一个半小时"
    let serviceLine = try append(fields.joined(separator: ","), to: servicesPath, lineEnd: "\n")
    // A village without a parent township (constraint-error on 上级代码).
    let areaLine = try append("999999999999,无名村,village,", to: inputs + "/areas.csv", lineEnd: "\r\n")
    // A worker row with text after a closing quote (malformed-row).
    let workerLine = try append(
      "W99999,\"王\"五,social_worker,ST0001,no,2025-01-01,", to: inputs + "/workers.csv", lineEnd: "\n")

    let result = try CommandRunner.run(["validate", "--inputs", inputs, "--as-of", "2026-11-20"])
    #expect(result.status == 4)
    let rows = parseCSV(result.output).dropFirst().map { Array($0.prefix(5)) }
    #expect(rows.contains(["areas.csv", "\(areaLine)", "上级代码", "error", "constraint-error"]))
    #expect(rows.contains(["workers.csv", "\(workerLine)", "", "error", "malformed-row"]))
    #expect(rows.contains(["services/2026-04.csv", "\(serviceLine)", "duration", "error", "type-error"]))
    #expect(rows.count == 3, "\(rows)")
    // The terminal shows them as file:line:column too.
    #expect(result.stderr.contains("services/2026-04.csv:\(serviceLine):duration: type-error"))
    #expect(result.stderr.contains("areas.csv:\(areaLine):上级代码: constraint-error"))
  }

  @Test("a missing required file or column makes the inputs unusable: exit 3 naming it")
  func unusableInputs() throws {
    let inputs = try CommandRunner.copyOfInputs()
    try FileManager.default.removeItem(atPath: inputs + "/workers.csv")
    let missing = try CommandRunner.run(["validate", "--inputs", inputs])
    #expect(missing.status == 3)
    #expect(missing.stderr.contains("workers.csv"))

    let other = try CommandRunner.copyOfInputs()
    try "activity_id\nA1\n".write(toFile: other + "/attendance.csv", atomically: true, encoding: .utf8)
    let column = try CommandRunner.run(["validate", "--inputs", other])
    #expect(column.status == 3)
    #expect(column.stderr.contains("attendance.csv"))
    #expect(column.stderr.contains("beneficiary_id"))
  }
}
