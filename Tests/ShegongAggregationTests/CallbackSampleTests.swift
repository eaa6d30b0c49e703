import ShegongAggregation
import ShegongValidation
import Testing

/// The callback draw of SPEC §11 against digests computed apart from the code under test
/// (`printf '2026-10/B0005' | sha256sum`): B0001 67be5b60…, B0002 7ae7234a…, B0003 d340903f…,
/// B0004 18ede3d5…, B0005 1127a72b…, B0006 07d15c60….
@Suite("Callback sample")
struct CallbackSampleTests {
  /// Six registered beneficiaries; B0004 has no service at all and B0006 (the smallest digest)
  /// only one in September, so the candidates by digest are B0005, B0001, B0002, B0003.
  private func inputs() -> ValidatedInputs {
    var fixture = FixtureBuilder()
    fixture.township("T1")
    fixture.station("S1", area: "T1")
    fixture.station("S2", area: "T1")
    fixture.worker("W2", station: "S1")
    fixture.worker("W1", station: "S1")
    for (id, station) in [("B0001", "S1"), ("B0002", "S2"), ("B0003", "S1"), ("B0004", "S1"), ("B0005", "S2")] {
      fixture.beneficiary(id, name: "欧阳娜娜", area: "T1", station: station)
    }
    fixture.beneficiary("B0006", area: "T1", station: "S1")
    fixture.service("2026-10-03", worker: "W1", beneficiary: "B0001")
    fixture.service("2026-10-20", worker: "W2", beneficiary: "B0001", .phoneFollowUp)
    fixture.service("2026-10-11", worker: "W1", beneficiary: "B0001", .homeVisit)
    fixture.service("2026-11-02", worker: "W1", beneficiary: "B0001", .crisis)
    fixture.service("2026-10-31", worker: "W2", beneficiary: "B0002", .caseWork)
    fixture.service("2026-10-01", worker: "W1", beneficiary: "B0003")
    fixture.service("2026-10-05", worker: "W2", beneficiary: "B0005", .dailyCare)
    fixture.service("2026-10-05", worker: "W1", beneficiary: "B0005", .dailyCare)
    fixture.service("2026-09-30", worker: "W1", beneficiary: "B0006")
    return fixture.inputs
  }

  @Test(
    "the first N by digest, listed by beneficiary_id",
    arguments: [
      (1, ["B0005"]), (2, ["B0001", "B0005"]), (3, ["B0001", "B0002", "B0005"]),
      (10, ["B0001", "B0002", "B0003", "B0005"]), (0, []),
    ])
  func draw(count: Int, expected: [String]) {
    let rows = CallbackSample.rows(count: count, period: period("2026-10"), from: inputs())
    #expect(rows.map(\.beneficiaryId) == expected)
  }

  @Test("each row: services, last date, types and workers in the period only; the name masked")
  func rowContents() throws {
    let rows = CallbackSample.rows(count: 10, period: period("2026-10"), from: inputs())
    let first = try #require(rows.first)
    #expect(first.name == "欧*娜")
    #expect(first.stationId == "S1")
    #expect(first.stationName == "S1站")
    #expect(first.services == 3)
    #expect(first.lastService == day("2026-10-20"))
    #expect(first.serviceTypes == [.homeVisit, .phoneFollowUp])
    #expect(first.workers == ["W1", "W2"])
    let fifth = try #require(rows.last)
    #expect(fifth.services == 2)
    #expect(fifth.workers == ["W1", "W2"])
    #expect(fifth.serviceTypes == [.dailyCare])
    let unmasked = CallbackSample.rows(count: 1, period: period("2026-10"), from: inputs(), unmasked: true)
    #expect(unmasked.first?.name == "欧阳娜娜")
  }

  @Test("another period draws by its own label: 2026-Q4 (digests 2026-Q4/B000n)")
  func otherLabel() {
    // printf "2026-Q4/B000n" | sha256sum: B0001 89fac5de…, B0002 27334bc6…, B0003 427c6316…, B0005 8b872386…
    let rows = CallbackSample.rows(count: 1, period: period("2026-Q4"), from: inputs())
    #expect(rows.map(\.beneficiaryId) == [CallbackSampleTests.smallestQ4])
  }

  /// The candidate with the smallest digest for the label 2026-Q4, worked out with sha256sum.
  static let smallestQ4 = "B0002"
}
