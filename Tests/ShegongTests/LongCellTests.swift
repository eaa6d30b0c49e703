import Foundation
import Testing

@Suite("a value longer than a workbook cell holds")
struct LongCellTests {
  @Test("a 33 000-character worker_id: the report is written, the workbook cell cut with …, the CSV whole")
  func longWorkerID() throws {
    let inputs = try CommandRunner.copyOfInputs()
    let longID = String(repeating: "W", count: 33_000)
    let file = try FileHandle(forWritingTo: URL(fileURLWithPath: inputs + "/services/2026-10.csv"))
    try file.seekToEnd()
    try file.write(contentsOf: Data("R9999999,2026-10-02,\(longID),B000077,home_visit,0:45,ST0001,08:15,,\n".utf8))
    try file.close()
    let out = try CommandRunner.temporaryFolder() + "/out"
    let result = try CommandRunner.run([
      "report", "--inputs", inputs, "--templates", CommandRunner.templates, "--out", out, "--period", "2026-10",
      "--quiet",
    ])
    #expect(result.status == 0, "\(result.stderr.prefix(500))")
    let csv = [UInt8](try Data(contentsOf: URL(fileURLWithPath: out + "/issues-2026-10.csv")))
    // The value and the message (`worker_id WWW… is not …`) both hold the whole id.
    #expect(runsOfW(in: csv).map(\.length) == [33_000, 33_000], "the issues CSV keeps the whole value")
    let (status, workbook) = try unzipped(out + "/shegong-2026-10.xlsx")
    #expect(status == 0)
    // In the workbook the value keeps 32 766 characters, the message (10 characters before the
    // id) 32 756, each followed by the ….
    let runs = runsOfW(in: workbook)
    #expect(runs.map(\.length).sorted() == [32_756, 32_766], "\(runs)")
    #expect(runs.allSatisfy { $0.endsInEllipsis }, "every cut cell ends in …")
  }

  /// The runs of at least 1 000 `W`s in `bytes`: each one's length and whether "…" follows it;
  /// found in one pass, as a long needle would make a text search slow.
  private func runsOfW(in bytes: [UInt8]) -> [(length: Int, endsInEllipsis: Bool)] {
    var runs: [(length: Int, endsInEllipsis: Bool)] = []
    var start = 0
    while start < bytes.count {
      guard bytes[start] == UInt8(ascii: "W") else {
        start += 1
        continue
      }
      var end = start
      while end < bytes.count, bytes[end] == UInt8(ascii: "W") { end += 1 }
      if end - start >= 1_000 {
        runs.append((end - start, bytes[end..<min(bytes.count, end + 3)].elementsEqual("…".utf8)))
      }
      start = end
    }
    return runs
  }

  /// Every part of the workbook, concatenated, through `unzip -p`.
  private func unzipped(_ path: String) throws -> (Int32, [UInt8]) {
    let result = try CommandRunner.launch(URL(fileURLWithPath: "/usr/bin/unzip"), ["-p", path], describing: [])
    return (result.status, [UInt8](result.stdout))
  }
}
