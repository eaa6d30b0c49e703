import Foundation
import ShegongAggregation
import ShegongRendering
import ShegongValidation
import Testing

/// A small county for the metrics document: one township, one village, two stations and a point,
/// a social worker and a volunteer, three beneficiaries, services, an activity, pay rates.
private func sampleInputs() -> ValidatedInputs {
  var inputs = ValidatedInputs()
  func date(_ year: Int, _ month: Int, _ day: Int) -> Day {
    CivilDate.dayNumber(year: year, month: month, day: day) ?? 0
  }
  inputs.asOf = date(2026, 11, 3)
  inputs.areas.code = ["T1", "V1"]
  inputs.areas.name = ["城关镇", "东\"关\"村\\一组"]
  inputs.areas.level = [.township, .village]
  inputs.areas.parent = [-1, 0]
  inputs.areas.township = [0, 0]
  inputs.stations.id = ["S1", "P1", "S9"]
  inputs.stations.name = ["城关社工站", "东关服务点\n(新)", "西关社工站"]
  inputs.stations.type = [.station, .point, .station]
  inputs.stations.area = [0, 1, 0]
  inputs.stations.openedOn = [date(2025, 1, 1), date(2025, 6, 1), date(2025, 1, 1)]
  inputs.stations.closedOn = [.never, .never, .never]
  inputs.stations.postsPlanned = [3, 1, 2]
  inputs.workers.id = ["W1", "W2"]
  inputs.workers.name = ["李社工", "志愿者\u{1}甲"]
  inputs.workers.role = [.socialWorker, .volunteer]
  inputs.workers.station = [0, 1]
  inputs.workers.certified = [true, false]
  inputs.workers.startDate = [date(2025, 1, 1), date(2025, 1, 1)]
  inputs.workers.endDate = [.never, .never]
  inputs.beneficiaries.id = ["B1", "B2", "B3"]
  inputs.beneficiaries.name = ["张三丰", "欧阳娜娜", "王五"]
  inputs.beneficiaries.household = [0, 0, 1]
  inputs.beneficiaries.householdCount = 2
  inputs.beneficiaries.area = [1, 1, 0]
  inputs.beneficiaries.station = [0, 0, 1]
  inputs.beneficiaries.categories = [
    Category.elderlyAlone.bit | Category.dibao.bit, Category.orphan.bit, Category.disabled.bit,
  ]
  inputs.beneficiaries.disabilityType = [nil, nil, .physical]
  inputs.beneficiaries.disabilityGrade = [0, 0, 2]
  inputs.beneficiaries.registeredOn = [date(2026, 1, 1), date(2026, 1, 1), date(2026, 1, 1)]
  inputs.beneficiaries.exitedOn = [.never, .never, .never]
  // Services: B1 home visit 90 min (W1) in October, B2 daily care 45 min (W2) in October, B1 in September.
  let services: [(Day, Int32, Int32, Int32, ServiceType, Int32)] = [
    (date(2026, 10, 5), 0, 0, 0, .homeVisit, 90), (date(2026, 10, 6), 1, 1, 1, .dailyCare, 45),
    (date(2026, 9, 6), 0, 0, 0, .homeVisit, 30),
  ]
  for (day, worker, person, station, type, minutes) in services {
    inputs.services.date.append(day)
    inputs.services.worker.append(worker)
    inputs.services.beneficiary.append(person)
    inputs.services.station.append(station)
    inputs.services.type.append(type)
    inputs.services.minutes.append(minutes)
    inputs.services.startSecond.append(-1)
    inputs.services.stage.append(nil)
    inputs.services.warnings.append(0)
    inputs.services.file.append(0)
    inputs.services.line.append(2)
  }
  inputs.activities.id = ["A1"]
  inputs.activities.date = [date(2026, 10, 10)]
  inputs.activities.station = [0]
  inputs.activities.kind = [.group]
  inputs.activities.title = [""]
  inputs.activities.lead = [0]
  inputs.activities.minutes = [60]
  inputs.activities.participants = [7]
  inputs.activities.volunteerCount = [1]
  inputs.activities.volunteerMinutes = [20]
  inputs.activities.targetGroup = [.elderly]
  inputs.activities.warnings = [0]
  inputs.attendance.activity = [0]
  inputs.attendance.beneficiary = [2]
  inputs.policy.hourlyRate[Int(ServiceType.homeVisit.rawValue)] = 400_000
  var report = FileReport(name: "services/2026-10.csv", encoding: "UTF-8-BOM")
  report.rows = 4
  report.accepted = 3
  report.rejected = 1
  inputs.files = [report]
  inputs.issues = IssueList([
    ShegongValidation.Issue(
      file: "services/2026-10.csv", fileIndex: 0, line: 5, column: "duration", code: .typeError, message: "",
      value: "abc")
  ])
  return inputs
}

private func renderSample() -> [UInt8] {
  let inputs = sampleInputs()
  guard let period = Period(parsing: "2026-10") else { return [] }
  return MetricsJSON.render(Aggregator.figures(for: period, from: inputs))
}

private func parse(_ bytes: [UInt8]) throws -> [String: Any] {
  let object = try JSONSerialization.jsonObject(with: Data(bytes))
  return try #require(object as? [String: Any])
}

private func rows(_ document: [String: Any], _ key: String) throws -> [[String: Any]] {
  try #require(document[key] as? [[String: Any]])
}

private func number(_ value: Any?) throws -> Double {
  try #require((value as? NSNumber)?.doubleValue)
}

// The keys of SPEC §5 and §7, written out from their tables.
private let headlineKeys = [
  "townships_total", "townships_with_station", "township_station_coverage", "villages_total",
  "villages_with_station_or_point", "village_station_coverage", "villages_reached", "stations_active",
  "points_active", "stations_reporting", "reporting_rate", "posts_planned", "social_workers_on_post", "vacancies",
  "certified_social_workers", "certified_ratio", "volunteers_registered", "beneficiaries_registered",
  "households_registered", "beneficiaries_served", "registered_served", "service_coverage", "households_visited",
  "household_visits", "home_visit_records", "service_records", "activities", "group_sessions",
  "community_activities", "trainings", "outreach_events", "activity_participants", "person_times", "cases_new",
  "cases_closed", "cases_open_at_end", "service_hours", "activity_hours", "social_worker_hours", "volunteer_hours",
  "hours_per_social_worker", "overdue_beneficiaries", "beneficiaries_due", "visit_on_time_rate",
]
private let topLevelKeys = [
  "schema", "region", "period", "previous_period", "year_ago_period", "as_of", "metrics", "previous", "year_ago",
  "ytd", "by_station", "by_township", "by_category", "by_disability", "by_service_type", "by_activity_group",
  "by_worker", "trend", "non_reporting_stations", "station_anomalies", "data_quality",
]
private let rowKeys: [String: [String]] = [
  "by_station": [
    "station_id", "name", "type", "area_code", "township", "township_name", "active", "posts_planned",
    "social_workers_on_post", "vacancies", "beneficiaries_registered", "registered_served", "service_coverage",
    "households_visited", "service_records", "activities", "activity_participants", "person_times",
    "social_worker_hours", "volunteer_hours", "reporting", "overdue_beneficiaries", "beneficiaries_due",
    "visit_on_time_rate",
  ],
  "by_township": [
    "area_code", "name", "has_station", "villages_total", "villages_with_station_or_point",
    "beneficiaries_registered", "registered_served", "service_coverage", "households_visited", "service_records",
    "overdue_beneficiaries", "beneficiaries_due", "visit_on_time_rate",
  ],
  "by_category": [
    "category", "label", "group", "beneficiaries_registered", "registered_served", "service_coverage",
    "service_records", "overdue_beneficiaries", "beneficiaries_due", "visit_on_time_rate",
  ],
  "by_disability": ["type", "label", "beneficiaries_registered", "registered_served"],
  "by_service_type": ["service_type", "label", "records", "hours", "beneficiaries"],
  "by_activity_group": ["target_group", "label", "activities", "activity_participants", "beneficiaries"],
  "by_worker": [
    "worker_id", "name", "role", "station_id", "service_records", "home_visit_records", "activities_led",
    "service_hours", "activity_hours", "total_hours", "pay", "warnings",
  ],
  "trend": [
    "month", "service_records", "households_visited", "home_visit_records", "activities", "activity_participants",
    "person_times", "beneficiaries_served", "social_worker_hours", "volunteer_hours",
  ],
  "non_reporting_stations": ["station_id", "name", "type", "township"],
  "station_anomalies": ["station_id", "name", "service_records", "median_6m", "ratio"],
]

@Suite("Metrics JSON")
struct MetricsJSONTests {
  @Test("every key of SPEC §5 and §7 is present, and nothing else")
  func keys() throws {
    let document = try parse(renderSample())
    #expect(Set(document.keys) == Set(topLevelKeys))
    #expect(HeadlineKey.allCases.map(\.rawValue) == headlineKeys)
    for block in ["metrics", "previous", "year_ago", "ytd"] {
      let headline = try #require(document[block] as? [String: Any])
      #expect(Set(headline.keys) == Set(headlineKeys), "\(block)")
    }
    for block in ["period", "previous_period", "year_ago_period"] {
      let period = try #require(document[block] as? [String: Any])
      #expect(Set(period.keys) == ["label", "start", "end"])
    }
    for (table, keys) in rowKeys {
      let tableRows = try rows(document, table)
      // The sample has no six months of history before June, so no station is compared.
      #expect(tableRows.isEmpty == (table == "station_anomalies"), "\(table) has rows in the sample")
      for row in tableRows { #expect(Set(row.keys) == Set(keys), "\(table)") }
    }
    let quality = try #require(document["data_quality"] as? [String: Any])
    #expect(Set(quality.keys) == ["files", "issues_by_code", "stations"])
    // The sample's one issue (a rejected row) is attributed to no station: one row, station_id null.
    let stations = try rows(quality, "stations")
    #expect(stations.count == 1)
    for station in stations {
      #expect(Set(station.keys) == ["station_id", "rejected", "warnings", "issues_by_code"])
      #expect(station["station_id"] is NSNull)
      #expect(station["rejected"] as? Int == 1)
      #expect(station["warnings"] as? Int == 0)
      #expect(station["issues_by_code"] as? [String: Int] == ["type-error": 1])
    }
    for file in try rows(quality, "files") {
      #expect(Set(file.keys) == ["file", "encoding", "rows", "accepted", "rejected", "warnings"])
    }
  }

  @Test("station_anomalies: the station, its month's records, the six months' median and the ratio")
  func anomalies() throws {
    let document = try parse(MetricsJSON.render(ReportFixture.figuresWithAnomaly()))
    let anomalies = try rows(document, "station_anomalies")
    #expect(anomalies.count == 1)
    let row = try #require(anomalies.first)
    #expect(Set(row.keys) == Set(try #require(rowKeys["station_anomalies"])))
    #expect(row["station_id"] as? String == "ST01")
    #expect(try number(row["service_records"]) == 5)
    #expect(try number(row["median_6m"]) == 12.5)
    #expect(try number(row["ratio"]) == 0.4)
  }

  @Test("year_ago: the same month a year earlier, computed as if it were the period")
  func yearAgo() throws {
    let document = try parse(MetricsJSON.render(ReportFixture.figures()))
    let period = try #require(document["year_ago_period"] as? [String: Any])
    #expect(period["label"] as? String == "2025-06")
    #expect(period["start"] as? String == "2025-06-01")
    #expect(period["end"] as? String == "2025-06-30")
    let yearAgo = try #require(document["year_ago"] as? [String: Any])
    // One home visit to B01 on 2025-06-10; five registered on 2025-06-30 (B06 registers in 2026).
    #expect(try number(yearAgo["service_records"]) == 1)
    #expect(try number(yearAgo["beneficiaries_registered"]) == 5)
    #expect(try number(yearAgo["service_coverage"]) == 0.2)
  }

  @Test("keys come out in SPEC order")
  func order() throws {
    let text = String(decoding: renderSample(), as: UTF8.self)
    var cursor = text.startIndex
    for key in topLevelKeys {
      let found = try #require(text.range(of: "\n  \"\(key)\": ", range: cursor..<text.endIndex), "\(key)")
      cursor = found.upperBound
    }
    // The headline keys of `metrics`, in table order.
    let metricsStart = try #require(text.range(of: "\"metrics\": {"))
    cursor = metricsStart.upperBound
    for key in headlineKeys {
      let found = try #require(text.range(of: "\"\(key)\": ", range: cursor..<text.endIndex), "\(key)")
      cursor = found.upperBound
    }
  }

  @Test("region: the policy's name, code and level, right after schema; empty name and code by default")
  func region() throws {
    let byDefault = try #require(try parse(renderSample())["region"] as? [String: String])
    #expect(byDefault == ["name": "", "code": "", "level": "county"])
    var inputs = sampleInputs()
    inputs.policy.region = Region(name: "阳山县", code: "441823000000", level: .county)
    let period = try #require(Period(parsing: "2026-10"))
    let text = String(decoding: MetricsJSON.render(Aggregator.figures(for: period, from: inputs)), as: UTF8.self)
    #expect(
      text.hasPrefix(
        "{\n  \"schema\": \"\(MetricsJSON.schema)\",\n"
          + "  \"region\": {\"name\": \"阳山县\", \"code\": \"441823000000\", \"level\": \"county\"},\n"))
  }

  @Test("values: schema, dates, integers, hours to two places, ratios, null, escaped text")
  func values() throws {
    let bytes = renderSample()
    let document = try parse(bytes)
    #expect(document["schema"] as? String == "shegong.metrics/2")
    #expect(document["as_of"] as? String == "2026-11-03")
    let period = try #require(document["period"] as? [String: Any])
    #expect(period["label"] as? String == "2026-10")
    #expect(period["start"] as? String == "2026-10-01" && period["end"] as? String == "2026-10-31")
    let previous = try #require(document["previous_period"] as? [String: Any])
    #expect(previous["label"] as? String == "2026-09" && previous["end"] as? String == "2026-09-30")
    let metrics = try #require(document["metrics"] as? [String: Any])
    // W1's 90 min home visit + 60 min activity = 150 min = 2.5 h; one social worker on post.
    #expect(try number(metrics["service_hours"]) == 1.5)
    #expect(try number(metrics["social_worker_hours"]) == 2.5)
    #expect(try number(metrics["hours_per_social_worker"]) == 2.5)
    // W2's 45 min + A1's 20 volunteer minutes = 65 min = 1.0833… → 1.08.
    #expect(try number(metrics["volunteer_hours"]) == 1.08)
    #expect(metrics["service_records"] as? Int == 2)
    // Served: B1, B2 (services), B3 (attendance) of 3 registered.
    #expect(try number(metrics["service_coverage"]) == 1)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("\"service_hours\": 1.50,"))
    #expect(text.contains("\"certified_ratio\": 1.0,"))
    #expect(text.contains("\"cases_new\": 0,"))
    #expect(!text.contains("nan") && !text.contains("inf"))
    // Strings survive quotes, backslashes, line breaks and control characters.
    let point = try #require(try rows(document, "by_station").first { $0["station_id"] as? String == "P1" })
    #expect(point["name"] as? String == "东关服务点\n(新)")
    #expect(text.contains("东关服务点\\n(新)"))
    let workers = try rows(document, "by_worker")
    #expect(workers.map { $0["name"] as? String } == ["李社工", "志愿者\u{1}甲"])
    #expect(text.contains("志愿者\\u0001甲"))
    // W1: 40 元 an hour × 1.5 h = 60.00; W2 is a volunteer → null.
    #expect(try number(workers.first?["pay"]) == 60)
    #expect(workers.last?["pay"] is NSNull)
    #expect(text.contains("\"pay\": 60.00,"))
    let towns = try rows(document, "by_township")
    #expect(towns.first?["name"] as? String == "城关镇")
    // S9 has no row in October.
    #expect(try rows(document, "non_reporting_stations").map { $0["station_id"] as? String } == ["S9"])
    let issues = try #require((document["data_quality"] as? [String: Any])?["issues_by_code"] as? [String: Any])
    #expect(issues["type-error"] as? Int == 1 && issues.count == 1)
  }

  @Test("no person-level list: the overdue beneficiaries are not in the document")
  func noOverdueList() throws {
    let bytes = renderSample()
    let document = try parse(bytes)
    // B3 (disabled, 90 days, never contacted since 2026-01-01) is overdue, and counted …
    #expect((document["metrics"] as? [String: Any])?["overdue_beneficiaries"] as? Int == 1)
    // … but neither listed nor named.
    #expect(document["overdue"] == nil)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(!text.contains("\"B3\"") && !text.contains("王"))
  }

  @Test("two renders are byte-identical")
  func deterministic() {
    let first = renderSample()
    let second = renderSample()
    #expect(!first.isEmpty)
    #expect(first == second)
  }

  @Test("streaming in small pieces gives the same bytes as rendering at once")
  func streaming() throws {
    let inputs = sampleInputs()
    let period = try #require(Period(parsing: "2026-10"))
    let figures = Aggregator.figures(for: period, from: inputs)
    var pieces: [[UInt8]] = []
    MetricsJSON.write(figures, chunkSize: 256) { pieces.append($0) }
    #expect(pieces.count > 5)
    #expect(pieces.dropLast().allSatisfy { $0.count >= 256 })
    #expect(Array(pieces.joined()) == MetricsJSON.render(figures))
    // A failing output stops the writing and its error comes through.
    struct Full: Error {}
    var calls = 0
    #expect(throws: Full.self) {
      try MetricsJSON.write(figures, chunkSize: 256) { (_: [UInt8]) throws(Full) in
        calls += 1
        if calls == 2 { throw Full() }
      }
    }
    #expect(calls == 2)
  }

  @Test("the writer escapes per RFC 8259 and lays out inline and block containers")
  func writer() {
    var json = JSONWriter()
    json.beginObject()
    json.field("a", "q\"b\\s/\u{8}\u{c}\n\r\t\u{1f}é")
    json.key("list")
    json.beginArray(inline: true)
    json.integer(-3)
    json.double(0.1)
    json.double(.nan)
    json.double(.infinity)
    json.decimal(Hundredths(5))
    json.endArray()
    json.key("empty")
    json.beginObject()
    json.endObject()
    json.key("rows")
    json.beginArray()
    json.beginObject(inline: true)
    json.key("x")
    json.field(.flag(true))
    json.key("y")
    json.field(.figure(.ratio(nil)))
    json.endObject()
    json.endArray()
    json.endObject()
    let text = String(decoding: json.finish(), as: UTF8.self)
    let expected = """
      {
        "a": "q\\"b\\\\s/\\b\\f\\n\\r\\t\\u001fé",
        "list": [-3, 0.1, null, null, 0.05],
        "empty": {},
        "rows": [
          {"x": true, "y": null}
        ]
      }

      """
    #expect(text == expected)
  }
}
