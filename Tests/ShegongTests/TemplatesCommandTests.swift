import Foundation
import Testing

@Suite("Built-in templates and the checks made before the inputs are read", .serialized)
struct TemplatesCommandTests {
  @Test("shegong report from an empty folder with only --inputs and --out uses the built-in templates")
  func reportFromEmptyFolder() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let empty = folder + "/empty"
    try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
    let result = try CommandRunner.run(
      ["report", "--inputs", CommandRunner.inputs, "--out", folder + "/out", "--quiet"], in: empty)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: empty).isEmpty)
    let markdown = try String(contentsOfFile: folder + "/out/report-2026-10.md", encoding: .utf8)
    #expect(markdown.contains("社会工作服务统计报告"))
    #expect(markdown.contains("## 二、主要指标"))
  }

  @Test("shegong templates writes the committed templates, and leaves existing ones alone")
  func writesTemplates() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let out = folder + "/new/templates"
    let first = try CommandRunner.run(["templates", "--out", out])
    #expect(first.status == 0, "\(first.stderr)")
    for name in ["report.zh.md", "report.en.md"] {
      let written = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
      let committed = try Data(contentsOf: URL(fileURLWithPath: CommandRunner.templates + "/" + name))
      #expect(written == committed, "\(name) differs from Templates/\(name)")
    }
    try "edited".write(toFile: out + "/report.zh.md", atomically: true, encoding: .utf8)
    let second = try CommandRunner.run(["templates", "--out", out])
    #expect(second.status == 1)
    #expect(second.stderr.contains("report.zh.md"))
    #expect(try String(contentsOfFile: out + "/report.zh.md", encoding: .utf8) == "edited")
    #expect(try CommandRunner.run(["templates"]).status == 2)
    #expect(try CommandRunner.run(["templates", "--help"]).output.contains("--templates DIR"))
  }

  @Test("a template error comes before any input is opened")
  func templateErrorBeforeInputs() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let templates = folder + "/templates"
    try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
    // The bad name sits inside the station list, which the check reaches without any station.
    try "# {{period.name}}\n{{#stations}}\n| {{station_id}} | {{no_such_column}} |\n{{/stations}}\n".write(
      toFile: templates + "/report.zh.md", atomically: true, encoding: .utf8)
    // The inputs folder does not exist: an error about it would mean the inputs were looked at first.
    let result = try CommandRunner.run([
      "report", "--inputs", folder + "/no-inputs", "--out", folder + "/out", "--templates", templates,
    ])
    #expect(result.status == 3)
    #expect(result.stderr.contains("templates/report.zh.md:3: unknown name \"no_such_column\""), "\(result.stderr)")
    #expect(!result.stderr.contains("no-inputs"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
  }

  @Test("an --out that cannot be created is an error before any input is opened")
  func unwritableOutBeforeInputs() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "a file".write(toFile: folder + "/file", atomically: true, encoding: .utf8)
    for out in [folder + "/file", folder + "/file/reports/2026-10"] {
      let result = try CommandRunner.run(["report", "--inputs", folder + "/no-inputs", "--out", out])
      #expect(result.status == 1)
      #expect(result.stderr.contains(out), "\(result.stderr)")
      #expect(!result.stderr.contains("no-inputs"))
    }
    let usage = try CommandRunner.run(["report", "--inputs", folder + "/no-inputs", "--lang", "fr"])
    #expect(usage.status == 2)
  }
}
