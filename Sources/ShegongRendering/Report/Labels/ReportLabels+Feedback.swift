import ShegongAggregation

extension ReportLabels {
  /// The sheets of a station's feedback workbook: 说明, 数据问题, 待回访.
  var feedbackSheets: [String] {
    [text("说明", "About"), sheets.issues, sheets.overdue]
  }

  /// The title of a station's feedback workbook: `城关镇社工站（ST01）2026-10 数据反馈`.
  func feedbackTitle(station: String, id: String, period: String) -> String {
    text("\(station)（\(id)）\(period) 数据反馈", "Data feedback for \(station) (\(id)), \(period)")
  }

  /// A period with its days: `2026-06（2026-06-01 至 2026-06-30）`, `2026-06 (2026-06-01 to 2026-06-30)`.
  func periodSpan(_ period: Period) -> String {
    let start = ReportFormat.day(period.start)
    let end = ReportFormat.day(period.end)
    return text("\(period.label)（\(start) 至 \(end)）", "\(period.label) (\(start) to \(end))")
  }

  /// The station's name: `站点名称`.
  var stationNameTitle: String { text("站点名称", "Station") }
  /// The station's id: `站点编号`.
  var stationIdTitle: String { text("站点编号", "Station ID") }
  /// The station's township: `所属乡镇`.
  var townshipTitle: String { text("所属乡镇", "Township") }

  /// The column of the station's own figures: `本站`.
  var stationColumn: String { text("本站", "This station") }
  /// The column of the whole region's figures: `全区域`.
  var regionColumn: String { text("全区域", "Whole region") }
  /// The title above the headline figures of a feedback workbook.
  var feedbackFiguresTitle: String { text("主要指标：本站与全区域", "Headline figures: this station and the whole region") }
  /// The title above the issues per code of a feedback workbook.
  var feedbackIssuesTitle: String { text("本站数据问题（按问题分类）", "This station's data issues by code") }
  /// Said when a station has no issue.
  var noIssues: String { text("本期本站数据没有发现问题。", "No issue was found in this station's rows.") }

  /// How to read the feedback workbook's lists, one sentence each.
  func feedbackGuide(issues: Int, overdue: Int) -> [String] {
    [
      text(
        "“数据问题”表逐条列出本站的 \(ReportFormat.integer(issues)) 条问题，按文件和行号排列：行号是该文件中的行（表头为第 1 行），"
          + "“列”是出问题的列，“如何修改”说明怎样改正。改正后请重新导出该文件。",
        "The “\(sheets.issues)” sheet lists this station's \(ReportFormat.integer(issues)) issues by file and line: "
          + "the line is the line of that file (the header is line 1), the column is where the problem is, "
          + "and “What to fix” says how to correct it. Export the file again once it is corrected."),
      text(
        "“待回访”表列出本站登记的、已超过回访周期的 \(ReportFormat.integer(overdue)) 名对象，从未联系者在前，其余按距上次联系天数从多到少排列。",
        "The “\(sheets.overdue)” sheet lists the \(ReportFormat.integer(overdue)) people on this station's register "
          + "who are overdue for a visit, those never contacted first, then the longest since contact."),
    ]
  }
}
