import Foundation
import Testing

/// The correctness guard of the parallel reading: one thread and two give byte-identical reports.
@Suite("Threads: one and several give the same reports")
struct ThreadCountTests {
  @Test("a planted sample reports byte for byte the same with SHEGONG_THREADS=1 and =2")
  func plantedSample() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let inputs = folder + "/inputs"
    let sample = try CommandRunner.run([
      "sample", "--out", inputs, "--scale", "county", "--seed", "5", "--services", "40000", "--from", "2026-07",
      "--to", "2026-10", "--error-rate", "0.05", "--quiet",
    ])
    try #require(sample.status == 0, "\(sample.stderr)")
    var outputs: [Int: [String: Data]] = [:]
    for threads in [1, 2] {
      let out = folder + "/out-\(threads)"
      let run = try CommandRunner.run(
        [
          "report", "--inputs", inputs, "--out", out, "--as-of", "2026-11-20", "--templates",
          CommandRunner.templates, "--quiet",
        ], after: "export SHEGONG_THREADS=\(threads)")
      try #require(run.status == 0, "\(run.stderr)")
      var files: [String: Data] = [:]
      for name in try FileManager.default.contentsOfDirectory(atPath: out) {
        files[name] = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
      }
      outputs[threads] = files
    }
    let single = try #require(outputs[1])
    let parallel = try #require(outputs[2])
    #expect(
      single.keys.sorted() == [
        "issues-2026-10.csv", "manifest-2026-10.json", "metrics-2026-10.json", "overdue-2026-10.csv",
        "report-2026-10.md",
        "shegong-2026-10.xlsx",
      ])
    #expect(parallel.keys.sorted() == single.keys.sorted())
    for (name, bytes) in single {
      // The manifests name their own --out among the arguments; everything else must agree.
      let differing = name.hasPrefix("manifest-") ? Self.withoutArguments : { $0 }
      #expect(parallel[name].map(differing) == differing(bytes), "\(name) differs between one thread and two")
    }
    // The sample must exercise what the merge settles: keys repeated across the monthly files.
    let issues = String(decoding: try #require(single["issues-2026-10.csv"]), as: UTF8.self)
    let rows = parseCSV(issues)
    let repeatedKeyFiles = Set(
      rows.filter { $0.count > 4 && $0[4] == "duplicate-key" && $0[0].hasPrefix("services/") }.map { $0[0] })
    #expect(repeatedKeyFiles.count >= 2, "duplicate-key issues in \(repeatedKeyFiles.sorted())")
    #expect(rows.contains { $0.count > 4 && $0[4] == "possible-duplicate" })
  }

  /// A manifest without its arguments line.
  static func withoutArguments(_ manifest: Data) -> Data {
    Data(
      manifest.split(separator: UInt8(ascii: "\n")).filter { !$0.starts(with: Array("  \"arguments\"".utf8)) }.joined())
  }
}
