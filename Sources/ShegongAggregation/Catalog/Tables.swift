import ShegongValidation

/// Every table of the reports, each described once as a list of columns (SPEC §5, §7).
///
/// The metrics JSON, the workbook and the Markdown report read these lists; a column showing a
/// headline figure restricted to the row is ``TableColumn/figure(_:in:)`` and takes the key's
/// name, unit and format from ``HeadlineKey``.
public enum Tables {
  /// `by_station`: every station and point.
  public static let byStation = Table<StationRow>(
    "by_station",
    [
      TableColumn("station_id", Header.stationId) { .text($0.stationId) },
      TableColumn("name", Header.stationName) { .text($0.name) },
      TableColumn("type", Header.stationType) { .term($0.type) },
      TableColumn("area_code", Header.areaCode) { .text($0.areaCode) },
      TableColumn("township", Header.townshipCode) { .text($0.townshipCode) },
      TableColumn("township_name", Header.townshipName) { .text($0.townshipName) },
      TableColumn("active", Bilingual("启用", "Active")) { .flag($0.active) },
      .figure(.postsPlanned),
      .figure(.socialWorkersOnPost),
      .figure(.vacancies),
      .figure(.beneficiariesRegistered),
      .figure(.registeredServed),
      .figure(.serviceCoverage),
      .figure(.householdsVisited),
      .figure(.serviceRecords),
      .figure(.activities),
      .figure(.activityParticipants),
      .figure(.personTimes),
      .figure(.socialWorkerHours),
      .figure(.volunteerHours),
      TableColumn("reporting", Bilingual("已报送", "Reporting")) { .flag($0.reporting) },
      .figure(.overdueBeneficiaries),
      .figure(.beneficiariesDue),
      .figure(.visitOnTimeRate),
    ])

  /// `by_township`: every township, with the figures of the beneficiaries living in it.
  public static let byTownship = Table<TownshipRow>(
    "by_township",
    [
      TableColumn("area_code", Header.areaCode) { .text($0.areaCode) },
      TableColumn("name", Header.townshipName) { .text($0.name) },
      TableColumn("has_station", Bilingual("建有社工站", "Has a station")) { .flag($0.hasStation) },
      .figure(.villagesTotal),
      .figure(.villagesWithStationOrPoint),
      .figure(.villageStationCoverage, in: .reports),
      .figure(.beneficiariesRegistered),
      .figure(.registeredServed),
      .figure(.serviceCoverage),
      .figure(.householdsVisited),
      .figure(.serviceRecords),
      .figure(.overdueBeneficiaries),
      .figure(.beneficiariesDue),
      .figure(.visitOnTimeRate),
    ])

  /// `by_category`: the 13 categories, then the three groups of 一老一少一困.
  public static let byCategory = Table<CategoryRow>(
    "by_category",
    [
      TableColumn("category", Bilingual("类别代码", "Code"), templateName: "code") { .text($0.code) },
      TableColumn("label", Bilingual("对象类别", "Category")) { .label($0.label) },
      TableColumn("group", Bilingual("分组合计", "Group"), isCondition: true) { .flag($0.isGroup) },
      .figure(.beneficiariesRegistered),
      .figure(.registeredServed),
      .figure(.serviceCoverage),
      .figure(.serviceRecords),
      .figure(.overdueBeneficiaries),
      .figure(.beneficiariesDue),
      .figure(.visitOnTimeRate),
    ])

  /// `by_disability`: the seven disability types, then the four ledger colours.
  public static let byDisability = Table<DisabilityRow>(
    "by_disability",
    [
      TableColumn("type", Bilingual("代码", "Code"), templateName: "code") { .text($0.code) },
      TableColumn("label", Bilingual("残疾类别 / 台账颜色", "Disability type / ledger colour")) { .label($0.label) },
      .figure(.beneficiariesRegistered),
      .figure(.registeredServed),
      .figure(.serviceCoverage, in: .reports),
    ])

  /// `by_service_type`: the nine service types.
  public static let byServiceType = Table<ServiceTypeRow>(
    "by_service_type",
    [
      TableColumn("service_type", Bilingual("类型代码", "Code"), templateName: "code") { .text($0.serviceType.code) },
      TableColumn("label", Bilingual("服务类型", "Service type")) { .label(Bilingual($0.serviceType)) },
      TableColumn("records", Bilingual("服务人次（人次）", "Records (person-times)"), .count) { .count($0.records) },
      TableColumn("hours", Bilingual("服务时长（小时）", "Hours"), .hours) { .figure(.minutes($0.minutes)) },
      TableColumn("beneficiaries", Bilingual("服务对象数（人）", "Beneficiaries (people)"), .count) {
        .count($0.beneficiaries)
      },
    ])

  /// `by_activity_group`: the activities by target group.
  public static let byActivityGroup = Table<ActivityGroupRow>(
    "by_activity_group",
    [
      TableColumn("target_group", Bilingual("群体代码", "Code"), templateName: "code") { .text($0.targetGroup.code) },
      TableColumn("label", Bilingual("活动服务群体", "Target group")) { .label(Bilingual($0.targetGroup)) },
      .figure(.activities),
      .figure(.activityParticipants),
      TableColumn("beneficiaries", Bilingual("签到对象数（人）", "Attendees (people)"), .count) {
        .count($0.beneficiaries)
      },
    ])

  /// `by_worker`: every worker with a service or led activity in the period.
  public static let byWorker = Table<WorkerRow>(
    "by_worker",
    [
      TableColumn("worker_id", Bilingual("人员编号", "Worker ID")) { .text($0.workerId) },
      TableColumn("name", Header.personName) { .text($0.name) },
      TableColumn("role", Bilingual("角色", "Role")) { .term($0.role) },
      TableColumn("station_id", Bilingual("所属站点", "Own station")) { .text($0.stationId) },
      .figure(.serviceRecords),
      .figure(.homeVisitRecords),
      TableColumn("activities_led", Bilingual("负责活动（场）", "Activities led"), .count) { .count($0.activitiesLed) },
      TableColumn(.serviceHours, Bilingual("服务时长（小时）", "Service hours")) { .figure(.minutes($0.serviceMinutes)) },
      TableColumn(.activityHours, Bilingual("活动时长（小时）", "Activity hours")) {
        .figure(.minutes($0.activityMinutes))
      },
      TableColumn("total_hours", Bilingual("合计工时（小时）", "Total hours"), .hours) {
        .figure(.minutes($0.totalMinutes))
      },
      TableColumn("pay", Bilingual("服务补贴（元）", "Pay (yuan)"), .hours) { .figure(.hundredths($0.pay)) },
      TableColumn("warnings", Header.warnings, .count) { .count($0.warnings) },
    ])

  /// `trend`: the flows of each month of the year to date.
  public static let trend = Table<TrendRow>(
    "trend",
    [
      TableColumn("month", Bilingual("月份", "Month")) { .text($0.month.label) },
      .figure(.serviceRecords),
      .figure(.householdsVisited),
      .figure(.homeVisitRecords),
      .figure(.activities),
      .figure(.activityParticipants),
      .figure(.personTimes),
      .figure(.beneficiariesServed),
      .figure(.socialWorkerHours),
      .figure(.volunteerHours),
    ])

  /// `overdue`: the overdue beneficiaries, never contacted and longest since contact first; the
  /// overdue CSV (its header is the keys), 待回访 and the Markdown's longest 20 list them.
  public static let overdue = Table<OverdueRow>(
    "overdue",
    [
      TableColumn("beneficiary_id", Bilingual("对象编号", "Beneficiary ID")) { .text($0.beneficiaryId) },
      TableColumn("name", Header.personName) { .text($0.name) },
      TableColumn("station_id", Header.stationId) { .text($0.stationId) },
      TableColumn("station_name", Header.stationName) { .text($0.stationName) },
      TableColumn("area_code", Header.areaCode) { .text($0.areaCode) },
      TableColumn("categories", Bilingual("对象类别", "Categories")) { .categories($0.categories) },
      TableColumn("interval_days", Bilingual("回访周期（天）", "Visit interval (days)"), .count) {
        .count($0.intervalDays)
      },
      TableColumn("last_contact", Bilingual("最近联系日期", "Last contact"), .date, missing: Bilingual("从未联系", "Never")) {
        $0.lastContact.map(FieldValue.day) ?? .none
      },
      TableColumn("days_since", Bilingual("距今天数（天）", "Days since"), .count) {
        $0.daysSince.map(FieldValue.count) ?? .none
      },
    ])

  /// `callback`: the callback sample (抽查回访名单, SPEC §11), one beneficiary served in the period a
  /// row, sorted by `beneficiary_id`.
  public static let callback = Table<CallbackRow>(
    "callback",
    [
      TableColumn("beneficiary_id", Bilingual("对象编号", "Beneficiary ID")) { .text($0.beneficiaryId) },
      TableColumn("name", Header.personName) { .text($0.name) },
      TableColumn("station_id", Header.stationId) { .text($0.stationId) },
      TableColumn("station_name", Header.stationName) { .text($0.stationName) },
      TableColumn("services", Bilingual("服务人次（人次）", "Services (records)"), .count) { .count($0.services) },
      TableColumn("last_service", Bilingual("最近服务日期", "Last service"), .date) { .day($0.lastService) },
      TableColumn("service_types", Bilingual("服务类型", "Service types")) {
        .text($0.serviceTypes.map(\.code).joined(separator: ";"))
      },
      TableColumn("workers", Bilingual("服务人员编号", "Worker IDs")) { .text($0.workers.joined(separator: ";")) },
    ])

  /// `non_reporting_stations`: active stations and points with no service or activity in the period.
  public static let nonReportingStations = Table<NonReportingStationRow>(
    "non_reporting_stations",
    [
      TableColumn("station_id", Header.stationId) { .text($0.stationId) },
      TableColumn("name", Header.stationName) { .text($0.name) },
      TableColumn("type", Header.stationType) { .term($0.type) },
      TableColumn("township", Header.townshipCode) { .text($0.townshipCode) },
      TableColumn("township_name", Header.townshipName, in: .reports) { .text($0.townshipName) },
    ])

  /// `station_anomalies`: active stations whose services in a month are far from their usual month's.
  public static let stationAnomalies = Table<StationAnomalyRow>(
    "station_anomalies",
    [
      TableColumn("station_id", Header.stationId) { .text($0.stationId) },
      TableColumn("name", Header.stationName) { .text($0.name) },
      .figure(.serviceRecords),
      TableColumn("median_6m", Bilingual("前6个月中位数（人次）", "6-month median (person-times)"), .hours) {
        .figure(.hundredths($0.median))
      },
      TableColumn("ratio", Bilingual("本月为中位数的", "Ratio to median"), .ratio) { .figure(.ratio($0.ratio)) },
    ])

  /// `data_quality.files`: the rows read, accepted and rejected and the warnings of each file.
  public static let files = Table<FileReport>(
    "files",
    [
      TableColumn("file", Header.file) { .text($0.name) },
      TableColumn("encoding", Bilingual("编码", "Encoding")) { .text($0.encoding) },
      TableColumn("rows", Bilingual("读取行数", "Rows read"), .count) { .count($0.rows) },
      TableColumn("accepted", Bilingual("接受行数", "Accepted"), .count) { .count($0.accepted) },
      TableColumn("rejected", Bilingual("拒绝行数", "Rejected"), .count) { .count($0.rejected) },
      TableColumn("warnings", Header.warnings, .count) { .count($0.warnings) },
    ])

  /// The issues, as the issues CSV (its header is the keys) and the workbook list them.
  public static let issues = Table<Issue>(
    "issues",
    [
      TableColumn("file", Header.file) { .text($0.file) },
      TableColumn("line", Bilingual("行号", "Line"), .count) { .count($0.line) },
      TableColumn("column", Bilingual("列", "Column")) { .text($0.column) },
      TableColumn("severity", Header.severity) { .term(code: $0.severity.rawValue, label: $0.severity.name) },
      TableColumn("code", Header.issueCode) { .text($0.code.rawValue) },
      TableColumn("message", Bilingual("说明", "Message")) { .text($0.message) },
      TableColumn("value", Bilingual("原值", "Value")) { .text($0.value) },
      TableColumn("station_id", Header.stationId) { .text($0.stationID) },
    ])

  /// Issues by station (SPEC §5): `data_quality.stations` in the metrics JSON (where each row also
  /// gives its `issues_by_code`) and the workbook's 问题汇总 (which adds one column per code that
  /// occurred, and a total row).
  public static let issueStations = Table<StationIssuesRow>(
    "stations",
    [
      TableColumn("station_id", Header.stationId, missing: Bilingual("（未归属站点）", "(no station)")) { row in
        switch row.kind {
        case .station: .text(row.stationId)
        case .unattributed: .none
        case .total: .label(Bilingual("合计", "Total"))
        }
      },
      TableColumn("name", Header.stationName, in: .reports) { .text($0.name) },
      TableColumn("township_name", Header.townshipName, in: .reports) { .text($0.townshipName) },
      TableColumn("rejected", Bilingual("拒绝行数", "Rejected"), .count) { .count($0.rejected) },
      TableColumn("warnings", Header.warnings, .count) { .count($0.warnings) },
    ])

  /// The headline keys with their names, units and definitions (指标说明).
  public static let definitions = Table<HeadlineKey>(
    "definitions",
    [indicator, jsonKey, TableColumn("unit", Bilingual("单位", "Unit")) { .label($0.unitName) }]
      + [TableColumn("definition", Bilingual("口径说明", "Definition")) { .label($0.definition) }])

  /// A headline key's name.
  public static let indicator = TableColumn<HeadlineKey>("name", Bilingual("指标", "Indicator")) { .label($0.name) }
  /// A headline key as the metrics JSON writes it.
  public static let jsonKey = TableColumn<HeadlineKey>("key", Bilingual("键名", "Key")) { .text($0.rawValue) }

  /// Headers that several tables share.
  public enum Header {
    /// `station_id`.
    public static let stationId = Bilingual("站点编号", "Station ID")
    /// A station's name.
    public static let stationName = Bilingual("站点名称", "Station")
    /// A station's type.
    public static let stationType = Bilingual("类型", "Type")
    /// An `area_code`.
    public static let areaCode = Bilingual("区划代码", "Area code")
    /// A township's code.
    public static let townshipCode = Bilingual("乡镇代码", "Township code")
    /// A township's name.
    public static let townshipName = Bilingual("所属乡镇", "Township")
    /// A person's name.
    public static let personName = Bilingual("姓名", "Name")
    /// A file.
    public static let file = Bilingual("文件", "File")
    /// A number of warnings.
    public static let warnings = Bilingual("警告数（条）", "Warnings")
    /// An issue's severity.
    public static let severity = Bilingual("级别", "Severity")
    /// An issue's code.
    public static let issueCode = Bilingual("问题代码", "Code")
  }
}

extension Severity {
  /// The severity's name: `错误`, `Warning`.
  public var name: Bilingual {
    switch self {
    case .error: Bilingual("错误", "Error")
    case .warning: Bilingual("警告", "Warning")
    }
  }
}
