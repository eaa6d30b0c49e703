import Testing

@testable import ShegongValidation

/// The warning codes of SPEC §4: the row is kept and the issue is a `warning`.
@Suite("Rules: warnings")
struct RulesWarningTests {
  @Test("id-checksum: a wrong check character, 15 digits, Excel's scientific notation")
  func idChecksum() throws {
    let result = try Fixture([
      "beneficiaries.csv": csv(
        Header.beneficiaries,
        "B1,张三倩,11010519491231002X,H1,V1,ST01,elderly_alone,,,2025-01-01,",
        "B2,欧阳娜娜,,H1,V1,ST01,dibao;disabled,physical,2,2025-01-01,",
        "B3,刘洋,,,V2,ST02,left_behind_child,,,2025-01-01,",
        /* 5 */ "B4,陈静,110105194912310021,,V1,ST01,dibao,,,2025-01-01,",
        /* 6 */ "B5,陈静,110105491231002,,V1,ST01,dibao,,,2025-01-01,",
        /* 7 */ "B6,陈静,3.70781E+17,,V1,ST01,dibao,,,2025-01-01,",
        /* 8 */ "B7,陈静,11010519491231002x,,V1,ST01,dibao,,,2025-01-01,",
        /* 9 */ "B8,陈静,１１０１０５１９４９１２３１００２Ｘ,,V1,ST01,dibao,,,2025-01-01,")
    ]).validate()
    let file = "beneficiaries.csv"
    #expect(
      result.findings == [
        warn(file, 5, "id_number", "id-checksum"),
        warn(file, 6, "id_number", "id-checksum"),
        warn(file, 7, "id_number", "id-checksum"),
        // B1's number again, with a lowercase x and in full-width digits: right check characters,
        // but the same number (SPEC §11).
        warn(file, 8, "id_number", "id-duplicate"),
        warn(file, 9, "id_number", "id-duplicate"),
      ])
    #expect(result.tally(file) == Tally(rows: 8, accepted: 8, rejected: 0))
    #expect(result.files.first { $0.name == file }?.warnings == 5)
    // Values are masked (SPEC §7): the first 6 and the last 4 characters.
    #expect(
      result.issues.map(\.value) == [
        "110105********0021", "110105*****1002", "3.7078*E+17", "110105********002X", "110105********002X",
      ])
  }

  @Test("worker-inactive: employment is half-open, [start_date, end_date)")
  func workerInactive() throws {
    let result = try Fixture([
      "workers.csv": csv(
        Header.workers,
        "W1,李明,social_worker,ST01,yes,2025-01-01,",
        "W2,王芳,social_worker,ST02,no,2025-01-01,",
        "W3,赵亮,volunteer,ST01,,2025-01-01,",
        "W4,孙丽,social_worker,ST01,yes,2026-03-10,2026-03-20"),
      "activities.csv": csv(
        Header.activities,
        "A1,2026-03-20,ST01,group,,W4,2,5,,,",
        "A2,2026-03-10,ST01,group,,W4,2,5,,,",
        "A3,2026-03-09,ST02,group,,W4,2,5,,,"),
      "services.csv": csv(
        Header.services,
        "R1,2026-03-09,W4,B1,home_visit,1,,,,",
        "R2,2026-03-10,W4,B1,home_visit,1,,,,",
        "R3,2026-03-19,W4,B1,home_visit,1,,,,",
        "R4,2026-03-20,W4,B1,home_visit,1,,,,"),
    ]).validate()
    #expect(
      result.findings == [
        warn("activities.csv", 2, "lead_worker_id", "worker-inactive"),
        warn("activities.csv", 4, "lead_worker_id", "worker-inactive"),
        warn("services.csv", 2, "worker_id", "worker-inactive"),
        warn("services.csv", 5, "worker_id", "worker-inactive"),
      ])
    #expect(result.tally("activities.csv") == Tally(rows: 3, accepted: 3, rejected: 0))
    #expect(result.tally("services.csv") == Tally(rows: 4, accepted: 4, rejected: 0))
    #expect(result.services.warnings == [1, 0, 0, 1])
    #expect(result.activities.warnings == [1, 0, 1])
  }

  @Test("beneficiary-inactive: services, and attendance on the activity's date")
  func beneficiaryInactive() throws {
    let result = try Fixture([
      "beneficiaries.csv": csv(
        Header.beneficiaries,
        "B1,张三倩,11010519491231002X,H1,V1,ST01,elderly_alone,,,2025-01-01,",
        "B2,欧阳娜娜,,H1,V1,ST01,dibao;disabled,physical,2,2025-01-01,",
        "B3,刘洋,,,V2,ST02,left_behind_child,,,2025-01-01,",
        "B4,陈静,,,V1,ST01,dibao,,,2026-03-10,2026-03-20"),
      "activities.csv": csv(
        Header.activities,
        "A1,2026-03-20,ST01,group,,W1,2,5,,,",
        "A2,2026-03-15,ST01,group,,W1,2,5,,,",
        "A3,2026-03-09,ST01,group,,W1,2,5,,,"),
      "attendance.csv": csv(
        Header.attendance,
        "A1,B4",
        "A2,B4",
        "A1,B1",
        "A3,B4"),
      "services.csv": csv(
        Header.services,
        "R1,2026-03-09,W1,B4,home_visit,1,,,,",
        "R2,2026-03-10,W1,B4,phone_follow_up,1,,,,",
        "R3,2026-03-20,W1,B4,home_visit,1,,,,"),
    ]).validate()
    #expect(
      result.findings == [
        warn("attendance.csv", 2, "beneficiary_id", "beneficiary-inactive"),
        warn("attendance.csv", 5, "beneficiary_id", "beneficiary-inactive"),
        warn("services.csv", 2, "beneficiary_id", "beneficiary-inactive"),
        warn("services.csv", 4, "beneficiary_id", "beneficiary-inactive"),
      ])
    #expect(result.tally("attendance.csv") == Tally(rows: 4, accepted: 4, rejected: 0))
    #expect(result.tally("services.csv") == Tally(rows: 3, accepted: 3, rejected: 0))
  }

  @Test("station-mismatch: a given station_id other than the worker's; empty means the worker's")
  func stationMismatch() throws {
    let result = try Fixture([
      "services.csv": csv(
        Header.services,
        "R1,2026-03-02,W1,B1,home_visit,1,ST02,,,",
        "R2,2026-03-02,W1,B2,home_visit,1,ST01,,,",
        "R3,2026-03-02,W1,B3,home_visit,1,,,,",
        "R4,2026-03-02,W2,B3,home_visit,1,P01,,,")
    ]).validate()
    #expect(
      result.findings == [
        warn("services.csv", 2, "station_id", "station-mismatch"),
        warn("services.csv", 5, "station_id", "station-mismatch"),
      ])
    #expect(result.tally("services.csv") == Tally(rows: 4, accepted: 4, rejected: 0))
    // The service belongs to its station_id, or to its worker's station when empty.
    #expect(result.services.station.map { result.stations.id[Int($0)] } == ["ST02", "ST01", "ST01", "P01"])
  }

  @Test("several warnings on one row come in column order")
  func severalWarningsOnOneRow() throws {
    let result = try Fixture([
      "services.csv": csv(Header.services, "R1,2024-06-01,W1,B1,home_visit,1,ST02,,,")
    ]).validate()
    #expect(
      result.findings == [
        warn("services.csv", 2, "worker_id", "worker-inactive"),
        warn("services.csv", 2, "beneficiary_id", "beneficiary-inactive"),
        warn("services.csv", 2, "station_id", "station-mismatch"),
      ])
    #expect(result.services.warnings == [3])
  }

  @Test("worker-overlap: the later start is flagged, equal starts flag the later row, each service once")
  func workerOverlap() throws {
    let result = try Fixture([
      "services.csv": csv(
        Header.services,
        // 2026-03-02: R3 (09:30–10:00) overlaps R1 (09:00–10:00); R2 only touches R1.
        /* 2 */ "R1,2026-03-02,W1,B1,home_visit,1,,09:00,,",
        /* 3 */ "R2,2026-03-02,W1,B2,home_visit,0.5,,10:00,,",
        /* 4 */ "R3,2026-03-02,W1,B3,phone_follow_up,0.5,,09:30,,",
        // 2026-03-03: equal starts; R5 is read later.
        /* 5 */ "R4,2026-03-03,W1,B1,home_visit,1,,14:00,,",
        /* 6 */ "R5,2026-03-03,W1,B2,home_visit,1,,14:00,,",
        // 2026-03-04: R8 overlaps both R6 and R7, and is flagged once.
        /* 7 */ "R6,2026-03-04,W1,B1,home_visit,1,,15:00,,",
        /* 8 */ "R7,2026-03-04,W1,B2,home_visit,1,,15:10,,",
        /* 9 */ "R8,2026-03-04,W1,B3,home_visit,0.5,,15:30,,",
        // 2026-03-05: no start_time on R9, another worker for R11.
        /* 10 */ "R9,2026-03-05,W1,B1,home_visit,1,,,,",
        /* 11 */ "R10,2026-03-05,W1,B2,home_visit,1,,09:00,,",
        /* 12 */ "R11,2026-03-05,W2,B3,home_visit,1,,09:00,,",
        // 2026-03-06: R12 is read first but starts later (16:00 within 15:00–17:00).
        /* 13 */ "R12,2026-03-06,W1,B1,home_visit,1,,16:00,,",
        /* 14 */ "R13,2026-03-06,W1,B2,home_visit,2,,15:00,,")
    ]).validate()
    let file = "services.csv"
    #expect(
      result.findings == [
        warn(file, 4, "start_time", "worker-overlap"),
        warn(file, 6, "start_time", "worker-overlap"),
        warn(file, 8, "start_time", "worker-overlap"),
        warn(file, 9, "start_time", "worker-overlap"),
        warn(file, 13, "start_time", "worker-overlap"),
      ])
    #expect(result.tally(file) == Tally(rows: 13, accepted: 13, rejected: 0))
    #expect(result.issuesAt(file, line: 9).first?.value == "15:30")
  }

  @Test("worker-day-over-limit: every service of that worker on that day; the limit itself is fine")
  func workerDayOverLimit() throws {
    let result = try Fixture([
      "services.csv": csv(
        Header.services,
        /* 2 */ "R1,2026-03-02,W2,B3,home_visit,5,,,,",
        /* 3 */ "R2,2026-03-02,W2,B3,case_work,5,,,,",
        /* 4 */ "R3,2026-03-02,W2,B3,daily_care,3,,,,",
        /* 5 */ "R4,2026-03-03,W2,B3,home_visit,6,,,,",
        /* 6 */ "R5,2026-03-03,W2,B3,case_work,6,,,,",
        /* 7 */ "R6,2026-03-02,W1,B1,home_visit,1,,,,",
        // Rejected, so its half hour does not push 2026-03-03 over the limit.
        /* 8 */ "R7,2026-03-03,W2,B3,daily_care,0.5,,25:00,,")
    ]).validate()
    let file = "services.csv"
    #expect(
      result.findings == [
        warn(file, 2, "duration", "worker-day-over-limit"),
        warn(file, 3, "duration", "worker-day-over-limit"),
        warn(file, 4, "duration", "worker-day-over-limit"),
        err(file, 8, "start_time", "type-error"),
      ])
    #expect(result.tally(file) == Tally(rows: 7, accepted: 6, rejected: 1))
  }

  @Test("possible-duplicate: every later match of worker, beneficiary, date and type; not the first")
  func possibleDuplicate() throws {
    let result = try Fixture([
      "services.csv": csv(
        Header.services,
        /* 2 */ "R1,2026-03-02,W1,B1,home_visit,1,,,,",
        /* 3 */ "R2,2026-03-02,W1,B1,home_visit,0.5,,,,",
        /* 4 */ "R3,2026-03-02,W1,B1,phone_follow_up,1,,,,",
        /* 5 */ "R4,2026-03-02,W1,B2,home_visit,1,,,,",
        /* 6 */ "R5,2026-03-02,W2,B1,home_visit,1,,,,",
        /* 7 */ "R6,2026-03-03,W1,B1,home_visit,1,,,,",
        /* 8 */ "R7,2026-03-02,W1,B1,入户探访,1,,,,",
        // 2026-03-04: the first row is rejected, so the second is the first accepted.
        /* 9 */ "R8,2026-03-04,W1,B1,home_visit,1,,25:00,,",
        /* 10 */ "R9,2026-03-04,W1,B1,home_visit,1,,,,")
    ]).validate()
    let file = "services.csv"
    #expect(
      result.findings == [
        warn(file, 3, "record_id", "possible-duplicate"),
        warn(file, 8, "record_id", "possible-duplicate"),
        err(file, 9, "start_time", "type-error"),
      ])
    #expect(result.tally(file) == Tally(rows: 9, accepted: 8, rejected: 1))
    #expect(result.issuesAt(file, line: 8).first?.value == "R7")
    #expect(result.issuesAt(file, line: 8).first?.message.contains("R1") == true)
  }

  @Test("attendance-exceeds-participants: on the activity row; only accepted attendance counts")
  func attendanceExceedsParticipants() throws {
    let result = try Fixture([
      "activities.csv": csv(
        Header.activities,
        "A1,2026-03-05,ST01,group,,W1,2,1,,,",
        "A2,2026-03-05,ST01,group,,W1,2,2,,,",
        "A3,2026-03-05,ST01,group,,W1,2,1,,,",
        "A4,2026-03-05,ST01,group,,W1,2,0,,,"),
      "attendance.csv": csv(
        Header.attendance,
        /* 2 */ "A1,B1",
        /* 3 */ "A1,B2",
        /* 4 */ "A2,B1",
        /* 5 */ "A2,B2",
        /* 6 */ "A3,B1",
        /* 7 */ "A3,B9",
        /* 8 */ "A3,B1"),
    ]).validate()
    #expect(
      result.findings == [
        warn("activities.csv", 2, "participants", "attendance-exceeds-participants"),
        err("attendance.csv", 7, "beneficiary_id", "unknown-reference"),
        err("attendance.csv", 8, "", "duplicate-key"),
      ])
    #expect(result.tally("activities.csv") == Tally(rows: 4, accepted: 4, rejected: 0))
    #expect(result.tally("attendance.csv") == Tally(rows: 7, accepted: 5, rejected: 2))
    #expect(result.activities.warnings == [1, 0, 0, 0])
    #expect(result.issuesAt("activities.csv", line: 2).first?.value == "1")
  }

  @Test("attendance-exceeds-participants uses the participants header as the file wrote it")
  func attendanceExceedsWithChineseHeader() throws {
    let result = try Fixture([
      "activities.csv": csv(
        "活动编号,活动日期,站点编号,活动类型,负责人编号,时长,参与人次",
        "A1,2026-03-05,ST01,小组,W1,2,0"),
      "attendance.csv": csv(Header.attendance, "A1,B1"),
    ]).validate()
    #expect(result.findings == [warn("activities.csv", 2, "参与人次", "attendance-exceeds-participants")])
  }
}
