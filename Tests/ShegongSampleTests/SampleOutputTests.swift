import Foundation
import ShegongIngest
import ShegongSample
import ShegongValidation
import Testing

@Suite("Sample output: files, headers, encodings, rows")
struct SampleOutputTests {
  static let tinyFiles = [
    "areas.csv", "stations.csv", "workers.csv", "beneficiaries.csv", "activities.csv", "attendance.csv",
    "services.csv", "policy.json",
  ]

  /// The header line each file is written with.
  static let headers: [String: String] = [
    "areas.csv": "区划代码,名称,层级,上级代码",
    "stations.csv": "序号,站点编号,站点名称,类型,所在区划,启用日期,停用日期,岗位数",
    "workers.csv": "worker_id,name,role,station_id,certified,start_date,end_date",
    "beneficiaries.csv": "对象编号,姓名,身份证号,户编号,所在村居,责任站点,对象类别,残疾类别,残疾等级,建档日期,销档日期",
    "activities.csv": "活动编号,活动日期,站点编号,活动类型,活动名称,负责人编号,时长,参与人次,"
      + "志愿者人数,志愿服务时长,服务群体",
    "attendance.csv": "activity_id,beneficiary_id",
    "services.csv":
      "record_id,date,worker_id,beneficiary_id,service_type,duration,station_id,start_time,case_stage,note",
  ]

  @Test("a tiny sample holds every file of SPEC §3, with the right header and encoding")
  func tinyFilesAndHeaders() throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    let summary = try folder.write(SampleOptions())
    #expect(folder.listing() == Self.tinyFiles.sorted())
    #expect(summary.files.map(\.name) == Self.tinyFiles)
    for file in summary.files where file.name.hasSuffix(".csv") {
      let lines = try folder.lines(file.name, file.encoding)
      #expect(lines.first == Self.headers[file.name], "\(file.name)")
    }
    #expect(summary.file(named: "stations.csv")?.encoding == .gb18030)
    #expect(summary.file(named: "beneficiaries.csv")?.encoding == .utf8WithBOM)
    #expect(summary.file(named: "workers.csv")?.encoding == .utf8)
    #expect(try folder.bytes("beneficiaries.csv").starts(with: [0xEF, 0xBB, 0xBF]))
    #expect(try !folder.bytes("workers.csv").starts(with: [0xEF, 0xBB, 0xBF]))
  }

  @Test("row counts in the summary match the lines of every file")
  func rowCounts() throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    let summary = try folder.write(SampleOptions())
    for file in summary.files where file.name.hasSuffix(".csv") {
      let lines = try folder.lines(file.name, file.encoding)
      #expect(lines.count - 1 == file.rows, "\(file.name)")
      let bytes = try folder.bytes(file.name)
      #expect(bytes.count == file.bytes, "\(file.name)")
    }
    #expect(summary.serviceRows == 400)
    #expect(summary.file(named: "beneficiaries.csv")?.rows == 150)
    #expect(summary.files.allSatisfy { $0.plantedRejections == 0 })
    #expect(summary.plantedIssues.isEmpty)
  }

  @Test("--services sets the total number of service rows")
  func serviceOverride() throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    let summary = try folder.write(SampleOptions(services: 1234))
    #expect(summary.serviceRows == 1234)
    #expect(try folder.lines("services.csv", .utf8WithBOM).count == 1235)
    let none = try folder.write(SampleOptions(services: 0), into: "empty")
    #expect(none.serviceRows == 0)
  }

  @Test("the tiny scale stays small")
  func tinyIsSmall() throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    let summary = try folder.write(SampleOptions(scale: .tiny))
    let total = summary.files.reduce(0) { $0 + $1.bytes }
    #expect(total < 120_000)
    let areas = try folder.lines("areas.csv", .utf8WithBOM).dropFirst()
    #expect(areas.filter { $0.contains(",township,") }.count == 3)
    #expect(areas.filter { $0.contains(",village,") }.count == 12)
    let workers = try #require(summary.file(named: "workers.csv")).rows
    #expect((12...30).contains(workers))
  }

  @Test("the GB18030 file is not valid UTF-8 but decodes through the transcoder")
  func gb18030File() throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    _ = try folder.write(SampleOptions())
    let raw = try folder.bytes("stations.csv")
    #expect(String(validating: raw, as: UTF8.self) == nil)
    let decoded = try raw.withUnsafeBytes { try Transcoder.utf8(from: $0, encoding: .gb18030) }
    let text = try #require(String(validating: decoded, as: UTF8.self))
    #expect(text.hasPrefix("序号,站点编号,站点名称"))
    #expect(text.contains("社会工作服务站,站,"))
    #expect(text.hasSuffix(",,,,,,,\r\n"))
  }

  @Test("larger scales write one services file per month, the second in GB18030 with Chinese headers")
  func monthFiles() throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    let summary = try folder.write(SampleOptions(scale: .county, services: 2000))
    #expect(folder.listing("services") == ["2026-07.csv", "2026-08.csv", "2026-09.csv", "2026-10.csv"])
    #expect(!folder.listing().contains("services.csv"))
    #expect(summary.serviceRows == 2000)
    let august = try #require(summary.file(named: "services/2026-08.csv"))
    #expect(august.encoding == .gb18030)
    let lines = try folder.lines("services/2026-08.csv", .gb18030)
    #expect(lines.first == "服务日期,记录编号,服务站点,服务人员编号,对象编号,服务类型,开始时间,服务时长,个案阶段,备注")
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("2026/8/") })
    #expect(lines.contains { $0.contains(",入户探访,") })
    let october = try folder.lines("services/2026-10.csv", .utf8WithBOM)
    #expect(october.dropFirst().allSatisfy { $0.hasPrefix("R") && $0.contains(",2026年10月") })
    let townships = try folder.lines("areas.csv", .utf8WithBOM).filter { $0.contains(",township,") }
    #expect(townships.count == 13)
  }

  @Test("policy.json gives the limits and pay rates")
  func policy() throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    _ = try folder.write(SampleOptions())
    let object = try JSONSerialization.jsonObject(with: Data(folder.bytes("policy.json")))
    let policy = try #require(object as? [String: Any])
    #expect(policy["max_record_hours"] as? Int == 12)
    let pay = try #require(policy["pay"] as? [String: Any])
    #expect((pay["hourly"] as? [String: Any])?["home_visit"] as? Int == 40)
    #expect((pay["per_record"] as? [String: Any])?.isEmpty == false)
  }

  @Test("policy.json names the sample's county as its region, with the county's 12-digit code")
  func region() throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    _ = try folder.write(SampleOptions())
    let policy = try PolicyReader.parse(folder.bytes("policy.json"))
    #expect(policy.region == Region(name: "青石县", code: "371326000000", level: .county))
    // Every area code of the sample lies in that county.
    let areas = try folder.lines("areas.csv", .utf8WithBOM).dropFirst()
    #expect(!areas.isEmpty)
    #expect(areas.allSatisfy { $0.hasPrefix("371326") })
  }
}
