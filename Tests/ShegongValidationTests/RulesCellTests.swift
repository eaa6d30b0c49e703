import Testing

@testable import ShegongValidation

/// SPEC §4 stages 2–4: each cell (`missing-value`, `type-error`, `constraint-error`), row
/// constraints (end before start, a village's parent) and `future-date`.
@Suite("Rules: cells, row constraints, future dates")
struct RulesCellTests {
  @Test("services: required values, unparseable values, values out of range")
  func serviceCells() throws {
    let result = try Fixture([
      "services.csv": csv(
        Header.services,
        /* 2 */ "R1,,W1,B1,home_visit,1,,,,",
        /* 3 */ "R2,2026-02-30,W1,B1,home_visit,1,,,,",
        /* 4 */ "R3,2026-03-02 10:00,W1,B1,home_visit,1,,,,",
        /* 5 */ "R4,2026-03-02,W1,B1,home_visit,一个半小时,,,,",
        /* 6 */ "R5,2026-03-02,W1,B1,phone_follow_up,1,,25:00,,",
        /* 7 */ "R6,2026-03-02,W1,B1,探访,1,,,,",
        /* 8 */ "R7,2026-03-02,W1,B1,Home_Visit,1,,,,",
        /* 9 */ "R8,2026-03-02,W1,B1,home_visit,0.001,,,,",
        /* 10 */ "R9,2026-03-02,W1,B1,home_visit,13,,,,",
        /* 11 */ "R10,2026-03-02,W1,B2,home_visit,12,,,,",
        /* 12 */ "R11,2026-03-02,W1,B3,case_work,0.5,,,结束,",
        /* 13 */ ",2026-03-03,W1,B1,home_visit,1,,,,",
        /* 14 */ "R13,2026-03-03,,B1,home_visit,1,,,,",
        /* 15 */ "R14,2026-03-03,W1,,home_visit,1,,,,",
        /* 16 */ "R15,2026-03-03,W1,B1,,1,,,,",
        /* 17 */ "R16,2026-03-03,W1,B1,home_visit,,,,,",
        /* 18 */ "R17,2026年3月4日,W1,B1,个案服务,1小时30分,,09:05:00,结案,")
    ]).validate()
    let file = "services.csv"
    #expect(
      result.findings == [
        err(file, 2, "date", "missing-value"),
        err(file, 3, "date", "type-error"),
        err(file, 4, "date", "type-error"),
        err(file, 5, "duration", "type-error"),
        err(file, 6, "start_time", "type-error"),
        err(file, 7, "service_type", "constraint-error"),
        err(file, 8, "service_type", "constraint-error"),
        err(file, 9, "duration", "constraint-error"),
        err(file, 10, "duration", "constraint-error"),
        err(file, 12, "case_stage", "constraint-error"),
        err(file, 13, "record_id", "missing-value"),
        err(file, 14, "worker_id", "missing-value"),
        err(file, 15, "beneficiary_id", "missing-value"),
        err(file, 16, "service_type", "missing-value"),
        err(file, 17, "duration", "missing-value"),
      ])
    #expect(result.tally(file) == Tally(rows: 17, accepted: 2, rejected: 15))
    #expect(result.issuesAt(file, line: 3).first?.value == "2026-02-30")
    #expect(result.issuesAt(file, line: 5).first?.value == "一个半小时")
    // R10: exactly max_record_hours is allowed. R17: labels, a Chinese date, hours and minutes.
    #expect(result.services.minutes == [720, 90])
    #expect(result.services.type == [.homeVisit, .caseWork])
    #expect(result.services.stage == [nil, .close])
    #expect(result.services.date == [ValidatedInputs.day("2026-03-02"), ValidatedInputs.day("2026-03-04")])
    #expect(result.services.startSecond == [-1, 9 * 3600 + 5 * 60])
  }

  @Test("activities: vocabularies, durations, integers ≥ 0, volunteer_hours without upper bound")
  func activityCells() throws {
    let result = try Fixture([
      "activities.csv": csv(
        Header.activities,
        /* 2 */ "A1,2026-03-05,ST01,group,讲座,W1,2,2.0,,,",
        /* 3 */ "A2,2026-03-05,ST01,聚会,,W1,2,5,,,",
        /* 4 */ "A3,2026-03-05,ST01,group,,W1,0.001,5,,,",
        /* 5 */ "A4,2026-03-05,ST01,group,,W1,13,5,,,",
        /* 6 */ "A5,2026-03-05,ST01,group,,W1,2,-3,,,",
        /* 7 */ "A6,2026-03-05,ST01,group,,W1,2,5,-1,,",
        /* 8 */ "A7,2026-03-05,ST01,group,,W1,2,5,2,-1,",
        /* 9 */ "A8,2026-03-05,ST01,group,,W1,2,5,2,100,",
        /* 10 */ "A9,2026-03-05,ST01,group,,W1,2,5,,,少年",
        /* 11 */ "A10,2026-03-05,ST01,,,W1,2,5,,,",
        /* 12 */ "A11,2026-03-06,ST01,社区活动,,W1,1.5,0,,,儿童",
        /* 13 */ "A12,2026-03-06,ST01,group,,W1,2,,,,",
        /* 14 */ "A13,2026-03-06,ST01,group,,W1,2,5,x,,")
    ]).validate()
    let file = "activities.csv"
    #expect(
      result.findings == [
        err(file, 2, "participants", "type-error"),
        err(file, 3, "kind", "constraint-error"),
        err(file, 4, "duration", "constraint-error"),
        err(file, 5, "duration", "constraint-error"),
        err(file, 6, "participants", "constraint-error"),
        err(file, 7, "volunteer_count", "constraint-error"),
        err(file, 8, "volunteer_hours", "constraint-error"),
        err(file, 10, "target_group", "constraint-error"),
        err(file, 11, "kind", "missing-value"),
        err(file, 13, "participants", "missing-value"),
        err(file, 14, "volunteer_count", "type-error"),
      ])
    #expect(result.tally(file) == Tally(rows: 13, accepted: 2, rejected: 11))
    #expect(result.activities.id == ["A8", "A11"])
    #expect(result.activities.volunteerMinutes == [6000, 0])
    #expect(result.activities.kind == [.group, .community])
    #expect(result.activities.targetGroup == [.general, .children])
    #expect(result.activities.participants == [5, 0])
  }

  @Test("stations: type, posts_planned, closed before opened (equal is fine)")
  func stationCells() throws {
    let result = try Fixture([
      "stations.csv": csv(
        Header.stations,
        "ST01,城关社工站,station,T1,2025-01-01,,2",
        "ST02,河西社工站,station,T2,2025-01-01,,1",
        "P01,东村服务点,point,V1,2025-01-01,,0",
        /* 5 */ "ST03,新站,hub,T1,2025-01-01,,1",
        /* 6 */ "ST04,新站,station,T1,2025-01-01,,2.0",
        /* 7 */ "ST05,新站,station,T1,2025-01-01,,-1",
        /* 8 */ "ST06,新站,station,T1,2025-03-01,2025-02-28,1",
        /* 9 */ "ST07,新站,station,T1,2025-03-01,2025-03-01,",
        /* 10 */ "ST08,,station,T1,2025-01-01,,",
        /* 11 */ "ST09,新站,station,T1,2025-13-01,,",
        /* 12 */ "ST10,新站,站点,T1,2025-13-01,,x")
    ]).validate()
    let file = "stations.csv"
    #expect(
      result.findings == [
        err(file, 5, "type", "constraint-error"),
        err(file, 6, "posts_planned", "type-error"),
        err(file, 7, "posts_planned", "constraint-error"),
        err(file, 8, "closed_on", "constraint-error"),
        err(file, 10, "name", "missing-value"),
        err(file, 11, "opened_on", "type-error"),
        // Two bad cells, two issues, in column order.
        err(file, 12, "type", "constraint-error"),
        err(file, 12, "opened_on", "type-error"),
        err(file, 12, "posts_planned", "type-error"),
      ])
    #expect(result.tally(file) == Tally(rows: 11, accepted: 4, rejected: 7))
    #expect(result.stations.id == ["ST01", "ST02", "P01", "ST07"])
    #expect(result.stations.postsPlanned == [2, 1, 0, 0])
  }

  @Test("workers: role, certified, end before start (equal is fine)")
  func workerCells() throws {
    let result = try Fixture([
      "workers.csv": csv(
        Header.workers,
        "W1,李明,social_worker,ST01,yes,2025-01-01,",
        "W2,王芳,social_worker,ST02,no,2025-01-01,",
        "W3,赵亮,volunteer,ST01,,2025-01-01,",
        /* 5 */ "W4,孙丽,social_worker,ST01,maybe,2025-01-01,",
        /* 6 */ "W5,周强,manager,ST01,yes,2025-01-01,",
        /* 7 */ "W6,吴刚,social_worker,ST01,yes,2025-06-01,2025-05-31",
        /* 8 */ "W7,郑洁,志愿者,ST01,是,2025-06-01,2025-06-01",
        /* 9 */ "W8,冯雪,social_worker,ST01,no,,")
    ]).validate()
    let file = "workers.csv"
    #expect(
      result.findings == [
        err(file, 5, "certified", "type-error"),
        err(file, 6, "role", "constraint-error"),
        err(file, 7, "end_date", "constraint-error"),
        err(file, 9, "start_date", "missing-value"),
      ])
    #expect(result.tally(file) == Tally(rows: 8, accepted: 4, rejected: 4))
    #expect(result.workers.id == ["W1", "W2", "W3", "W7"])
    #expect(result.workers.role == [.socialWorker, .socialWorker, .volunteer, .volunteer])
    #expect(result.workers.certified == [true, false, false, true])
  }

  @Test("beneficiaries: grade 1–4, disability type, categories, exited before registered")
  func beneficiaryCells() throws {
    let result = try Fixture([
      "beneficiaries.csv": csv(
        Header.beneficiaries,
        "B1,张三倩,11010519491231002X,H1,V1,ST01,elderly_alone,,,2025-01-01,",
        "B2,欧阳娜娜,,H1,V1,ST01,dibao;disabled,physical,2,2025-01-01,",
        "B3,刘洋,,,V2,ST02,left_behind_child,,,2025-01-01,",
        /* 5 */ "B4,陈静,,,V1,ST01,dibao,physical,5,2025-01-01,",
        /* 6 */ "B5,陈静,,,V1,ST01,dibao,physical,0,2025-01-01,",
        /* 7 */ "B6,陈静,,,V1,ST01,dibao,blind,,2025-01-01,",
        /* 8 */ "B7,陈静,,,V1,ST01,rich,,,2025-01-01,",
        /* 9 */ "B8,陈静,,,V1,ST01,,,,2025-01-01,",
        /* 10 */ "B9,陈静,,,V1,ST01,dibao,,,2025-06-01,2025-05-01",
        /* 11 */ "B10,陈静,,,V1,ST01,dibao,肢体,4,2025-06-01,2025-06-01",
        /* 12 */ "B11,陈静,,,V1,ST01,dibao,,1.5,2025-01-01,",
        /* 13 */ "B12,陈静,,,V1,ST01,dibao,,,,")
    ]).validate()
    let file = "beneficiaries.csv"
    #expect(
      result.findings == [
        err(file, 5, "disability_grade", "constraint-error"),
        err(file, 6, "disability_grade", "constraint-error"),
        err(file, 7, "disability_type", "constraint-error"),
        err(file, 8, "categories", "constraint-error"),
        err(file, 9, "categories", "missing-value"),
        err(file, 10, "exited_on", "constraint-error"),
        err(file, 12, "disability_grade", "type-error"),
        err(file, 13, "registered_on", "missing-value"),
      ])
    #expect(result.tally(file) == Tally(rows: 12, accepted: 4, rejected: 8))
    #expect(result.beneficiaries.id == ["B1", "B2", "B3", "B10"])
    #expect(result.beneficiaries.disabilityType == [nil, .physical, nil, .physical])
    #expect(result.beneficiaries.disabilityGrade == [0, 2, 0, 4])
  }

  @Test("areas: level, and a village's parent must be an accepted township")
  func areaCells() throws {
    let result = try Fixture([
      "areas.csv": csv(
        Header.areas,
        "T1,城关镇,township,",
        "T2,河西乡,township,",
        "V1,东村,village,T1",
        "V2,西村,village,T2",
        /* 6 */ "V3,南村,village,",
        /* 7 */ "V4,北村,village,V1",
        /* 8 */ "V5,新村,village,T9",
        /* 9 */ "X1,某县,county,",
        /* 10 */ "T3,,township,",
        /* 11 */ "V6,上村,社区,T3",
        /* 12 */ "V7,下村,村/社区,T4",
        /* 13 */ "T4,街道一,街道,",
        /* 14 */ ",无码村,village,T1")
    ]).validate()
    let file = "areas.csv"
    #expect(
      result.findings == [
        err(file, 6, "parent_code", "constraint-error"),
        err(file, 7, "parent_code", "constraint-error"),
        err(file, 8, "parent_code", "constraint-error"),
        err(file, 9, "level", "constraint-error"),
        err(file, 10, "name", "missing-value"),
        err(file, 11, "parent_code", "constraint-error"),
        err(file, 14, "area_code", "missing-value"),
      ])
    #expect(result.tally(file) == Tally(rows: 13, accepted: 6, rejected: 7))
    #expect(Set(result.areas.code) == ["T1", "T2", "V1", "V2", "V7", "T4"])
    let v7 = try #require(result.areas.code.firstIndex(of: "V7"))
    let t4 = try #require(result.areas.code.firstIndex(of: "T4"))
    #expect(result.areas.parent[v7] == Int32(t4))
    #expect(result.areas.level[t4] == .township)
  }

  @Test("a village without parent_code column at all is a constraint-error on every village")
  func areasWithoutParentColumn() throws {
    let result = try Fixture([
      "areas.csv": csv(
        "area_code,name,level",
        "T1,城关镇,township",
        "T2,河西乡,township",
        "V1,东村,village"),
      "stations.csv": csv(
        Header.stations,
        "ST01,城关社工站,station,T1,2025-01-01,,2",
        "ST02,河西社工站,station,T2,2025-01-01,,1"),
      "beneficiaries.csv": csv(Header.beneficiaries),
    ]).validate()
    #expect(result.findings == [err("areas.csv", 4, "parent_code", "constraint-error")])
    #expect(result.tally("areas.csv") == Tally(rows: 3, accepted: 2, rejected: 1))
  }

  @Test("future-date: a service or an activity after --as-of; the as-of day itself is fine")
  func futureDate() throws {
    let result = try Fixture([
      "stations.csv": csv(
        Header.stations,
        "ST01,城关社工站,station,T1,2025-01-01,,2",
        "ST02,河西社工站,station,T2,2025-01-01,,1",
        "P01,东村服务点,point,V1,2027-01-01,,0"),
      "services.csv": csv(
        Header.services,
        "R1,2026-04-01,W1,B1,home_visit,1,,,,",
        "R2,2026-03-31,W1,B1,home_visit,1,,,,"),
      "activities.csv": csv(
        Header.activities,
        "A1,2026-04-01,ST01,group,,W1,2,5,,,",
        "A2,2026-03-31,ST01,group,,W1,2,5,,,"),
    ]).validate(asOf: "2026-03-31")
    #expect(
      result.findings == [
        err("activities.csv", 2, "date", "future-date"),
        err("services.csv", 2, "date", "future-date"),
      ])
    #expect(result.tally("stations.csv") == Tally(rows: 3, accepted: 3, rejected: 0))
    #expect(result.tally("activities.csv") == Tally(rows: 2, accepted: 1, rejected: 1))
    #expect(result.tally("services.csv") == Tally(rows: 2, accepted: 1, rejected: 1))
    #expect(result.issuesAt("services.csv", line: 2).first?.value == "2026-04-01")
  }

  @Test("the same rows are not future with a later --as-of")
  func futureDependsOnAsOf() throws {
    let result = try Fixture([
      "services.csv": csv(Header.services, "R1,2026-04-01,W1,B1,home_visit,1,,,,")
    ]).validate(asOf: "2026-04-01")
    #expect(result.findings == [])
    #expect(result.tally("services.csv") == Tally(rows: 1, accepted: 1, rejected: 0))
  }
}
