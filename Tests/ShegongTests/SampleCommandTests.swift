import Foundation
import Testing

@Suite("shegong sample with planted errors, validated")
struct SampleCommandTests {
  /// Every code of SPEC §4.
  static let codes = [
    "malformed-row", "extra-cell", "missing-cell", "missing-value", "type-error", "constraint-error", "future-date",
    "unknown-reference", "duplicate-key", "id-checksum", "worker-inactive", "beneficiary-inactive",
    "station-mismatch", "worker-overlap", "worker-day-over-limit", "possible-duplicate",
    "attendance-exceeds-participants",
  ]

  @Test("every planted code is found, and rows = accepted + rejected in every file")
  func plantedErrors() throws {
    let folder = try CommandRunner.temporaryFolder()
    let sample = try CommandRunner.run(["sample", "--out", folder + "/in", "--scale", "tiny", "--error-rate", "0.1"])
    #expect(sample.status == 0, "\(sample.stderr)")
    let report = try CommandRunner.run([
      "report", "--inputs", folder + "/in", "--out", folder + "/out", "--as-of", "2026-11-20",
      "--templates", CommandRunner.templates, "--quiet",
    ])
    #expect(report.status == 0, "\(report.stderr)")
    let json = try Data(contentsOf: URL(fileURLWithPath: folder + "/out/metrics-2026-10.json"))
    let document = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    let quality = try #require(document["data_quality"] as? [String: Any])
    let byCode = try #require(quality["issues_by_code"] as? [String: Int])
    for code in Self.codes { #expect((byCode[code] ?? 0) > 0, "\(code) was planted but not found") }
    let files = try #require(quality["files"] as? [[String: Any]])
    #expect(files.count == 7)
    for file in files {
      let rows = try #require(file["rows"] as? Int)
      let accepted = try #require(file["accepted"] as? Int)
      let rejected = try #require(file["rejected"] as? Int)
      #expect(rows == accepted + rejected, "\(file["file"] ?? "?")")
    }
    #expect(files.contains { ($0["rejected"] as? Int ?? 0) > 0 })

    // --strict turns rejected rows into exit 4, and still writes the reports.
    let strict = try CommandRunner.run([
      "report", "--inputs", folder + "/in", "--out", folder + "/strict", "--as-of", "2026-11-20",
      "--templates", CommandRunner.templates, "--strict", "--quiet",
    ])
    #expect(strict.status == 4)
    #expect(FileManager.default.fileExists(atPath: folder + "/strict/metrics-2026-10.json"))
  }

  @Test("the same seed gives the same bytes")
  func reproducible() throws {
    let folder = try CommandRunner.temporaryFolder()
    for name in ["a", "b"] {
      let result = try CommandRunner.run(["sample", "--out", "\(folder)/\(name)", "--seed", "9", "--quiet"])
      #expect(result.status == 0)
    }
    for file in ["areas.csv", "beneficiaries.csv", "services.csv", "activities.csv"] {
      let a = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/a/\(file)"))
      let b = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/b/\(file)"))
      #expect(a == b, "\(file)")
    }
  }
}
