import ShegongAggregation
import ShegongValidation

/// Every piece of text the workbook and the report need in one language, apart from table
/// headers (``Tables``) and headline names (``HeadlineKey``); each is written here once, in
/// Chinese and in English.
public struct ReportLabels: Sendable {
  /// The language of the labels.
  public let language: ReportLanguage

  /// The labels for `language`.
  public static func labels(_ language: ReportLanguage) -> ReportLabels {
    ReportLabels(language: language)
  }

  /// `chinese` or `english`, as the language says.
  func text(_ chinese: String, _ english: String) -> String {
    language == .chinese ? chinese : english
  }

  /// The sheet names.
  public var sheets: SheetNames {
    SheetNames(
      summary: text("汇总", "Summary"), stations: text("站点", "Stations"), townships: text("乡镇", "Townships"),
      categories: text("对象类别", "Categories"), disability: text("残疾四色台账", "Disability ledger"),
      serviceTypes: text("服务类型", "Service types"), workers: text("人员工时", "Worker hours"),
      trend: text("月度趋势", "Monthly trend"), overdue: text("待回访", "Overdue"),
      issueStations: text("问题汇总", "Issues by station"), issues: text("数据问题", "Data issues"),
      definitions: text("指标说明", "Definitions"))
  }
  /// A true flag in a table cell: `是`, `Yes`.
  public var yes: String { text("是", "Yes") }
  /// A false flag in a table cell: `否`, `No`.
  public var no: String { text("否", "No") }
  /// Between the items of a list inside one cell: `、` or `, `.
  public var listSeparator: String { text("、", ", ") }
  /// The 汇总 sheet's title, naming the region (when set) and the period:
  /// `青石县2026年10月社会工作服务统计汇总`, `Qingshi County: social-work service figures, October 2026`.
  public func summaryTitle(region: String, period: String) -> String {
    text(
      "\(region)\(period)社会工作服务统计汇总",
      (region.isEmpty ? "" : "\(region): ") + "Social-work service figures, \(period)")
  }
  /// The title of the summary sheet's block about the period: `报告信息`.
  public var aboutTitle: String { text("报告信息", "About this report") }
  /// The region reported on: `地区`.
  public var regionTitle: String { text("地区", "Region") }
  /// The region's code: `区划代码`.
  public var regionCodeTitle: String { text("区划代码", "Region code") }
  /// The period reported: `统计期`.
  public var periodTitle: String { text("统计期", "Period") }
  /// The previous period: `上期`.
  public var previousPeriodTitle: String { text("上期", "Previous period") }
  /// The period of the same kind a year earlier: `上年同期`.
  public var yearAgoPeriodTitle: String { text("上年同期", "Same period a year ago") }
  /// The year to date: `本年累计`.
  public var yearToDateTitle: String { text("本年累计", "Year to date") }
  /// The day the run treated as today: `数据截至`.
  public var asOfTitle: String { text("数据截至", "Data as of") }
  /// The title of the issues sheet's block about the files read: `数据质量：文件读取情况`.
  public var filesTitle: String { text("数据质量：文件读取情况", "Data quality: files read") }
  /// The title of the issues sheet's block about issue codes: `数据质量：问题分类`.
  public var issueCodesTitle: String { text("数据质量：问题分类", "Data quality: issues by code") }
  /// The title of the station anomalies under the 问题汇总 table.
  public var anomaliesTitle: String {
    text(
      "服务量异常的站点（本月服务人次不足前6个月中位数的一半或超过两倍，中位数不低于10人次）",
      "Stations with unusual service volumes (under half or over twice their median month of the six before, "
        + "where that median is at least 10)")
  }
  /// The line under ``anomaliesTitle`` when no station is flagged: `无。`.
  public var noAnomalies: String { text("无。", "None.") }
  /// The line under ``anomaliesTitle`` for a quarter, half or year.
  public var anomaliesMonthsOnly: String {
    text("只按月比较，本期不比较。", "Stations are compared for month periods only.")
  }
  /// The title above the summary's headline columns for the period: `本期`.
  public var currentColumn: String { text("本期", "This period") }
  /// The title of the summary's previous-period column: `上期`.
  public var previousColumn: String { text("上期", "Previous") }
  /// The title of the summary's change column: `环比变化`.
  public var changeColumn: String { text("环比变化", "Change") }
  /// The title of the summary's year-ago column: `同期`.
  public var yearAgoColumn: String { text("同期", "Year ago") }
  /// The title of the summary's change on the year-ago period: `同比变化`.
  public var yearOnYearColumn: String { text("同比变化", "Change on year ago") }
  /// What follows a change in percentage points: `个百分点` in `+0.6个百分点`, ` pp` in `+0.6 pp`.
  public var percentagePoints: String { text("个百分点", " pp") }
  /// The title of the summary's year-to-date column: `本年累计`.
  public var yearToDateColumn: String { text("本年累计", "Year to date") }
  /// The station chart's category axis: `站点`.
  public var stationAxis: String { text("站点", "Station") }
  /// The trend chart's category axis: `月份`.
  public var monthAxis: String { text("月份", "Month") }
  /// The value axis of both charts: `人次`.
  public var personTimesAxis: String { text("人次", "Person-times") }

  /// A change as text: a relative change as `+12.3%`, a difference of ratios as `+0.6个百分点` or
  /// `+0.6 pp`, one decimal, `—` when it cannot be computed.
  public func change(_ change: FigureChange?) -> String {
    switch change {
    case .relative(let ratio): ReportFormat.change(ratio)
    case .points(let points): ReportFormat.points(points) + percentagePoints
    case nil: ReportFormat.missing
    }
  }

  /// The name of a vocabulary value in this language: its Chinese label or its English label.
  public func label(_ value: some Vocabulary) -> String {
    text(value.label, value.englishLabel)
  }

  /// `yes` or `no`.
  public func flag(_ value: Bool) -> String {
    value ? yes : no
  }

  /// The header over the names that a chart shows, such as `图表数据：站点`.
  public func chartDataTitle(_ what: String) -> String {
    text("图表数据：\(what)", "Chart data: \(what)")
  }

  /// The title of the monthly trend chart for the months January to `lastMonth` of `year`.
  public func trendChartTitle(year: Int, lastMonth: Int) -> String {
    guard lastMonth != 1 else { return text("\(year)年1月服务量", "Services in January \(year)") }
    let monthName = PeriodWording.englishMonths[min(max(lastMonth, 1), 12) - 1]
    return text("\(year)年1—\(lastMonth)月服务量趋势", "Monthly services, January–\(monthName) \(year)")
  }

  /// The title of the station chart showing `shown` of `total` stations.
  public func stationChartTitle(shown: Int, of total: Int) -> String {
    guard shown < total else { return text("各站点服务人次", "Service records by station") }
    return text("各站点服务人次（前\(shown)名，共\(total)个站点）", "Service records by station (top \(shown) of \(total))")
  }

  /// The note written below a list cut at `--sheet-rows` or the row limit: `shown` of `total` rows are listed,
  /// and the full list is in `fileName`.
  public func truncationNote(shown: Int, of total: Int, fullListIn fileName: String) -> String {
    let shown = ReportFormat.integer(shown)
    let total = ReportFormat.integer(total)
    return text(
      "本表仅列出前\(shown)条（共\(total)条），完整清单见 \(fileName)。",
      "This sheet lists the first \(shown) of \(total) rows; the full list is in \(fileName)."
    )
  }
}
