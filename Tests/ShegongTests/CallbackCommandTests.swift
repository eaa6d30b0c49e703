import Foundation
import ShegongIngest
import Testing

@Suite("shegong report --callback-sample")
struct CallbackCommandTests {
  @Test("callback-<label>.csv: N rows drawn by SHA-256 of <label>/<beneficiary_id>, listed in the manifest")
  func callbackFile() throws {
    let out = try CommandRunner.temporaryFolder() + "/reports"
    let result = try CommandRunner.run([
      "report", "--inputs", CommandRunner.inputs, "--out", out, "--as-of", "2026-11-20", "--period", "2026-10",
      "--templates", CommandRunner.templates, "--callback-sample", "7", "--quiet",
    ])
    try #require(result.status == 0, "\(result.stderr)")
    let data = try Data(contentsOf: URL(fileURLWithPath: out + "/callback-2026-10.csv"))
    #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let text = String(decoding: data.dropFirst(3), as: UTF8.self)
    #expect(
      text.hasPrefix("beneficiary_id,name,station_id,station_name,services,last_service,service_types,workers\r\n"))
    let rows = parseCSV(text).dropFirst().filter { $0.count > 1 }
    #expect(rows.count == 7)
    let ids = rows.map { $0[0] }
    #expect(ids == ids.sorted())
    // The candidates worked out apart from the tool: every beneficiary of services/2026-10.csv
    // (the committed sample has no issues, and October's services are all in that file); the
    // first seven by SHA-256 are the ones drawn.
    let services = String(
      decoding: try Data(contentsOf: URL(fileURLWithPath: CommandRunner.inputs + "/services/2026-10.csv")).dropFirst(3),
      as: UTF8.self)
    let candidates = Set(parseCSV(services).dropFirst().filter { $0.count > 3 }.map { $0[3] })
    #expect(candidates.count > 1000)
    let expected = candidates.sorted { SHA256.hex(of: "2026-10/" + $0) < SHA256.hex(of: "2026-10/" + $1) }.prefix(7)
    #expect(ids == expected.sorted())
    // Names masked: one * in each.
    #expect(rows.allSatisfy { $0[1].contains("*") })
    let manifest = try RunManifest.read(Array(Data(contentsOf: URL(fileURLWithPath: out + "/manifest-2026-10.json"))))
    #expect(manifest.outputs.contains { $0.file == "callback-2026-10.csv" && $0.bytes == data.count })
    #expect(try CommandRunner.run(["verify", "--out", out]).status == 0)
  }

  @Test("--callback-sample takes a whole number ≥ 0", arguments: ["-1", "x", "2.5"])
  func badCount(value: String) throws {
    let result = try CommandRunner.run(["report", "--inputs", CommandRunner.inputs, "--callback-sample", value])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--callback-sample"))
  }
}
