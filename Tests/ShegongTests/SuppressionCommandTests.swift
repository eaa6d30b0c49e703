import Foundation
import Testing

@Suite("shegong report --suppress-below", .serialized)
struct SuppressionCommandTests {
  @Test("N must be a whole number of at least 2")
  func usage() throws {
    for value in ["1", "0", "-3", "2.5", "five"] {
      let result = try CommandRunner.run(["report", "--inputs", CommandRunner.inputs, "--suppress-below", value])
      #expect(result.status == 2, "--suppress-below \(value)")
      #expect(result.stderr.contains("--suppress-below"))
    }
  }

  @Test("only the Markdown changes: the workbook, the JSON and the CSV keep exact figures")
  func markdownOnly() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let base = ["report", "--inputs", CommandRunner.inputs, "--period", "2026-10", "--as-of", "2026-11-20", "--quiet"]
    #expect(try CommandRunner.run(base + ["--out", folder + "/exact"]).status == 0)
    #expect(try CommandRunner.run(base + ["--out", folder + "/suppressed", "--suppress-below", "5"]).status == 0)
    for name in ["metrics-2026-10.json", "issues-2026-10.csv", "shegong-2026-10.xlsx"] {
      let exact = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/exact/\(name)"))
      let suppressed = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/suppressed/\(name)"))
      #expect(exact == suppressed, "\(name) differs")
    }
    let exact = try String(contentsOfFile: folder + "/exact/report-2026-10.md", encoding: .utf8)
    let suppressed = try String(contentsOfFile: folder + "/suppressed/report-2026-10.md", encoding: .utf8)
    #expect(exact.contains("| 对象编号 | 姓名 |"))
    #expect(!suppressed.contains("| 对象编号 | 姓名 |"))
  }
}
