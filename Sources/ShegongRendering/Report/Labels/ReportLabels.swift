import ShegongValidation

/// Every piece of text the workbook and the report need in one language, apart from column
/// headers (``ReportColumn``) and headline names (``HeadlineKey``).
public struct ReportLabels: Sendable {
  /// The language of the labels.
  public let language: ReportLanguage
  /// The sheet names.
  public let sheets: SheetNames
  /// A true flag in a table cell: `是`, `Yes`.
  public let yes: String
  /// A false flag in a table cell: `否`, `No`.
  public let no: String
  /// Between the items of a list inside one cell: `、` or `, `.
  public let listSeparator: String
  /// The title of the summary sheet's block about the period: `报告信息`.
  public let aboutTitle: String
  /// The period reported: `统计期`.
  public let periodTitle: String
  /// The previous period: `上期`.
  public let previousPeriodTitle: String
  /// The year to date: `本年累计`.
  public let yearToDateTitle: String
  /// The day the run treated as today: `数据截至`.
  public let asOfTitle: String
  /// The title of the summary sheet's block about the files read: `数据质量：文件读取情况`.
  public let filesTitle: String
  /// The title of the summary sheet's block about issue codes: `数据质量：问题分类`.
  public let issueCodesTitle: String
  /// The title above the summary's headline columns for the period: `本期`.
  public let currentColumn: String
  /// The title of the summary's previous-period column: `上期`.
  public let previousColumn: String
  /// The title of the summary's change column: `环比变化`.
  public let changeColumn: String
  /// The title of the summary's year-to-date column: `本年累计`.
  public let yearToDateColumn: String
  /// The header over the names a chart shows: `图表数据：站点`.
  let chartDataHeader: @Sendable (_ what: String) -> String
  /// The station chart's category axis: `站点`.
  public let stationAxis: String
  /// The trend chart's category axis: `月份`.
  public let monthAxis: String
  /// The value axis of both charts: `人次`.
  public let personTimesAxis: String
  /// The trend chart's title for a year: `2026年1—6月服务量趋势`.
  let trendTitle: @Sendable (_ year: Int, _ lastMonth: Int) -> String
  /// The station chart's title: all stations, or the first `shown` by records.
  let stationTitle: @Sendable (_ shown: Int, _ total: Int) -> String
  /// The note under a table cut at the sheet's row limit.
  let cutNote: @Sendable (_ shown: Int, _ total: Int, _ fileName: String) -> String
  /// What each issue code means.
  let issueMeanings: @Sendable (IssueCode) -> String

  /// The labels for `language`.
  public static func labels(_ language: ReportLanguage) -> ReportLabels {
    switch language {
    case .chinese: .chinese
    case .english: .english
    }
  }

  /// The name of a vocabulary value in this language: its Chinese label or its English label.
  public func label(_ value: some Vocabulary) -> String {
    language == .chinese ? value.label : value.englishLabel
  }

  /// `yes` or `no`.
  public func flag(_ value: Bool) -> String {
    value ? yes : no
  }

  /// What an issue code means, in one short sentence.
  public func meaning(of code: IssueCode) -> String {
    issueMeanings(code)
  }

  /// The header over the names that a chart shows, such as `图表数据：站点`.
  public func chartDataTitle(_ what: String) -> String {
    chartDataHeader(what)
  }

  /// The title of the monthly trend chart for the months January to `lastMonth` of `year`.
  public func trendChartTitle(year: Int, lastMonth: Int) -> String {
    trendTitle(year, lastMonth)
  }

  /// The title of the station chart showing `shown` of `total` stations.
  public func stationChartTitle(shown: Int, of total: Int) -> String {
    stationTitle(shown, total)
  }

  /// The note written below a list cut at the row limit: `shown` of `total` rows are listed,
  /// and the full list is in `fileName`.
  public func truncationNote(shown: Int, of total: Int, fullListIn fileName: String) -> String {
    cutNote(shown, total, fileName)
  }
}
