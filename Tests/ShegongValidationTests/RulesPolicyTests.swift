import ShegongIngest
import Testing

@testable import ShegongValidation

/// SPEC §6: `policy.json`, its defaults, merging, and what makes it malformed.
@Suite("Rules: policy.json")
struct RulesPolicyTests {
  private func parse(_ json: String) throws(IngestError) -> Policy {
    try PolicyReader.parse(Array(json.utf8))
  }

  private func days(_ policy: Policy, _ category: Category) -> Int32? {
    policy.visitIntervalDays[Int(category.rawValue)]
  }

  @Test("the defaults of SPEC §6")
  func defaults() throws {
    let policy = Policy()
    let expected: [(Category, Int32?)] = [
      (.elderlyAlone, 30), (.leftBehindElderly, 30), (.elderlyAdvanced, 60), (.orphan, 30), (.unsupportedChild, 30),
      (.childInDifficulty, 30), (.leftBehindChild, 60), (.tekun, 30), (.dibao, 90), (.dibaoEdge, 90), (.disabled, 90),
      (.povertyMonitoring, 30), (.other, nil),
    ]
    for (category, interval) in expected {
      #expect(days(policy, category) == interval, "\(category.code)")
    }
    let contact: [ServiceType] = [.homeVisit, .caseWork, .dailyCare, .psychSupport, .crisis]
    #expect(policy.contactServiceTypes == contact.reduce(0) { $0 | $1.bit })
    #expect(policy.maxRecordMinutes == 720)
    #expect(policy.maxWorkerMinutesPerDay == 720)
    #expect(!policy.hasPayRates)
    #expect(try parse("{}") == policy)
    #expect(try parse("{\"comment\": \"ignored\", \"version\": [1, 2]}") == policy)
    // A folder without policy.json runs on the defaults.
    #expect(try Fixture().validate().policy == policy)
  }

  @Test("visit_interval_days is merged over the defaults key by key; null removes an interval")
  func mergeIntervals() throws {
    let policy = try parse(#"{"visit_interval_days": {"dibao": 45, "tekun": null, "other": 10, "orphan": 0}}"#)
    #expect(days(policy, .dibao) == 45)
    #expect(days(policy, .tekun) == nil)
    #expect(days(policy, .other) == 10)
    #expect(days(policy, .orphan) == 0)
    #expect(days(policy, .elderlyAlone) == 30)
    #expect(days(policy, .dibaoEdge) == 90)
    #expect(policy.maxRecordMinutes == 720)
  }

  @Test("the other keys replace their defaults")
  func otherKeys() throws {
    let policy = try parse(
      #"""
      {"contact_service_types": ["home_visit", "phone_follow_up"], "max_record_hours": 1.5,
       "max_worker_hours_per_day": 8,
       "pay": {"hourly": {"home_visit": 40}, "per_record": {"daily_care": 30.5}}}
      """#)
    #expect(policy.contactServiceTypes == ServiceType.homeVisit.bit | ServiceType.phoneFollowUp.bit)
    #expect(policy.maxRecordMinutes == 90)
    #expect(policy.maxWorkerMinutesPerDay == 480)
    #expect(policy.hasPayRates)
    #expect(policy.hourlyRate[Int(ServiceType.homeVisit.rawValue)] == 400_000)
    #expect(policy.perRecordRate[Int(ServiceType.dailyCare.rawValue)] == 305_000)
    #expect(policy.hourlyRate[Int(ServiceType.caseWork.rawValue)] == nil)
    // Rates are set only when pay has at least one entry.
    #expect(try !parse(#"{"pay": {}}"#).hasPayRates)
    #expect(try !parse(#"{"pay": {"hourly": {}, "per_record": {}}}"#).hasPayRates)
    #expect(try parse(#"{"pay": {"per_record": {"crisis": 0}}}"#).hasPayRates)
    // 1 and 0 are numbers, never booleans.
    let ones = try parse(#"{"max_record_hours": 1, "visit_interval_days": {"dibao": 1, "tekun": 0}}"#)
    #expect(ones.maxRecordMinutes == 60)
    #expect(days(ones, .dibao) == 1)
    #expect(days(ones, .tekun) == 0)
  }

  @Test(
    "a malformed policy names the key at fault",
    arguments: [
      ("not json", ""),
      ("[1, 2]", ""),
      (#"{"visit_interval_days": [30]}"#, "visit_interval_days"),
      (#"{"visit_interval_days": null}"#, "visit_interval_days"),
      (#"{"visit_interval_days": {"elderly": 30}}"#, "visit_interval_days.elderly"),
      (#"{"visit_interval_days": {"dibao": "30"}}"#, "visit_interval_days.dibao"),
      (#"{"visit_interval_days": {"dibao": true}}"#, "visit_interval_days.dibao"),
      (#"{"visit_interval_days": {"dibao": -1}}"#, "visit_interval_days.dibao"),
      (#"{"visit_interval_days": {"dibao": 1.5}}"#, "visit_interval_days.dibao"),
      (#"{"contact_service_types": ["visit"]}"#, "contact_service_types"),
      (#"{"contact_service_types": "home_visit"}"#, "contact_service_types"),
      (#"{"contact_service_types": [1]}"#, "contact_service_types"),
      (#"{"max_record_hours": 0}"#, "max_record_hours"),
      (#"{"max_record_hours": -2}"#, "max_record_hours"),
      (#"{"max_record_hours": "12"}"#, "max_record_hours"),
      (#"{"max_record_hours": null}"#, "max_record_hours"),
      (#"{"max_record_hours": true}"#, "max_record_hours"),
      (#"{"max_worker_hours_per_day": 0}"#, "max_worker_hours_per_day"),
      (#"{"max_worker_hours_per_day": -1}"#, "max_worker_hours_per_day"),
      (#"{"pay": 40}"#, "pay"),
      (#"{"pay": {"hourly": [40]}}"#, "pay.hourly"),
      (#"{"pay": {"hourly": {"home_visit": -40}}}"#, "pay.hourly.home_visit"),
      (#"{"pay": {"hourly": {"home_visit": "40"}}}"#, "pay.hourly.home_visit"),
      (#"{"pay": {"per_record": {"visit": 30}}}"#, "pay.per_record.visit"),
      (#"{"pay": {"per_record": {"daily_care": -0.5}}}"#, "pay.per_record.daily_care"),
      (#"{"region": "阳山县"}"#, "region"),
      (#"{"region": {"name": 441823}}"#, "region.name"),
      (#"{"region": {"code": "44182300000"}}"#, "region.code"),
      (#"{"region": {"code": "4418230000001"}}"#, "region.code"),
      (#"{"region": {"code": "44182300000X"}}"#, "region.code"),
      (#"{"region": {"code": "４４１８２３０００００0"}}"#, "region.code"),
      (#"{"region": {"code": 441823000000}}"#, "region.code"),
      (#"{"region": {"level": "village"}}"#, "region.level"),
      (#"{"region": {"level": "County"}}"#, "region.level"),
    ])
  func malformed(json: String, key: String) throws {
    let error = #expect(throws: IngestError.self) { try parse(json) }
    #expect(error?.kind == .malformedPolicy)
    #expect(error?.file == "policy.json")
    #expect(error?.column == key)
    if !key.isEmpty { #expect(error?.message.contains(key) == true, "\(error?.message ?? "")") }
  }

  @Test("region: name, code and level over the defaults (unnamed, no code, a county)")
  func region() throws {
    #expect(Policy().region == Region(name: "", code: "", level: .county))
    #expect(try parse("{}").region == Region())
    let full = try parse(#"{"region": {"name": "滨城区市西街道", "code": "371602001000", "level": "street"}}"#)
    #expect(full.region == Region(name: "滨城区市西街道", code: "371602001000", level: .street))
    #expect(try parse(#"{"region": {"name": "阳山县"}}"#).region == Region(name: "阳山县", code: "", level: .county))
    #expect(try parse(#"{"region": {"code": "", "level": "province"}}"#).region == Region(level: .province))
    for level in Region.Level.allCases {
      #expect(try parse(#"{"region": {"level": "\#(level.rawValue)"}}"#).region.level == level)
    }
  }

  @Test("the policy of the folder applies: max_record_hours and max_worker_hours_per_day")
  func policyInFolder() throws {
    let result = try Fixture([
      "policy.json": #"{"max_record_hours": 2, "max_worker_hours_per_day": 3, "unknown_key": 1}"#,
      "activities.csv": csv(
        Header.activities,
        "A1,2026-03-05,ST01,group,,W1,3,5,,,",
        "A2,2026-03-05,ST01,group,,W1,2,5,,,"),
      "services.csv": csv(
        Header.services,
        "R1,2026-03-02,W1,B1,home_visit,2,,,,",
        "R2,2026-03-02,W1,B2,home_visit,2.5,,,,",
        "R3,2026-03-02,W1,B3,phone_follow_up,1.5,,,,"),
    ]).validate()
    #expect(
      result.findings == [
        err("activities.csv", 2, "duration", "constraint-error"),
        warn("services.csv", 2, "duration", "worker-day-over-limit"),
        err("services.csv", 3, "duration", "constraint-error"),
        warn("services.csv", 4, "duration", "worker-day-over-limit"),
      ])
    #expect(result.policy.maxRecordMinutes == 120)
    #expect(result.files.map(\.name).contains("policy.json") == false)
  }

  @Test("a malformed policy.json makes the inputs unusable, naming the key")
  func malformedInFolder() throws {
    let error = try Fixture(["policy.json": #"{"visit_interval_days": {"dibao": -30}}"#]).validationError()
    #expect(error?.kind == .malformedPolicy)
    #expect(error?.file == "policy.json")
    #expect(error?.column == "visit_interval_days.dibao")
  }
}
