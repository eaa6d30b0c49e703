import ShegongAggregation
import ShegongValidation

extension ReportWorkbookWriter {
  /// 汇总: a title naming the region and period, then one row per headline key with this period, the previous one and the change on it, the
  /// same period a year ago and the change on it, and the year to date; then the periods the
  /// columns cover.
  func writeSummary(to sheet: Worksheet) throws(XLSXError) {
    let period = figures.period
    let ytdLabel = PeriodWording.yearToDateLabel(period)
    let headers = [
      Tables.indicator.header.text(language),
      stacked(labels.currentColumn, period.label),
      stacked(labels.previousColumn, figures.previousPeriod.label),
      labels.changeColumn,
      stacked(labels.yearAgoColumn, figures.yearAgoPeriod.label),
      labels.yearOnYearColumn,
      stacked(labels.yearToDateColumn, ytdLabel),
      Tables.jsonKey.header.text(language),
    ]
    let keys = HeadlineKey.allCases
    let table = SheetBlock(
      firstRow: 2, headers: headers,
      styles: [.text, .integer, .integer, .change, .integer, .change, .integer, .text],
      rowCount: keys.count,
      cells: { index in
        let key = keys[index]
        let current = figures.metrics[key]
        let previous = figures.previous[key]
        let yearAgo = figures.yearAgo[key]
        return [
          .text(key.title.text(language)), .numberOrBlank(current.cellNumber), .numberOrBlank(previous.cellNumber),
          .numberOrBlank(key.change(from: previous, to: current)?.cellNumber), .numberOrBlank(yearAgo.cellNumber),
          .numberOrBlank(figures.yearOnYear(key)?.cellNumber),
          .numberOrBlank(figures.ytd[key].cellNumber), .text(key.rawValue),
        ]
      },
      rowStyles: { index in
        let key = keys[index]
        let style = key.cellStyle
        let change = changeStyle(key)
        return [.text, style, style, change, style, change, style, .text]
      })

    let aboutRow = table.lastRow + 2
    let region = figures.region
    let regionRows: [(String, String)] =
      (region.name.isEmpty ? [] : [(labels.regionTitle, region.name)])
      + (region.code.isEmpty ? [] : [(labels.regionCodeTitle, region.code)])
    let about: [(String, String)] =
      regionRows + [
        (labels.periodTitle, spanText(period.label, period.start, period.end)),
        (
          labels.previousPeriodTitle,
          spanText(figures.previousPeriod.label, figures.previousPeriod.start, figures.previousPeriod.end)
        ),
        (
          labels.yearAgoPeriodTitle,
          spanText(figures.yearAgoPeriod.label, figures.yearAgoPeriod.start, figures.yearAgoPeriod.end)
        ),
        (labels.yearToDateTitle, spanText(ytdLabel, period.yearToDate.start, period.end)),
        (labels.asOfTitle, ReportFormat.day(figures.asOf)),
      ]
    let aboutBlock = SheetBlock(
      firstRow: aboutRow + 1, headers: [], styles: [.text, .text], rowCount: about.count, sizedColumns: 1,
      cells: { index in [.text(about[index].0), .text(about[index].1)] })
    // The title stands above the table, which stays the first block: its header row is frozen.
    let title = labels.summaryTitle(
      region: figures.region.name, period: PeriodWording(period, language: language).name)
    try writeTable(
      sheet, blocks: [table, .title(title, at: 0), .title(labels.aboutTitle, at: aboutRow), aboutBlock],
      filtered: false)
  }

  /// The style of `key`'s change cells: a signed percentage for a relative change, percentage
  /// points for a ratio's.
  private func changeStyle(_ key: HeadlineKey) -> ReportCellStyle {
    key.changesInPoints ? .points(suffix: labels.percentagePoints) : .change
  }

  /// A header of two lines, the title over the bracketed detail: `本期` over `（2026-06）`.
  func stacked(_ title: String, _ detail: String) -> String {
    language == .chinese ? "\(title)\n（\(detail)）" : "\(title)\n(\(detail))"
  }

  /// `2026-06（2026-06-01 至 2026-06-30）` or `2026-06 (2026-06-01 to 2026-06-30)`.
  func bracketed(_ title: String, _ detail: String) -> String {
    language == .chinese ? "\(title)（\(detail)）" : "\(title) (\(detail))"
  }

  /// `2026-06（2026-06-01 至 2026-06-30）` or `2026-06 (2026-06-01 to 2026-06-30)`.
  private func spanText(_ label: String, _ start: Int32, _ end: Int32) -> String {
    let span =
      language == .chinese
      ? "\(ReportFormat.day(start)) 至 \(ReportFormat.day(end))"
      : "\(ReportFormat.day(start)) to \(ReportFormat.day(end))"
    return bracketed(label, span)
  }
}
