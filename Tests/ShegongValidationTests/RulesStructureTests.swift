import Foundation
import Testing

@testable import ShegongValidation

/// SPEC §4 stage 1: the structure of a row (`malformed-row`, `extra-cell`, `missing-cell`), and
/// which rows count at all.
@Suite("Rules: row structure")
struct RulesStructureTests {
  @Test("the base fixture is clean: every row accepted, no issue")
  func baseIsClean() throws {
    let result = try Fixture().validate()
    #expect(result.findings == [])
    #expect(
      result.files.map(\.name) == ["areas.csv", "stations.csv", "workers.csv", "beneficiaries.csv", "services.csv"])
    #expect(result.tally("areas.csv") == Tally(rows: 4, accepted: 4, rejected: 0))
    #expect(result.tally("stations.csv") == Tally(rows: 3, accepted: 3, rejected: 0))
    #expect(result.tally("workers.csv") == Tally(rows: 3, accepted: 3, rejected: 0))
    #expect(result.tally("beneficiaries.csv") == Tally(rows: 3, accepted: 3, rejected: 0))
    #expect(result.tally("services.csv") == Tally(rows: 0, accepted: 0, rejected: 0))
    #expect(result.files.allSatisfy { $0.encoding == "UTF-8" && $0.warnings == 0 })
  }

  @Test("broken quotes, extra and missing cells: one issue per row, and the rest of the row is not checked")
  func structure() throws {
    let result = try Fixture([
      "services.csv": csv(
        Header.services,
        // 2: text after a closing quote.
        "R1,2026-03-02,W1,B1,home_visit,1,,09:00,,\"好的\"吗",
        // 3: a quote inside an unquoted field.
        "R2,2026-03-02,W1,B1,phone_follow_up,1,,10:00,,备注\"内容",
        // 4: two empty trailing cells, as Excel leaves them: ignored.
        "R3,2026-03-03,W1,B1,home_visit,1,,,,,,",
        // 5: an extra cell that is not empty (the unknown worker is never looked at).
        "R4,2026-03-03,W9,B2,home_visit,1,,,,,extra",
        // 6: too few cells (the impossible date is never looked at).
        "R5,2026-02-30,W1,B2,home_visit",
        // 7: a quote that never closes swallows lines 7–9 as one row.
        "R6,2026-03-04,W1,B2,home_visit,1,,,,\"open",
        "R7,2026-03-04,W1,B1,home_visit,1,,,,",
        "R8,2026-03-05,W1,B1,home_visit,1,,,,")
    ]).validate()
    #expect(
      result.findings == [
        err("services.csv", 2, "", "malformed-row"),
        err("services.csv", 3, "", "malformed-row"),
        err("services.csv", 5, "", "extra-cell"),
        err("services.csv", 6, "", "missing-cell"),
        err("services.csv", 7, "", "malformed-row"),
      ])
    // R1..R6 are rows; R7 and R8 were swallowed into R6.
    #expect(result.tally("services.csv") == Tally(rows: 6, accepted: 1, rejected: 5))
    #expect(result.services.count == 1)
    // A services row can carry a name: the text of a broken row is not quoted (SPEC §7 Privacy).
    #expect(result.issuesAt(services, line: 5).first?.value == "")
    let unclosed = try #require(result.issuesAt(services, line: 7).first)
    #expect(unclosed.message.contains("7–9"), "\(unclosed.message)")
  }

  @Test("an unclosed quote on the last line names only that line")
  func unclosedQuoteOnLastLine() throws {
    let result = try Fixture([
      "services.csv": csv(
        Header.services,
        "R1,2026-03-02,W1,B1,home_visit,1,,,,",
        "R2,2026-03-02,W1,B2,home_visit,1,,,,\"open")
    ]).validate()
    #expect(result.findings == [err("services.csv", 3, "", "malformed-row")])
    #expect(result.tally("services.csv") == Tally(rows: 2, accepted: 1, rejected: 1))
    let message = try #require(result.issues.first?.message)
    #expect(!message.contains("–"), "\(message)")
  }

  @Test("blank lines and lines of only delimiters are skipped, not counted, and keep the line numbers")
  func blankRows() throws {
    let result = try Fixture([
      "services.csv": csv(
        Header.services,
        "",
        "R1,2026-03-02,W1,B1,home_visit,1,,,,",
        ",,,,,,,,,",
        "R2,2026-03-02,W1,B2,home_visit,1,,,,,,,,",
        ",,,,",
        "R3,2026-03-02,W1,B3,phone_follow_up,x,,,,")
    ]).validate()
    #expect(result.findings == [err("services.csv", 7, "duration", "type-error")])
    #expect(result.tally("services.csv") == Tally(rows: 3, accepted: 2, rejected: 1))
  }

  @Test("a row's line is the physical line where it starts, line breaks inside quotes counted")
  func physicalLines() throws {
    let result = try Fixture([
      "services.csv": csv(
        Header.services,
        "R1,2026-03-02,W1,B1,home_visit,1,,,,\"第一行",
        "第二行\"",
        "R2,2026-02-30,W1,B2,home_visit,1,,,,",
        "\"R3\",2026-03-02,W1,B3,\"home_visit\",1,,,,\"说\"\"好\"\"\"")
    ]).validate()
    #expect(result.findings == [err("services.csv", 4, "date", "type-error")])
    #expect(result.tally("services.csv") == Tally(rows: 3, accepted: 2, rejected: 1))
    #expect(result.services.line == [2, 5])
  }

  @Test("a tab-delimited file is read by the delimiter its header shows")
  func tabDelimited() throws {
    let result = try Fixture([
      "services.csv": csv(
        Header.services.replacingOccurrences(of: ",", with: "\t"),
        "R1\t2026-03-02\tW1\tB1\thome_visit\t1\t\t\t\t备注, 含逗号",
        "R2\t2026-03-02\tW1\tB2\thome_visit\t1\t\t\t")
    ]).validate()
    #expect(result.findings == [err("services.csv", 3, "", "missing-cell")])
    #expect(result.tally("services.csv") == Tally(rows: 2, accepted: 1, rejected: 1))
  }

  @Test("a line of cells that are all spaces is blank once the cells are trimmed")
  func spacesOnlyRowIsBlank() throws {
    let result = try Fixture([
      "stations.csv": csv(
        Header.stations,
        "ST01,城关社工站,station,T1,2025-01-01,,2",
        " , ,\u{3000},,,,",
        "ST02,河西社工站,station,T2,2025-01-01,,1",
        "P01,东村服务点,point,V1,2025-01-01,,0")
    ]).validate()
    #expect(result.findings == [])
    #expect(result.tally("stations.csv") == Tally(rows: 3, accepted: 3, rejected: 0))
  }

  @Test("a structural issue in a register file rejects the row and cascades to references")
  func structureInRegister() throws {
    let result = try Fixture([
      "workers.csv": csv(
        Header.workers,
        "W1,李明,social_worker,ST01,yes,2025-01-01,",
        "W2,王芳,social_worker,ST02,no,2025-01-01",
        "W3,赵亮,volunteer,ST01,,2025-01-01,,,"),
      "services.csv": csv(
        Header.services,
        "R1,2026-03-02,W2,B3,home_visit,1,,,,",
        "R2,2026-03-02,W3,B1,home_visit,1,,,,"),
    ]).validate()
    #expect(
      result.findings == [
        err("workers.csv", 3, "", "missing-cell"),
        err("services.csv", 2, "worker_id", "unknown-reference"),
      ])
    #expect(result.tally("workers.csv") == Tally(rows: 3, accepted: 2, rejected: 1))
    #expect(result.tally("services.csv") == Tally(rows: 2, accepted: 1, rejected: 1))
  }

  private let services = "services.csv"
}
