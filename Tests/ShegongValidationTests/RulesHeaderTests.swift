import ShegongIngest
import Testing

@testable import ShegongValidation

/// SPEC §3: headers, id comparison, vocabularies, categories, and a `services/` folder.
@Suite("Rules: headers, ids, vocabularies, services folder")
struct RulesHeaderTests {
  @Test("every file with its Chinese header and Chinese labels")
  func chineseAliases() throws {
    let result = try Fixture([
      "areas.csv": csv(
        "区划代码,名称,层级,上级代码",
        "T1,城关镇,乡镇,",
        "T2,河西街道,街道,",
        "V1,东村,村/社区,T1",
        "V2,西村,村,T2"),
      "stations.csv": csv(
        "站点编号,站点名称,类型,所在区划,启用日期,停用日期,岗位数",
        "ST01,城关社工站,站,T1,2025/1/1,,2",
        "ST02,河西社工站,站,T2,2025.1.1,,1",
        "P01,东村服务点,点,V1,20250101,,0"),
      "workers.csv": csv(
        "人员编号,姓名,角色,所属站点,持证,入职日期,离职日期",
        "W1,李明,社工,ST01,是,2025年1月1日,",
        "W2,王芳,社工,ST02,否,2025-01-01,",
        "W3,赵亮,志愿者,ST01,,2025-01-01,"),
      "beneficiaries.csv": csv(
        "对象编号,姓名,身份证号,户编号,所在村居,责任站点,对象类别,残疾类别,残疾等级,建档日期,销档日期",
        "B1,张三倩,11010519491231002X,H1,V1,ST01,独居老人,,,2025-01-01,",
        "B2,欧阳娜娜,,H1,V1,ST01,低保、残疾人,肢体,2,2025-01-01,",
        "B3,刘洋,,,V2,ST02,留守儿童,,,2025-01-01,"),
      "activities.csv": csv(
        "活动编号,活动日期,站点编号,活动类型,活动名称,负责人编号,时长,参与人次,志愿者人数,志愿服务时长,服务群体",
        "A1,2026-03-05,ST01,小组,健康讲座,W1,2小时,10,1,90分钟,老年人",
        "A2,2026-03-06,ST02,宣传,,W2,1,,,,"),
      "attendance.csv": csv("活动编号,对象编号", "A1,B1", "A1,B2"),
      "services.csv": csv(
        "记录编号,服务日期,服务人员编号,对象编号,服务类型,服务时长,服务站点,开始时间,个案阶段,备注",
        "R1,2026年3月2日,W1,B1,入户探访,1小时30分,,09:00,,",
        "R2,2026-02-30,W1,B1,电话回访,1,,,,",
        "R3,2026-03-02,W1,B2,个案服务,1,,,结案,"),
    ]).validate()
    #expect(
      result.findings == [
        err("activities.csv", 3, "参与人次", "missing-value"),
        err("services.csv", 3, "服务日期", "type-error"),
      ])
    #expect(result.tally("areas.csv") == Tally(rows: 4, accepted: 4, rejected: 0))
    #expect(result.tally("stations.csv") == Tally(rows: 3, accepted: 3, rejected: 0))
    #expect(result.tally("workers.csv") == Tally(rows: 3, accepted: 3, rejected: 0))
    #expect(result.tally("beneficiaries.csv") == Tally(rows: 3, accepted: 3, rejected: 0))
    #expect(result.tally("activities.csv") == Tally(rows: 2, accepted: 1, rejected: 1))
    #expect(result.tally("attendance.csv") == Tally(rows: 2, accepted: 2, rejected: 0))
    #expect(result.tally("services.csv") == Tally(rows: 3, accepted: 2, rejected: 1))
    #expect(result.areas.level == [.township, .township, .village, .village])
    #expect(result.stations.type == [.station, .station, .point])
    #expect(Set(result.stations.openedOn) == [try #require(ValidatedInputs.day("2025-01-01"))])
    #expect(result.workers.role == [.socialWorker, .socialWorker, .volunteer])
    #expect(result.workers.certified == [true, false, false])
    #expect(result.beneficiaries.categories[1] == Category.dibao.bit | Category.disabled.bit)
    #expect(result.beneficiaries.disabilityType[1] == .physical)
    #expect(result.activities.kind == [.group])
    #expect(result.activities.minutes == [120])
    #expect(result.activities.volunteerMinutes == [90])
    #expect(result.activities.targetGroup == [.elderly])
    #expect(result.services.type == [.homeVisit, .caseWork])
    #expect(result.services.minutes == [90, 60])
    #expect(result.services.stage == [nil, .close])
  }

  @Test("full-width, mixed-case and padded English headers in any order; extra columns ignored")
  func foldedHeaders() throws {
    let result = try Fixture([
      "services.csv": csv(
        "ＲＥＣＯＲＤ＿ＩＤ,Date, Worker_ID ,BENEFICIARY_ID,录入人,Service_Type,DURATION,审核意见",
        "R1,2026-03-02,W1,B1,张三,home_visit,1,通过",
        "R2,2026-02-30,W1,B1,张三,home_visit,1,",
        ",2026-03-03,W1,B2,,home_visit,1,",
        "R4,2026-03-03,W9,B2,,home_visit,1,")
    ]).validate()
    #expect(
      result.findings == [
        err("services.csv", 3, "Date", "type-error"),
        err("services.csv", 4, "RECORD_ID", "missing-value"),
        err("services.csv", 5, "Worker_ID", "unknown-reference"),
      ])
    #expect(result.tally("services.csv") == Tally(rows: 4, accepted: 1, rejected: 3))
    // Optional columns that are absent take their defaults.
    #expect(result.services.startSecond == [-1])
    #expect(result.services.station == [0])
  }

  @Test("a missing required column makes the inputs unusable (missingColumn), naming file and column")
  func missingColumn() throws {
    let workers = try Fixture([
      "workers.csv": csv("worker_id,name,station_id,start_date", "W1,李明,ST01,2025-01-01")
    ]).validationError()
    #expect(workers?.kind == .missingColumn)
    #expect(workers?.file == "workers.csv")
    #expect(workers?.column == "role")

    let attendance = try Fixture([
      "activities.csv": csv(Header.activities),
      "attendance.csv": csv("activity_id,对象", "A1,B1"),
    ]).validationError()
    #expect(attendance?.kind == .missingColumn)
    #expect(attendance?.file == "attendance.csv")
    #expect(attendance?.column == "beneficiary_id")
  }

  @Test("two header cells naming one column make the inputs unusable (duplicateColumn)")
  func duplicateColumn() throws {
    let areas = try Fixture([
      "areas.csv": csv("area_code,name,名称,level,parent_code", "T1,城关镇,城关镇,township,")
    ]).validationError()
    #expect(areas?.kind == .duplicateColumn)
    #expect(areas?.file == "areas.csv")
    #expect(areas?.line == 1)

    let stations = try Fixture([
      "stations.csv": csv(
        "station_id,name,type,Area_Code,opened_on,区划代码", "ST01,城关社工站,station,T1,2025-01-01,T1")
    ]).validationError()
    #expect(stations?.kind == .duplicateColumn)
    #expect(stations?.file == "stations.csv")

    let services = try Fixture([
      "services.csv": csv(
        "record_id,date,worker_id,beneficiary_id,service_type,duration,ＤＵＲＡＴＩＯＮ", "R1,2026-03-02,W1,B1,home_visit,1,1")
    ]).validationError()
    #expect(services?.kind == .duplicateColumn)
  }

  @Test("ids are compared after trimming and full-width folding, and case-sensitively")
  func idFolding() throws {
    let result = try Fixture([
      "stations.csv": csv(
        Header.stations,
        "ST01,城关社工站,station,T1,2025-01-01,,2",
        "ST02,河西社工站,station,T2,2025-01-01,,1",
        "P01,东村服务点,point,V1,2025-01-01,,0",
        /* 5 */ "ＳＴ０１,全角站,station,T1,2025-01-01,,0",
        /* 6 */ "st01,小写站,station,Ｔ１,2025-01-01,,0",
        /* 7 */ " ST02 ,空格站,station,T2,2025-01-01,,0"),
      "workers.csv": csv(
        Header.workers,
        "W1,李明,social_worker,ST01,yes,2025-01-01,",
        "W2,王芳,social_worker,ST02,no,2025-01-01,",
        "W3,赵亮,volunteer,ST01,,2025-01-01,",
        /* 5 */ "W4,孙丽,social_worker,ＳＴ０２,yes,2025-01-01,",
        /* 6 */ "W5,周强,social_worker,st02,yes,2025-01-01,",
        /* 7 */ "W6,郑洁,social_worker,st01,yes,2025-01-01,",
        /* 8 */ "W7,冯雪,social_worker,\u{3000}ST01\u{00A0},yes,2025-01-01,"),
      "services.csv": csv(
        Header.services,
        "R1,2026-03-02,Ｗ１,B1,home_visit,1,,,,",
        "r1,2026-03-03,W1,b1,home_visit,1,,,,",
        "Ｒ１,2026-03-04,W1,B1,home_visit,1,,,,"),
    ]).validate()
    #expect(
      result.findings == [
        err("stations.csv", 5, "station_id", "duplicate-key"),
        err("stations.csv", 7, "station_id", "duplicate-key"),
        err("workers.csv", 6, "station_id", "unknown-reference"),
        err("services.csv", 3, "beneficiary_id", "unknown-reference"),
        err("services.csv", 4, "record_id", "duplicate-key"),
      ])
    #expect(result.stations.id == ["ST01", "ST02", "P01", "st01"])
    #expect(result.workers.id == ["W1", "W2", "W3", "W4", "W6", "W7"])
    #expect(
      result.workers.station.map { result.stations.id[Int($0)] } == ["ST01", "ST02", "ST01", "ST02", "st01", "ST01"])
    #expect(result.services.worker == [0])
  }

  @Test("vocabulary codes are case-sensitive and labels exact")
  func vocabularyExactness() throws {
    let result = try Fixture([
      "services.csv": csv(
        Header.services,
        "R1,2026-03-02,W1,B1,HOME_VISIT,1,,,,",
        "R2,2026-03-02,W1,B1,入户,1,,,,",
        "R3,2026-03-02,W1,B1,入户探访 ,1,,,,",
        "R4,2026-03-02,W1,B2,case_work,1,,,NEW,",
        "R5,2026-03-02,W1,B2,case_work,1,,,,",
        "R6,2026-03-02,W1,B3,crisis,1,,,new,",
        // A stage outside its vocabulary is an error on any service type.
        "R7,2026-03-03,W1,B3,crisis,1,,,结束,")
    ]).validate()
    #expect(
      result.findings == [
        err("services.csv", 2, "service_type", "constraint-error"),
        err("services.csv", 3, "service_type", "constraint-error"),
        err("services.csv", 5, "case_stage", "constraint-error"),
        err("services.csv", 8, "case_stage", "constraint-error"),
      ])
    // An empty stage of case work means follow; a stage on another type is not kept.
    #expect(result.services.stage == [nil, .follow, nil])
  }

  @Test("categories are separated by ; ； 、 | and , inside quotes (also full-width)")
  func categorySeparators() throws {
    let result = try Fixture([
      "beneficiaries.csv": csv(
        Header.beneficiaries,
        "B1,张三倩,11010519491231002X,H1,V1,ST01,elderly_alone,,,2025-01-01,",
        "B2,欧阳娜娜,,H1,V1,ST01,dibao;disabled,physical,2,2025-01-01,",
        "B3,刘洋,,,V2,ST02,left_behind_child,,,2025-01-01,",
        /* 5 */ "B4,陈静,,,V1,ST01,dibao;tekun,,,2025-01-01,",
        /* 6 */ "B5,陈静,,,V1,ST01,低保；特困,,,2025-01-01,",
        /* 7 */ "B6,陈静,,,V1,ST01,低保、特困,,,2025-01-01,",
        /* 8 */ "B7,陈静,,,V1,ST01,\"dibao,tekun\",,,2025-01-01,",
        /* 9 */ "B8,陈静,,,V1,ST01,dibao|特困,,,2025-01-01,",
        /* 10 */ "B9,陈静,,,V1,ST01,\"低保，特困\",,,2025-01-01,",
        /* 11 */ "B10,陈静,,,V1,ST01,dibao; 孤儿 ;other,,,2025-01-01,",
        /* 12 */ "B11,陈静,,,V1,ST01,dibao;富人,,,2025-01-01,",
        /* 13 */ "B12,陈静,,,V1,ST01,Dibao,,,2025-01-01,",
        /* 14 */ "B13,陈静,,,V1,ST01,dibao tekun,,,2025-01-01,")
    ]).validate()
    let file = "beneficiaries.csv"
    #expect(
      result.findings == [
        err(file, 12, "categories", "constraint-error"),
        err(file, 13, "categories", "constraint-error"),
        err(file, 14, "categories", "constraint-error"),
      ])
    #expect(result.tally(file) == Tally(rows: 13, accepted: 10, rejected: 3))
    let both = Category.dibao.bit | Category.tekun.bit
    #expect(
      Array(result.beneficiaries.categories[3...]) == [
        both, both, both, both, both, both,
        Category.dibao.bit | Category.orphan.bit | Category.other.bit,
      ])
  }

  @Test(
    "a services/ folder is one table read in bytewise order of file names; issues name their file",
    arguments: [1, 2, 3])
  func servicesFolder(threads: Int) throws {
    let result = try Fixture([
      "services.csv": nil,
      "services/B.csv": csv(
        Header.services,
        "R1,2026-03-02,W1,B1,home_visit,1,,,,",
        "R2,2026-03-02,W1,B2,home_visit,1,,,,"),
      "services/a.csv": csv(
        Header.services,
        "R1,2026-03-03,W2,B3,home_visit,1,,,,",
        "R3,2026-02-30,W2,B3,home_visit,1,,,,",
        "R4,2026-03-02,W1,B1,home_visit,1,,,,"),
      "services/c.CSV": csv(
        "记录编号,服务日期,服务人员编号,对象编号,服务类型,服务时长",
        "R5,2026-03-04,W1,B1,home_visit,1",
        "R1,2026-03-04,W1,B2,home_visit,1"),
      "services/说明.txt": "not a CSV file\n",
    ]).validate(threads: threads)
    #expect(
      result.files.map(\.name) == [
        "areas.csv", "stations.csv", "workers.csv", "beneficiaries.csv", "services/B.csv", "services/a.csv",
        "services/c.CSV",
      ])
    #expect(
      result.findings == [
        err("services/a.csv", 2, "record_id", "duplicate-key"),
        err("services/a.csv", 3, "date", "type-error"),
        warn("services/a.csv", 4, "record_id", "possible-duplicate"),
        err("services/c.CSV", 3, "记录编号", "duplicate-key"),
      ])
    #expect(result.tally("services/B.csv") == Tally(rows: 2, accepted: 2, rejected: 0))
    #expect(result.tally("services/a.csv") == Tally(rows: 3, accepted: 1, rejected: 2))
    #expect(result.tally("services/c.CSV") == Tally(rows: 2, accepted: 1, rejected: 1))
    #expect(result.services.line == [2, 3, 4, 2])
    #expect(
      result.services.file.map { result.files[Int($0)].name } == [
        "services/B.csv", "services/B.csv", "services/a.csv", "services/c.CSV",
      ])
  }
}
