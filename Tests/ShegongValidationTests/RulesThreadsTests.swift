import Testing

@testable import ShegongValidation

/// The services files are read on several threads and merged in reading order: the result must
/// not depend on the number of threads.
@Suite("Services read on several threads")
struct RulesThreadsTests {
  /// Three services files: a key repeated across files and within one, a repeat that would
  /// otherwise carry a warning, and a key written with spaces around it.
  static let fixture = Fixture([
    "services.csv": nil,
    "services/2026-01.csv": csv(
      Header.services,
      "R1,2026-01-05,W1,B1,home_visit,1,,,,",
      "R2,2026-01-06,W1,B2,home_visit,1,ST02,,,",
      "R3,2026-01-07,W2,B3,home_visit,1,,,,"),
    "services/2026-02.csv": csv(
      Header.services,
      // R1 again, from another worker with a station mismatch: rejected, and no warning filed.
      "R1,2026-02-05,W2,B3,home_visit,1,ST01,,,",
      "R4,2026-02-06,W1,B1,phone_follow_up,1,,,,",
      "\" R4 \",2026-02-07,W1,B1,phone_follow_up,1,,,,",
      "R5,2026-02-31,W1,B1,home_visit,1,,,,"),
    "services/2026-03.csv": csv(
      Header.services,
      "R6,2026-03-01,W1,B1,home_visit,1,,,,",
      "R5,2026-03-02,W1,B2,home_visit,1,,,,",
      "R3,2026-03-03,W9,B1,home_visit,1,,,,"),
  ])

  @Test("hand-worked issues and tallies, for 1 to 4 threads", arguments: [1, 2, 3, 4])
  func handWorked(threads: Int) throws {
    let result = try Self.fixture.validate(threads: threads)
    #expect(
      result.findings == [
        warn("services/2026-01.csv", 3, "station_id", "station-mismatch"),
        err("services/2026-02.csv", 2, "record_id", "duplicate-key"),
        err("services/2026-02.csv", 4, "record_id", "duplicate-key"),
        err("services/2026-02.csv", 5, "date", "type-error"),
        err("services/2026-03.csv", 4, "worker_id", "unknown-reference"),
      ])
    // R5 was rejected in February (bad date), so March's R5 is the first accepted one.
    #expect(result.tally("services/2026-01.csv") == Tally(rows: 3, accepted: 3, rejected: 0))
    #expect(result.tally("services/2026-02.csv") == Tally(rows: 4, accepted: 1, rejected: 3))
    #expect(result.tally("services/2026-03.csv") == Tally(rows: 3, accepted: 2, rejected: 1))
    #expect(result.services.line == [2, 3, 4, 3, 2, 3])
    #expect(result.files.map(\.warnings) == [0, 0, 0, 0, 1, 0, 0])
    let repeated = result.issuesAt("services/2026-02.csv", line: 4)
    #expect(repeated.map(\.message) == ["record_id R4 was already given on an earlier row"])
    #expect(repeated.map(\.value) == [" R4 "])
  }

  @Test("one thread and several give the same tables and issues")
  func sameForAnyThreadCount() throws {
    let single = try Self.fixture.validate(threads: 1)
    for threads in [2, 3, 8] {
      let parallel = try Self.fixture.validate(threads: threads)
      #expect(parallel.issues == single.issues)
      #expect(parallel.files == single.files)
      #expect(parallel.services.date == single.services.date)
      #expect(parallel.services.worker == single.services.worker)
      #expect(parallel.services.beneficiary == single.services.beneficiary)
      #expect(parallel.services.station == single.services.station)
      #expect(parallel.services.warnings == single.services.warnings)
      #expect(parallel.services.file == single.services.file)
      #expect(parallel.services.line == single.services.line)
    }
  }

  @Test("an unusable file stops the run with the first such file in reading order", arguments: [1, 2])
  func firstUnusableFile(threads: Int) throws {
    let fixture = Fixture([
      "services.csv": nil,
      "services/a.csv": csv(Header.services, "R1,2026-01-05,W1,B1,home_visit,1,,,,"),
      "services/b.csv": csv("record_id,date", "R2,2026-01-05"),
      "services/c.csv": "",
    ])
    let error = try #require(try fixture.validationError(threads: threads))
    #expect(error.description.hasPrefix("services/b.csv"), "\(error)")
  }
}
