import ShegongAggregation

/// The sentences that name who needs attention and how visits kept to their intervals (SPEC §10),
/// each worded by one function, in Chinese and in English.
public enum AttentionWording {
  /// `names` joined for a sentence: `甲、乙、丙`; more than ``Attention/namedAtMost``: the first
  /// ten, then `等N个` with N all of them. English: `A, B and C`; `A, B, …, J and 2 more`.
  public static func names(_ names: [String], language: ReportLanguage) -> String {
    let shown = Array(names.prefix(Attention.namedAtMost))
    let more = names.count - shown.count
    switch language {
    case .chinese:
      return shown.joined(separator: "、") + (more > 0 ? "等\(names.count)个" : "")
    case .english:
      if more > 0 { return shown.joined(separator: ", ") + " and \(more) more" }
      guard let last = shown.last, shown.count > 1 else { return shown.first ?? "" }
      return shown.dropLast().joined(separator: ", ") + " and " + last
    }
  }

  /// The stations with the lowest coverage, each with its coverage as the report shows it
  /// (`coverages`, in the same order); nil when no station has enough registered beneficiaries.
  public static func lowestCoverage(
    _ stations: [StationRow], coverages: [String], language: ReportLanguage
  ) -> String? {
    guard !stations.isEmpty else { return nil }
    let floor = Attention.lowestCoverageFloor
    switch language {
    case .chinese:
      let named = zip(stations, coverages).map { "\(MarkdownText.cell($0.name))（\($1)）" }
      return "建档对象\(floor)人以上的站点中，服务覆盖率最低的是" + named.joined(separator: "、") + "。"
    case .english:
      let named = zip(stations, coverages).map { "\(MarkdownText.cell($0.name)) (\($1))" }
      return "Among stations with at least \(floor) registered beneficiaries, service coverage was lowest at "
        + names(named, language: .english) + "."
    }
  }

  /// The active stations and points that did not report in the period (`current`: `本月`,
  /// `this month`, …).
  public static func nonReporting(
    _ rows: [NonReportingStationRow], current: String, language: ReportLanguage
  ) -> String {
    let listed = names(rows.map { MarkdownText.cell($0.name) }, language: language)
    switch language {
    case .chinese:
      switch rows.count {
      case 0: return "\(current)各运行站点均报送了服务或活动记录。"
      case 1: return "\(current)\(listed)未报送服务或活动记录。"
      case ...Attention.namedAtMost: return "\(current)\(listed)共\(rows.count)个运行站点未报送服务或活动记录。"
      default: return "\(current)\(listed)运行站点未报送服务或活动记录。"
      }
    case .english:
      switch rows.count {
      case 0: return "Every active station and point reported services or activities \(current)."
      case 1: return "\(listed) reported no service or activity \(current)."
      default: return "\(rows.count) active stations and points reported no service or activity \(current): \(listed)."
      }
    }
  }

  /// The stations whose services in a month are under half or over twice their six months'
  /// median (`rows` as `station_anomalies` lists them: name, service records, twice the median);
  /// nil for a period that is not a month (no comparison is made).
  public static func anomalies(
    _ rows: [(name: String, serviceRecords: Int, doubledMedian: Int)], isMonth: Bool, language: ReportLanguage
  ) -> String? {
    guard isMonth else { return nil }
    let named = rows.map { row -> String in
      let median = ReportFormat.integer(row.doubledMedian / 2) + (row.doubledMedian % 2 == 0 ? "" : ".5")
      let records = ReportFormat.integer(row.serviceRecords)
      let name = MarkdownText.cell(row.name)
      return language == .chinese
        ? "\(name)（本月\(records)人次，前6个月中位数\(median)人次）"
        : "\(name) (\(records) this month, median \(median))"
    }
    switch language {
    case .chinese:
      guard !named.isEmpty else { return "与前6个月相比，各站点服务量未见异常。" }
      return "服务量明显偏离前6个月中位数（不足一半或超过两倍）的站点：" + names(named, language: .chinese)
        + "，请核实是否漏报、补录或重复录入。"
    case .english:
      guard !named.isEmpty else {
        return "No station's services departed markedly from its median of the previous six months."
      }
      return
        "Stations whose services this month were under half or over twice their median of the previous six months: "
        + names(named, language: .english) + "; check for missing, late or duplicated records."
    }
  }

  /// The sentence on on-time visits: people due a visit on the period's last day (`endText`),
  /// those visited within their interval, the rate and its changes (`changes`, already worded),
  /// and those overdue, never contacted among them.
  public static func onTime(
    due: Int, overdue: Int, never: Int, rate: String, changes: [String], endText: String, language: ReportLanguage
  ) -> String {
    let (dueText, onTimeText) = (ReportFormat.integer(due), ReportFormat.integer(due - overdue))
    let (overdueText, neverText) = (ReportFormat.integer(overdue), ReportFormat.integer(never))
    switch language {
    case .chinese:
      let moved = changes.isEmpty ? "" : "（" + changes.joined(separator: "，") + "）"
      return "截至\(endText)，有回访周期的建档服务对象\(dueText)人，在周期内得到探访\(onTimeText)人，探访及时率\(rate)\(moved)；"
        + "超过回访周期未联系\(overdueText)人，其中从未联系\(neverText)人。"
    case .english:
      let moved = changes.isEmpty ? "" : " (" + changes.joined(separator: "; ") + ")"
      return "As of \(endText), \(dueText) registered beneficiaries were due visits at set intervals; \(onTimeText) "
        + "were visited within their interval, an on-time rate of \(rate)\(moved). \(overdueText) were overdue, "
        + "of whom \(neverText) had never been contacted."
    }
  }
}
