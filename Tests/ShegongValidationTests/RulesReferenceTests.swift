import Testing

@testable import ShegongValidation

/// SPEC §4 stages 5 and 6 (`unknown-reference`, `duplicate-key`) and the order of the stages.
@Suite("Rules: references, keys, stage order")
struct RulesReferenceTests {
  @Test("unknown-reference for every reference of SPEC §4, one issue per unknown id, in column order")
  func everyReferenceKind() throws {
    let result = try Fixture([
      "stations.csv": csv(
        Header.stations,
        "ST01,城关社工站,station,T1,2025-01-01,,2",
        "ST02,河西社工站,station,T2,2025-01-01,,1",
        "P01,东村服务点,point,V1,2025-01-01,,0",
        "ST03,新站,station,X1,2025-01-01,,1"),
      "workers.csv": csv(
        Header.workers,
        "W1,李明,social_worker,ST01,yes,2025-01-01,",
        "W2,王芳,social_worker,ST02,no,2025-01-01,",
        "W3,赵亮,volunteer,ST01,,2025-01-01,",
        "W4,孙丽,social_worker,ST09,yes,2025-01-01,"),
      "beneficiaries.csv": csv(
        Header.beneficiaries,
        "B1,张三倩,11010519491231002X,H1,V1,ST01,elderly_alone,,,2025-01-01,",
        "B2,欧阳娜娜,,H1,V1,ST01,dibao;disabled,physical,2,2025-01-01,",
        "B3,刘洋,,,V2,ST02,left_behind_child,,,2025-01-01,",
        "B4,陈静,,,X1,ST09,dibao,,,2025-01-01,",
        "B5,陈静,,,V1,ST09,dibao,,,2025-01-01,"),
      "activities.csv": csv(
        Header.activities,
        "A1,2026-03-05,ST09,group,,W9,2,5,,,",
        "A2,2026-03-05,ST01,group,,W1,2,5,,,",
        "A3,2026-03-05,ST01,group,,W9,2,5,,,"),
      "attendance.csv": csv(
        Header.attendance,
        "A9,B9",
        "A2,B9",
        "A1,B1",
        "A2,B1"),
      "services.csv": csv(
        Header.services,
        "R1,2026-03-02,W9,B9,home_visit,1,ST09,,,",
        "R2,2026-03-02,W1,B1,home_visit,1,ST09,,,",
        "R3,2026-03-02,W1,B1,home_visit,1,ST01,,,"),
    ]).validate()
    #expect(
      result.findings == [
        err("stations.csv", 5, "area_code", "unknown-reference"),
        err("workers.csv", 5, "station_id", "unknown-reference"),
        err("beneficiaries.csv", 5, "area_code", "unknown-reference"),
        err("beneficiaries.csv", 5, "station_id", "unknown-reference"),
        err("beneficiaries.csv", 6, "station_id", "unknown-reference"),
        err("activities.csv", 2, "station_id", "unknown-reference"),
        err("activities.csv", 2, "lead_worker_id", "unknown-reference"),
        err("activities.csv", 4, "lead_worker_id", "unknown-reference"),
        err("attendance.csv", 2, "activity_id", "unknown-reference"),
        err("attendance.csv", 2, "beneficiary_id", "unknown-reference"),
        err("attendance.csv", 3, "beneficiary_id", "unknown-reference"),
        // A1 was rejected, so it is unknown too.
        err("attendance.csv", 4, "activity_id", "unknown-reference"),
        err("services.csv", 2, "worker_id", "unknown-reference"),
        err("services.csv", 2, "beneficiary_id", "unknown-reference"),
        err("services.csv", 2, "station_id", "unknown-reference"),
        err("services.csv", 3, "station_id", "unknown-reference"),
      ])
    #expect(result.files.map(\.name).suffix(3) == ["activities.csv", "attendance.csv", "services.csv"])
    #expect(result.tally("stations.csv") == Tally(rows: 4, accepted: 3, rejected: 1))
    #expect(result.tally("workers.csv") == Tally(rows: 4, accepted: 3, rejected: 1))
    #expect(result.tally("beneficiaries.csv") == Tally(rows: 5, accepted: 3, rejected: 2))
    #expect(result.tally("activities.csv") == Tally(rows: 3, accepted: 1, rejected: 2))
    #expect(result.tally("attendance.csv") == Tally(rows: 4, accepted: 1, rejected: 3))
    #expect(result.tally("services.csv") == Tally(rows: 3, accepted: 1, rejected: 2))
    #expect(result.issuesAt("services.csv", line: 2).map(\.value) == ["W9", "B9", "ST09"])
  }

  @Test("attendance without activities.csv: every activity_id is unknown")
  func attendanceWithoutActivities() throws {
    let result = try Fixture(["attendance.csv": csv(Header.attendance, "A1,B1", "A1,B9")]).validate()
    #expect(
      result.findings == [
        err("attendance.csv", 2, "activity_id", "unknown-reference"),
        err("attendance.csv", 3, "activity_id", "unknown-reference"),
        err("attendance.csv", 3, "beneficiary_id", "unknown-reference"),
      ])
    #expect(!result.files.map(\.name).contains("activities.csv"))
    #expect(result.tally("attendance.csv") == Tally(rows: 2, accepted: 0, rejected: 2))
  }

  @Test("a rejected row is unknown to the files checked after it: the cascade")
  func cascade() throws {
    let result = try Fixture([
      "areas.csv": csv(
        Header.areas,
        "T1,城关镇,township,",
        "T2,河西乡,township,",
        "V1,东村,village,T1",
        "V2,西村,village,T2",
        "T3,新镇,township",
        "V3,新村,village,T3"),
      "stations.csv": csv(
        Header.stations,
        "ST01,城关社工站,station,T1,2025-01-01,,2",
        "ST02,河西社工站,station,T2,2025-01-01,,1",
        "P01,东村服务点,point,V1,2025-01-01,,0",
        "ST03,新站,station,T1,2025-02-30,,1",
        "P02,新村服务点,point,V3,2025-01-01,,0"),
      "workers.csv": csv(
        Header.workers,
        "W1,李明,social_worker,ST01,yes,2025-01-01,",
        "W2,王芳,social_worker,ST02,no,2025-01-01,",
        "W3,赵亮,volunteer,ST01,,2025-01-01,",
        "W4,孙丽,social_worker,ST03,yes,2025-01-01,"),
      "beneficiaries.csv": csv(
        Header.beneficiaries,
        "B1,张三倩,11010519491231002X,H1,V1,ST01,elderly_alone,,,2025-01-01,",
        "B2,欧阳娜娜,,H1,V1,ST01,dibao;disabled,physical,2,2025-01-01,",
        "B3,刘洋,,,V2,ST02,left_behind_child,,,2025-01-01,",
        "B4,陈静,,,V1,ST03,dibao,,,2025-01-01,"),
      "activities.csv": csv(Header.activities, "A1,2026-03-05,ST01,group,,W4,2,5,,,"),
      "services.csv": csv(
        Header.services,
        "R1,2026-03-02,W4,B4,home_visit,1,,,,",
        "R2,2026-03-02,W1,B1,home_visit,1,ST03,,,"),
    ]).validate()
    #expect(
      result.findings == [
        // T3 has too few cells; V3 then has no accepted township.
        err("areas.csv", 6, "", "missing-cell"),
        err("areas.csv", 7, "parent_code", "constraint-error"),
        err("stations.csv", 5, "opened_on", "type-error"),
        err("stations.csv", 6, "area_code", "unknown-reference"),
        err("workers.csv", 5, "station_id", "unknown-reference"),
        err("beneficiaries.csv", 5, "station_id", "unknown-reference"),
        err("activities.csv", 2, "lead_worker_id", "unknown-reference"),
        err("services.csv", 2, "worker_id", "unknown-reference"),
        err("services.csv", 2, "beneficiary_id", "unknown-reference"),
        err("services.csv", 3, "station_id", "unknown-reference"),
      ])
    #expect(result.tally("areas.csv") == Tally(rows: 6, accepted: 4, rejected: 2))
    #expect(result.tally("stations.csv") == Tally(rows: 5, accepted: 3, rejected: 2))
  }

  @Test("duplicate-key for every key: the first accepted row stays, a rejected earlier row blocks nothing")
  func duplicateKeys() throws {
    let result = try Fixture([
      "areas.csv": csv(
        Header.areas,
        "T1,城关镇,township,",
        "T2,河西乡,township,",
        "V1,东村,village,T1",
        "V2,西村,village,T2",
        /* 6 */ "T1,重复镇,township,",
        /* 7 */ "T3,,township,",
        /* 8 */ "T3,新镇,township,",
        /* 9 */ "V1,东村二,village,T2"),
      "stations.csv": csv(
        Header.stations,
        "ST01,城关社工站,station,T1,2025-01-01,,2",
        "ST02,河西社工站,station,T2,2025-01-01,,1",
        "P01,东村服务点,point,V1,2025-01-01,,0",
        /* 5 */ "ST01,重复站,station,T2,2025-01-01,,1",
        /* 6 */ "ST04,新站,station,X9,2025-01-01,,1",
        /* 7 */ "ST04,新站,station,T3,2025-01-01,,1"),
      "workers.csv": csv(
        Header.workers,
        "W1,李明,social_worker,ST01,yes,2025-01-01,",
        "W2,王芳,social_worker,ST02,no,2025-01-01,",
        "W3,赵亮,volunteer,ST01,,2025-01-01,",
        /* 5 */ "W1,重复,volunteer,ST02,,2025-01-01,",
        /* 6 */ "W4,孙丽,social_worker,ST04,yes,2025-01-01,"),
      "beneficiaries.csv": csv(
        Header.beneficiaries,
        "B1,张三倩,11010519491231002X,H1,V1,ST01,elderly_alone,,,2025-01-01,",
        "B2,欧阳娜娜,,H1,V1,ST01,dibao;disabled,physical,2,2025-01-01,",
        "B3,刘洋,,,V2,ST02,left_behind_child,,,2025-01-01,",
        /* 5 */ "B1,重复,,,V2,ST02,dibao,,,2025-01-01,"),
      "activities.csv": csv(
        Header.activities,
        "A1,2026-03-05,ST01,group,,W1,2,5,,,",
        /* 3 */ "A1,2026-03-06,ST02,group,,W2,2,5,,,",
        /* 4 */ "A2,2026-04-05,ST01,group,,W1,2,5,,,",
        /* 5 */ "A2,2026-03-07,ST01,group,,W1,2,5,,,"),
      "attendance.csv": csv(
        Header.attendance,
        "A1,B1",
        /* 3 */ "A1,B1",
        /* 4 */ "A1,B2",
        /* 5 */ "A2,B1",
        /* 6 */ "A2,B2,extra",
        /* 7 */ "A2,B2"),
      "services.csv": csv(
        Header.services,
        "R1,2026-03-02,W1,B1,home_visit,1,,,,",
        /* 3 */ "R1,2026-03-03,W2,B3,home_visit,1,,,,",
        /* 4 */ "R2,2026-02-30,W1,B1,home_visit,1,,,,",
        /* 5 */ "R2,2026-03-04,W1,B2,home_visit,1,,,,"),
    ]).validate()
    #expect(
      result.findings == [
        err("areas.csv", 6, "area_code", "duplicate-key"),
        err("areas.csv", 7, "name", "missing-value"),
        err("areas.csv", 9, "area_code", "duplicate-key"),
        err("stations.csv", 5, "station_id", "duplicate-key"),
        err("stations.csv", 6, "area_code", "unknown-reference"),
        err("workers.csv", 5, "worker_id", "duplicate-key"),
        err("beneficiaries.csv", 5, "beneficiary_id", "duplicate-key"),
        err("activities.csv", 3, "activity_id", "duplicate-key"),
        err("activities.csv", 4, "date", "future-date"),
        // The key of attendance is a pair of columns, so the issue is about the row.
        err("attendance.csv", 3, "", "duplicate-key"),
        err("attendance.csv", 6, "", "extra-cell"),
        err("services.csv", 3, "record_id", "duplicate-key"),
        err("services.csv", 4, "date", "type-error"),
      ])
    #expect(result.tally("areas.csv") == Tally(rows: 8, accepted: 5, rejected: 3))
    #expect(result.tally("stations.csv") == Tally(rows: 6, accepted: 4, rejected: 2))
    #expect(result.tally("workers.csv") == Tally(rows: 5, accepted: 4, rejected: 1))
    #expect(result.tally("beneficiaries.csv") == Tally(rows: 4, accepted: 3, rejected: 1))
    #expect(result.tally("activities.csv") == Tally(rows: 4, accepted: 2, rejected: 2))
    #expect(result.tally("attendance.csv") == Tally(rows: 6, accepted: 4, rejected: 2))
    #expect(result.tally("services.csv") == Tally(rows: 4, accepted: 2, rejected: 2))
    // The first rows stay.
    #expect(result.areas.name.filter { $0 == "重复镇" || $0 == "东村二" } == [])
    #expect(result.stations.name[0] == "城关社工站")
    #expect(result.workers.name[0] == "李明")
    #expect(result.beneficiaries.name[0] == "张三倩")
    #expect(result.activities.date == [ValidatedInputs.day("2026-03-05"), ValidatedInputs.day("2026-03-07")])
    #expect(result.services.date == [ValidatedInputs.day("2026-03-02"), ValidatedInputs.day("2026-03-04")])
    #expect(result.areas.code.contains("T3"))
    #expect(result.stations.id.last == "ST04")
  }

  @Test("stage order: the first stage with an error is the only one reported")
  func stageOrder() throws {
    let result = try Fixture([
      "workers.csv": csv(
        Header.workers,
        "W1,李明,social_worker,ST01,yes,2025-01-01,",
        "W2,王芳,social_worker,ST02,no,2025-01-01,",
        "W3,赵亮,volunteer,ST01,,2025-01-01,",
        // Row constraint (stage 3) before the unknown station (stage 5).
        "W4,孙丽,social_worker,ST09,yes,2025-06-01,2025-05-01"),
      "services.csv": csv(
        Header.services,
        // 2: type-error (stage 2), not the unknown worker (stage 5).
        "R1,2026-02-30,W9,B1,home_visit,1,,,,",
        // 3: future-date (stage 4), not the unknown worker.
        "R2,2026-04-02,W9,B1,home_visit,1,,,,",
        // 4: unknown-reference only.
        "R3,2026-03-02,W9,B1,home_visit,1,,,,",
        // 5: accepted: the rejected R3 above blocks nothing.
        "R3,2026-03-02,W1,B1,home_visit,1,,,,",
        // 6: unknown-reference (stage 5), not duplicate-key (stage 6).
        "R3,2026-03-03,W1,B9,home_visit,1,,,,",
        // 7: duplicate-key.
        "R3,2026-03-03,W1,B2,home_visit,1,,,,",
        // 8: missing-cell (stage 1), not the bad date or the unknown worker.
        "R4,2026-02-30,W9"),
    ]).validate()
    #expect(
      result.findings == [
        err("workers.csv", 5, "end_date", "constraint-error"),
        err("services.csv", 2, "date", "type-error"),
        err("services.csv", 3, "date", "future-date"),
        err("services.csv", 4, "worker_id", "unknown-reference"),
        err("services.csv", 6, "beneficiary_id", "unknown-reference"),
        err("services.csv", 7, "record_id", "duplicate-key"),
        err("services.csv", 8, "", "missing-cell"),
      ])
    #expect(result.tally("services.csv") == Tally(rows: 7, accepted: 1, rejected: 6))
  }

  @Test("two bad cells give two issues in the file's column order")
  func cellIssuesInColumnOrder() throws {
    let result = try Fixture([
      "services.csv": csv(
        "service_type,duration,record_id,date,worker_id,beneficiary_id",
        "探访,一个半小时,R1,2026-02-30,W1,",
        "home_visit,1,R2,2026-03-02,W1,B1")
    ]).validate()
    #expect(
      result.findings == [
        err("services.csv", 2, "service_type", "constraint-error"),
        err("services.csv", 2, "duration", "type-error"),
        err("services.csv", 2, "date", "type-error"),
        err("services.csv", 2, "beneficiary_id", "missing-value"),
      ])
    #expect(result.tally("services.csv") == Tally(rows: 2, accepted: 1, rejected: 1))
  }

  @Test("a rejected row gets no warnings, and rejected services take part in no cross-row warning")
  func rejectedRowsHaveNoWarnings() throws {
    let result = try Fixture([
      "beneficiaries.csv": csv(
        Header.beneficiaries,
        "B1,张三倩,11010519491231002X,H1,V1,ST01,elderly_alone,,,2025-01-01,",
        "B2,欧阳娜娜,,H1,V1,ST01,dibao;disabled,physical,2,2025-01-01,",
        "B3,刘洋,,,V2,ST02,left_behind_child,,,2025-01-01,",
        // A wrong check character, but the row is rejected for its station.
        "B4,陈静,110105194912310021,,V1,ST09,dibao,,,2025-01-01,"),
      "services.csv": csv(
        Header.services,
        "R9,2026-03-02,W1,B1,home_visit,1,,09:00,,",
        // Duplicate key: would be worker-inactive, beneficiary-inactive, station-mismatch.
        "R9,2024-01-01,W1,B1,home_visit,1,ST02,,,",
        // Rejected: would be possible-duplicate of R9, overlap it and push the day over 12 h.
        "R10,2026-03-02,W1,B1,home_visit,12,,09:30,,x,y"),
    ]).validate()
    #expect(
      result.findings == [
        err("beneficiaries.csv", 5, "station_id", "unknown-reference"),
        err("services.csv", 3, "record_id", "duplicate-key"),
        err("services.csv", 4, "", "extra-cell"),
      ])
    #expect(result.tally("services.csv") == Tally(rows: 3, accepted: 1, rejected: 2))
    #expect(result.services.warnings == [0])
  }
}
