import Testing

@testable import ShegongValidation

/// SPEC §5 "Issues by station": the station each issue is attributed to, for every input file.
@Suite("Rules: issues attributed to stations")
struct RulesAttributionTests {
  /// One row or more per case of the rule, each commented with the station it must go to.
  static let fixture = Fixture([
    "areas.csv": csv(
      Header.areas,
      "T1,城关镇,township,",
      "T2,河西乡,township,",
      "V1,东村,village,T1",
      "V2,西村,village,T2",
      // line 6: areas.csv issues go to no station.
      "V9,,village,T1"),
    "stations.csv": csv(
      Header.stations,
      "ST01,城关社工站,station,T1,2025-01-01,,2",
      "ST02,河西社工站,station,T2,2025-01-01,,1",
      "P01,东村服务点,point,V1,2025-01-01,,0",
      // line 5: its own id names no accepted station: none.
      "ST03,坏站,station,T9,2025-01-01,,1",
      // line 6: a repeated id names the accepted ST01.
      "ST01,重复站,station,T1,2025-01-01,,1",
      // line 7: rejected, but line 8 accepts ST05 afterwards: ST05.
      "ST05,五号站,station,T1,not-a-date,,1",
      "ST05,五号站,station,T2,2025-01-01,,1"),
    "workers.csv": csv(
      Header.workers,
      "W1,李明,social_worker,ST01,yes,2025-01-01,",
      "W2,王芳,social_worker,ST02,no,2025-01-01,",
      "W3,赵亮,volunteer,ST01,,2025-01-01,",
      // line 5: by its station_id cell: ST02.
      "W4,张工,social_worker,ST02,maybe,2025-01-01,",
      // line 6: an unknown station: none.
      "W5,钱工,social_worker,ST99,yes,2025-01-01,"),
    "beneficiaries.csv": csv(
      Header.beneficiaries,
      "B1,张三倩,11010519491231002X,H1,V1,ST01,elderly_alone,,,2025-01-01,",
      "B2,欧阳娜娜,,H1,V1,ST01,dibao;disabled,physical,2,2025-01-01,",
      "B3,刘洋,,,V2,ST02,left_behind_child,,,2025-01-01,",
      // line 5: by its station_id cell: ST02.
      "B4,孙四,,,V1,ST02,not_a_category,,,2025-01-01,",
      // line 6: too short to hold the station cell: none.
      "B5,周五,,,V1",
      // line 7: short, but the station cell is there: ST01.
      "B6,吴六,,,V1,ST01"),
    "activities.csv": csv(
      Header.activities,
      // line 2: one participant, two sign-ins (attendance lines 2 and 3): ST02.
      "A1,2026-03-01,ST02,group,茶话会,W2,2,1,0,0,general",
      // line 3: by its station_id cell: ST01.
      "A2,2026-03-01,ST01,group,讲座,W1,abc,1,0,0,general"),
    "attendance.csv": csv(
      Header.attendance,
      "A1,B1",
      "A1,B2",
      // line 4: an unknown activity: none.
      "A9,B1",
      // line 5: an unknown beneficiary at A1: A1's station ST02.
      "A1,B9"),
    "services.csv": csv(
      Header.services,
      // line 2: empty station, known worker W1: W1's station ST01.
      "S1,2026-03-02,W1,B9,home_visit,1,,,,",
      // line 3: an unknown station (the worker is known): none.
      "S2,2026-03-02,W1,B1,home_visit,1,ST99,,,",
      // line 4: the station cell wins over the worker's (station-mismatch): ST01.
      "S3,2026-03-02,W2,B1,home_visit,1,ST01,,,",
      // line 5: broken CSV syntax, though its cells name ST01: none.
      "S4,2026-03-02,W1,B1,home_visit,1,ST01,\"10:00\"x,,",
      // line 6: too short to hold the station cell, though its worker is known: none.
      "S5,2026-03-02,W1",
      // line 7: empty station and an unknown worker: none.
      "S6,2026-03-02,W9,B1,home_visit,1,,,,",
      // line 8: a repeated record_id, found when the pieces are merged: ST02.
      "S3,2026-03-03,W2,B2,home_visit,1,ST02,,,"),
  ])

  /// Every issue as `file:line code → station`, in the issues' order.
  static func attributions(_ inputs: ValidatedInputs) -> [String] {
    inputs.issues.map { "\($0.file):\($0.line) \($0.code.rawValue) → \($0.stationID)" }
  }

  /// The attributions worked out by hand from the comments of ``fixture``.
  static let expected = [
    "areas.csv:6 missing-value → ",
    "stations.csv:5 unknown-reference → ",
    "stations.csv:6 duplicate-key → ST01",
    "stations.csv:7 type-error → ST05",
    "workers.csv:5 type-error → ST02",
    "workers.csv:6 unknown-reference → ",
    "beneficiaries.csv:5 constraint-error → ST02",
    "beneficiaries.csv:6 missing-cell → ",
    "beneficiaries.csv:7 missing-cell → ST01",
    "activities.csv:2 attendance-exceeds-participants → ST02",
    "activities.csv:3 type-error → ST01",
    "attendance.csv:4 unknown-reference → ",
    "attendance.csv:5 unknown-reference → ST02",
    "services.csv:2 unknown-reference → ST01",
    "services.csv:3 unknown-reference → ",
    "services.csv:4 station-mismatch → ST01",
    "services.csv:5 malformed-row → ",
    "services.csv:6 missing-cell → ",
    "services.csv:7 unknown-reference → ",
    "services.csv:8 duplicate-key → ST02",
  ]

  @Test("each file's issues go to the station its rows name, and to none where SPEC §5 says")
  func everyFile() throws {
    let inputs = try Self.fixture.validate()
    #expect(Self.attributions(inputs) == Self.expected)
    // The records carry the same stations as indices into the accepted stations.
    for (record, issue) in zip(inputs.issues.records, inputs.issues) {
      #expect(record.stationIndex.map { inputs.stations.id[$0] } ?? "" == issue.stationID)
    }
  }

  @Test("the attribution is the same when the files are read in pieces on several threads")
  func pieces() throws {
    let inputs = try Self.fixture.validate(threads: 3, minimumPieceBytes: 1)
    #expect(Self.attributions(inputs) == Self.expected)
  }
}
