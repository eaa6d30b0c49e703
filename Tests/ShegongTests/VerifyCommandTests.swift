import Foundation
import ShegongIngest
import Testing

@Suite("shegong verify against the run manifest", .serialized)
struct VerifyCommandTests {
  /// A report of the committed sample's October into a fresh folder; returns the folder and the
  /// inputs it was made from (a copy, to change on purpose).
  private func freshReport() throws -> (out: String, inputs: String) {
    let inputs = try CommandRunner.copyOfInputs()
    let out = try CommandRunner.temporaryFolder() + "/reports"
    let result = try CommandRunner.run(
      [
        "report", "--inputs", inputs, "--out", out, "--as-of", "2026-11-20", "--period", "2026-10", "--templates",
        CommandRunner.templates, "--quiet",
      ])
    try #require(result.status == 0, "\(result.stderr)")
    return (out, inputs)
  }

  private func verify(_ arguments: [String]) throws -> CommandRunner.Result {
    try CommandRunner.run(["verify"] + arguments)
  }

  private func copy(_ folder: String) throws -> String {
    let copy = try CommandRunner.temporaryFolder() + "/copy"
    try FileManager.default.copyItem(atPath: folder, toPath: copy)
    return copy
  }

  @Test("the manifest lists every other output with its size and SHA-256, and the inputs in reading order")
  func manifestContents() throws {
    let (out, inputs) = try freshReport()
    let data = try Data(contentsOf: URL(fileURLWithPath: out + "/manifest-2026-10.json"))
    let manifest = try RunManifest.read(Array(data))
    #expect(manifest.period.label == "2026-10")
    #expect(manifest.asOf == "2026-11-20")
    #expect(manifest.arguments.first == "report")
    #expect(manifest.arguments.contains(inputs))
    let names = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0 != "manifest-2026-10.json" }
    #expect(manifest.outputs.map(\.file) == names.sorted())
    for file in manifest.outputs {
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: out + "/" + file.file)))
      #expect(file.bytes == bytes.count, "\(file.file)")
      #expect(file.sha256 == SHA256.hex(SHA256.digest(of: bytes)), "\(file.file)")
    }
    let order = manifest.inputs.map(\.file)
    #expect(order.prefix(5) == ["policy.json", "areas.csv", "stations.csv", "workers.csv", "beneficiaries.csv"])
    #expect(order.last == "services/2026-10.csv")
    let beneficiaries = try #require(manifest.inputs.first { $0.file == "beneficiaries.csv" })
    let text = try Data(contentsOf: URL(fileURLWithPath: inputs + "/beneficiaries.csv"))
    // Data rows: lines after the header (the sample has no quoted line breaks).
    #expect(beneficiaries.rows == text.split(separator: UInt8(ascii: "\n")).count - 1)
    #expect(beneficiaries.bytes == text.count)
    #expect(beneficiaries.encoding == "UTF-8-BOM")
  }

  @Test("an untouched folder verifies (0), with its inputs too; a rerun writes the same manifest")
  func untouched() throws {
    let (out, inputs) = try freshReport()
    let result = try verify(["--out", out, "--inputs", inputs])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("match manifest-2026-10.json"))
    let before = try Data(contentsOf: URL(fileURLWithPath: out + "/manifest-2026-10.json"))
    let again = try CommandRunner.run(
      [
        "report", "--inputs", inputs, "--out", out, "--as-of", "2026-11-20", "--period", "2026-10", "--templates",
        CommandRunner.templates, "--quiet",
      ])
    #expect(again.status == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/manifest-2026-10.json")) == before)
  }

  @Test("one byte of the metrics JSON changed: 5, naming the file")
  func oneByteChanged() throws {
    let (out, _) = try freshReport()
    let path = out + "/metrics-2026-10.json"
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    // The same size: only the digest can tell.
    let position = try #require(bytes.firstIndex(of: UInt8(ascii: "1")))
    bytes[position] = UInt8(ascii: "2")
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let result = try verify(["--out", out])
    #expect(result.status == 5)
    #expect(result.stderr.contains("changed: \(path)"))
    #expect(!result.stderr.contains("report-2026-10.md"))
  }

  @Test("a file added (5, unlisted) and a file removed (5, missing)")
  func addedAndMissing() throws {
    let (out, _) = try freshReport()
    try Data("备注".utf8).write(to: URL(fileURLWithPath: out + "/notes.txt"))
    let added = try verify(["--out", out])
    #expect(added.status == 5)
    #expect(added.stderr.contains("unlisted: \(out)/notes.txt"))
    try FileManager.default.removeItem(atPath: out + "/notes.txt")
    try FileManager.default.removeItem(atPath: out + "/report-2026-10.md")
    let removed = try verify(["--out", out])
    #expect(removed.status == 5)
    #expect(removed.stderr.contains("missing: \(out)/report-2026-10.md"))
  }

  @Test("no manifest, or one that is not JSON: 3")
  func noManifest() throws {
    let (out, _) = try freshReport()
    let broken = try copy(out)
    try FileManager.default.removeItem(atPath: out + "/manifest-2026-10.json")
    let none = try verify(["--out", out])
    #expect(none.status == 3)
    #expect(none.stderr.contains("no manifest"))
    try Data("{\"schema\": ".utf8).write(to: URL(fileURLWithPath: broken + "/manifest-2026-10.json"))
    let unreadable = try verify(["--out", broken])
    #expect(unreadable.status == 3)
    #expect(unreadable.stderr.contains("manifest-2026-10.json"))
    #expect(try verify(["--out", out + "/nowhere"]).status == 3)
    #expect(try verify(["--out", broken, "--period", "2026-09"]).status == 3)
  }

  @Test("an input changed, with --inputs: 5 naming it; without --inputs the outputs still verify")
  func inputChanged() throws {
    let (out, inputs) = try freshReport()
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: inputs + "/services/2026-09.csv"))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("\r\n".utf8))
    try handle.close()
    try Data("x".utf8).write(to: URL(fileURLWithPath: inputs + "/services/2026-11.csv"))
    let result = try verify(["--out", out, "--inputs", inputs])
    #expect(result.status == 5)
    #expect(result.stderr.contains("changed: \(inputs)/services/2026-09.csv"))
    #expect(result.stderr.contains("unlisted: \(inputs)/services/2026-11.csv"))
    #expect(!result.stderr.contains("2026-10.csv"))
    #expect(try verify(["--out", out]).status == 0)
  }

  @Test("two periods in one folder verify whole; --period checks one; another's file edited is named")
  func twoPeriods() throws {
    let (out, inputs) = try freshReport()
    let september = try CommandRunner.run(
      [
        "report", "--inputs", inputs, "--out", out, "--as-of", "2026-11-20", "--period", "2026-09", "--templates",
        CommandRunner.templates, "--quiet",
      ])
    try #require(september.status == 0)
    #expect(try verify(["--out", out]).status == 0)
    try Data("x".utf8).write(to: URL(fileURLWithPath: out + "/report-2026-09.md"))
    let both = try verify(["--out", out])
    #expect(both.status == 5)
    #expect(both.stderr.contains("changed: \(out)/report-2026-09.md (against manifest-2026-09.json)"))
    // October's manifest alone: September's files are listed by their own manifest, not unlisted.
    let october = try verify(["--out", out, "--period", "2026-10"])
    #expect(october.status == 0, "\(october.stderr)")
  }

  @Test("with --feedback the station workbooks and their index are outputs, listed by their paths in the folder")
  func feedbackListed() throws {
    let out = try CommandRunner.temporaryFolder() + "/reports"
    let result = try CommandRunner.run([
      "report", "--inputs", CommandRunner.inputs, "--out", out, "--as-of", "2026-11-20", "--period", "2026-10",
      "--templates", CommandRunner.templates, "--feedback", "--quiet",
    ])
    try #require(result.status == 0, "\(result.stderr)")
    let manifest = try RunManifest.read(Array(Data(contentsOf: URL(fileURLWithPath: out + "/manifest-2026-10.json"))))
    let feedback = try FileManager.default.contentsOfDirectory(atPath: out + "/feedback").map { "feedback/" + $0 }
    #expect(!feedback.isEmpty)
    #expect(Set(manifest.outputs.map(\.file)).isSuperset(of: feedback))
    #expect(try verify(["--out", out]).status == 0)
    try FileManager.default.removeItem(atPath: out + "/" + feedback.sorted()[0])
    let missing = try verify(["--out", out])
    #expect(missing.status == 5)
    #expect(missing.stderr.contains("missing: \(out)/\(feedback.sorted()[0])"))
  }
}
