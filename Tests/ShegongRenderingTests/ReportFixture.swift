import Foundation
import ShegongRendering
import ShegongValidation

@testable import ShegongAggregation

/// The day number of `text` (`YYYY-MM-DD`); a malformed date in a fixture stops the test run.
func reportDay(_ text: String) -> Day {
  let parts = text.split(separator: "-").compactMap { Int($0) }
  guard parts.count == 3, let number = CivilDate.dayNumber(year: parts[0], month: parts[1], day: parts[2]) else {
    preconditionFailure("bad fixture date \(text)")
  }
  return number
}

/// The period `text`; a malformed one in a fixture stops the test run.
func reportPeriod(_ text: String) -> Period {
  guard let period = Period(parsing: text) else { preconditionFailure("bad fixture period \(text)") }
  return period
}

/// Fills `ValidatedInputs` the way the validator does, by ids rather than row indices.
struct ReportInputsBuilder {
  var inputs = ValidatedInputs()
  private var households: [String: Int32] = [:]

  private func index(_ id: String, in ids: [String]) -> Int32 {
    guard let index = ids.firstIndex(of: id) else { preconditionFailure("unknown fixture id \(id)") }
    return Int32(index)
  }

  /// Adds a township (`parent` nil) or a village of township `parent`.
  mutating func area(_ code: String, _ name: String, parent: String? = nil) {
    let own = Int32(inputs.areas.count)
    let parentIndex = parent.map { index($0, in: inputs.areas.code) }
    inputs.areas.code.append(code)
    inputs.areas.name.append(name)
    inputs.areas.level.append(parent == nil ? .township : .village)
    inputs.areas.parent.append(parentIndex ?? -1)
    inputs.areas.township.append(parentIndex ?? own)
  }

  /// Adds a station or point.
  mutating func station(
    _ id: String, _ name: String, _ type: StationType, area: String, opened: String, closed: String? = nil,
    posts: Int32
  ) {
    inputs.stations.id.append(id)
    inputs.stations.name.append(name)
    inputs.stations.type.append(type)
    inputs.stations.area.append(index(area, in: inputs.areas.code))
    inputs.stations.openedOn.append(reportDay(opened))
    inputs.stations.closedOn.append(closed.map(reportDay) ?? .never)
    inputs.stations.postsPlanned.append(posts)
  }

  /// Adds a social worker or a volunteer.
  mutating func worker(
    _ id: String, _ name: String, _ role: WorkerRole, station: String, certified: Bool = false, start: String
  ) {
    inputs.workers.id.append(id)
    inputs.workers.name.append(name)
    inputs.workers.role.append(role)
    inputs.workers.station.append(index(station, in: inputs.stations.id))
    inputs.workers.certified.append(certified)
    inputs.workers.startDate.append(reportDay(start))
    inputs.workers.endDate.append(.never)
  }

  /// Adds a beneficiary; an empty `household` makes a household of one.
  mutating func beneficiary(
    _ id: String, _ name: String, household: String = "", area: String, station: String,
    categories: [ShegongValidation.Category], disability: DisabilityType? = nil, registered: String,
    exited: String? = nil
  ) {
    let key = household.isEmpty ? "own:" + id : household
    let number: Int32
    if let known = households[key] {
      number = known
    } else {
      number = Int32(inputs.beneficiaries.householdCount)
      households[key] = number
      inputs.beneficiaries.householdCount += 1
    }
    inputs.beneficiaries.id.append(id)
    inputs.beneficiaries.name.append(name)
    inputs.beneficiaries.household.append(number)
    inputs.beneficiaries.area.append(index(area, in: inputs.areas.code))
    inputs.beneficiaries.station.append(index(station, in: inputs.stations.id))
    inputs.beneficiaries.categories.append(categories.reduce(0) { $0 | $1.bit })
    inputs.beneficiaries.disabilityType.append(disability)
    inputs.beneficiaries.disabilityGrade.append(disability == nil ? 0 : 2)
    inputs.beneficiaries.registeredOn.append(reportDay(registered))
    inputs.beneficiaries.exitedOn.append(exited.map(reportDay) ?? .never)
  }

  /// Adds a service given at the worker's own station.
  mutating func service(
    _ date: String, _ worker: String, _ beneficiary: String, _ type: ServiceType, minutes: Int32,
    stage: CaseStage? = nil
  ) {
    let workerIndex = index(worker, in: inputs.workers.id)
    inputs.services.date.append(reportDay(date))
    inputs.services.worker.append(workerIndex)
    inputs.services.beneficiary.append(index(beneficiary, in: inputs.beneficiaries.id))
    inputs.services.station.append(inputs.workers.station[Int(workerIndex)])
    inputs.services.type.append(type)
    inputs.services.minutes.append(minutes)
    inputs.services.startSecond.append(-1)
    inputs.services.stage.append(type == .caseWork ? (stage ?? .follow) : nil)
    inputs.services.warnings.append(0)
    inputs.services.file.append(4)
    inputs.services.line.append(Int32(inputs.services.count + 1))
  }

  /// Adds an activity.
  mutating func activity(
    _ id: String, _ date: String, station: String, _ kind: ActivityKind, lead: String, minutes: Int32,
    participants: Int64, volunteerMinutes: Int64 = 0, target: TargetGroup
  ) {
    inputs.activities.id.append(id)
    inputs.activities.date.append(reportDay(date))
    inputs.activities.station.append(index(station, in: inputs.stations.id))
    inputs.activities.kind.append(kind)
    inputs.activities.title.append("")
    inputs.activities.lead.append(index(lead, in: inputs.workers.id))
    inputs.activities.minutes.append(minutes)
    inputs.activities.participants.append(participants)
    inputs.activities.volunteerCount.append(volunteerMinutes > 0 ? 2 : 0)
    inputs.activities.volunteerMinutes.append(volunteerMinutes)
    inputs.activities.targetGroup.append(target)
    inputs.activities.warnings.append(0)
  }

  /// Signs a beneficiary in at an activity.
  mutating func attend(_ activity: String, _ beneficiary: String) {
    inputs.attendance.activity.append(index(activity, in: inputs.activities.id))
    inputs.attendance.beneficiary.append(index(beneficiary, in: inputs.beneficiaries.id))
  }

  /// Adds the accounting of one file.
  mutating func file(_ name: String, encoding: String = "UTF-8", rows: Int, rejected: Int = 0, warnings: Int = 0) {
    var report = FileReport(name: name, encoding: encoding)
    report.rows = rows
    report.accepted = rows - rejected
    report.rejected = rejected
    report.warnings = warnings
    inputs.files.append(report)
  }

  /// Adds an issue, attributed to accepted station `station` (empty for none).
  mutating func issue(
    _ file: String, line: Int, column: String, _ code: IssueCode, _ message: String, value: String,
    station: String = ""
  ) {
    let fileIndex = inputs.files.firstIndex { $0.name == file } ?? 0
    if inputs.issues.isEmpty { inputs.issues = IssueList(stationIDs: inputs.stations.id) }
    inputs.issues.append(
      ShegongValidation.Issue(
        file: file, fileIndex: fileIndex, line: line, column: column, code: code, message: message, value: value,
        stationID: station))
  }
}

/// A small county for the report tests, reported for June 2026.
///
/// Two townships and three villages; a station, a point whose name holds `|` and a line break, a
/// station that reports nothing and a closed point; three social workers and a volunteer; six
/// beneficiaries (two in one household, one exited, two overdue); services from January to June
/// with May as the previous period, and one in June 2025, the year-ago period; two activities; and
/// three issues.
enum ReportFixture {
  /// The period reported.
  static let period = reportPeriod("2026-06")

  /// The name of the point whose name needs escaping in Markdown.
  static let awkwardStationName = "东街|服务点\n二号"

  /// The validated inputs.
  static func inputs() -> ValidatedInputs {
    var builder = ReportInputsBuilder()
    builder.inputs.asOf = reportDay("2026-07-01")
    builder.area("T01", "城关镇")
    builder.area("T02", "河口乡")
    builder.area("V01", "东街社区", parent: "T01")
    builder.area("V02", "西关村", parent: "T01")
    builder.area("V03", "河口村", parent: "T02")

    builder.station("ST01", "城关镇社工站", .station, area: "T01", opened: "2025-01-01", posts: 3)
    builder.station("ST02", awkwardStationName, .point, area: "V01", opened: "2025-03-01", posts: 1)
    builder.station("ST03", "河口乡社工站", .station, area: "T02", opened: "2025-01-01", posts: 2)
    builder.station("ST04", "西关村服务点", .point, area: "V02", opened: "2024-01-01", closed: "2026-03-01", posts: 1)

    builder.worker("W01", "李娜", .socialWorker, station: "ST01", certified: true, start: "2024-01-01")
    builder.worker("W02", "王强", .socialWorker, station: "ST02", start: "2025-03-01")
    builder.worker("W03", "赵敏", .volunteer, station: "ST01", start: "2025-01-01")
    builder.worker("W04", "孙磊", .socialWorker, station: "ST03", certified: true, start: "2025-01-01")

    builder.beneficiary(
      "B01", "张小倩", household: "H1", area: "V01", station: "ST01", categories: [.elderlyAlone],
      registered: "2025-03-01")
    builder.beneficiary(
      "B02", "欧阳娜", household: "H1", area: "V01", station: "ST01", categories: [.dibao, .disabled],
      disability: .mental, registered: "2025-03-01")
    builder.beneficiary(
      "B03", "刘小洋", area: "V03", station: "ST03", categories: [.leftBehindChild], registered: "2025-06-01")
    builder.beneficiary(
      "B04", "陈静", area: "V02", station: "ST02", categories: [.tekun], disability: .physical,
      registered: "2025-01-01")
    builder.beneficiary(
      "B05", "周杰", area: "V01", station: "ST02", categories: [.other], registered: "2025-05-01", exited: "2026-04-01")
    builder.beneficiary(
      "B06", "吴芳", area: "V02", station: "ST01", categories: [.elderlyAdvanced, .disabled], disability: .visual,
      registered: "2026-06-10")

    // June 2025, the year-ago period: one home visit to B01.
    builder.service("2025-06-10", "W01", "B01", .homeVisit, minutes: 60)
    builder.service("2026-01-15", "W01", "B01", .homeVisit, minutes: 60)
    builder.service("2026-01-20", "W01", "B04", .homeVisit, minutes: 45)
    builder.service("2026-03-10", "W02", "B04", .homeVisit, minutes: 90)
    builder.service("2026-05-06", "W01", "B01", .homeVisit, minutes: 60)
    builder.service("2026-05-06", "W01", "B02", .caseWork, minutes: 120, stage: .new)
    builder.service("2026-05-20", "W02", "B04", .phoneFollowUp, minutes: 30)
    builder.service("2026-06-03", "W01", "B01", .homeVisit, minutes: 60)
    builder.service("2026-06-03", "W01", "B02", .homeVisit, minutes: 45)
    builder.service("2026-06-12", "W01", "B02", .caseWork, minutes: 90, stage: .follow)
    builder.service("2026-06-15", "W03", "B06", .dailyCare, minutes: 120)
    builder.service("2026-06-20", "W02", "B01", .psychSupport, minutes: 50)
    builder.service("2026-06-25", "W01", "B02", .caseWork, minutes: 60, stage: .close)

    builder.activity(
      "A01", "2026-06-18", station: "ST01", .group, lead: "W01", minutes: 90, participants: 12, volunteerMinutes: 180,
      target: .elderly)
    builder.activity(
      "A02", "2026-02-10", station: "ST02", .community, lead: "W02", minutes: 60, participants: 30, target: .general)
    builder.attend("A01", "B01")
    builder.attend("A01", "B06")

    builder.file("areas.csv", rows: 5)
    builder.file("stations.csv", rows: 4)
    builder.file("workers.csv", rows: 4)
    builder.file("beneficiaries.csv", encoding: "GB18030", rows: 6, warnings: 1)
    builder.file("services.csv", encoding: "UTF-8-BOM", rows: 14, rejected: 2, warnings: 1)
    builder.file("activities.csv", rows: 2)
    builder.file("attendance.csv", rows: 2)
    builder.issue(
      "beneficiaries.csv", line: 4, column: "id_number", .idChecksum, "身份证号校验位不正确", value: "370781********1234",
      station: "ST01")
    builder.issue(
      "services.csv", line: 6, column: "duration", .typeError, "服务时长无法识别", value: "半小时", station: "ST02")
    builder.issue("services.csv", line: 9, column: "worker_id", .unknownReference, "人员编号不存在", value: "W99")
    builder.issue("services.csv", line: 12, column: "", .possibleDuplicate, "与第11行疑似重复", value: "", station: "ST02")
    return builder.inputs
  }

  /// The figures of June 2026.
  static func figures() -> Figures {
    Aggregator.figures(for: period, from: inputs())
  }

  /// The figures of June 2026 with one station flagged in `station_anomalies`, as a county with six
  /// months of history would have it: 城关镇社工站 with 5 services against a median of 12.5.
  static func figuresWithAnomaly() -> Figures {
    var figures = figures()
    figures.stationAnomalies = [
      StationAnomalyRow(stationId: "ST01", name: "城关镇社工站", serviceRecords: 5, doubledMedian: 25)
    ]
    return figures
  }

  /// The issues of the run.
  static func issues() -> IssueList {
    inputs().issues
  }

  /// The figures of a county with no rows at all, for templates' empty branches.
  static func emptyFigures() -> Figures {
    var inputs = ValidatedInputs()
    inputs.asOf = reportDay("2026-07-01")
    return Aggregator.figures(for: period, from: inputs)
  }

  /// The folder of golden files next to this source file.
  static func goldenURL(_ name: String, filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
      .appendingPathComponent(name)
  }
}
