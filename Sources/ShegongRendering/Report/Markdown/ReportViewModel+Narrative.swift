import ShegongAggregation

extension ReportViewModel {
  /// The changes of `key` in words: on the previous period, then on the year-ago period when it
  /// has records; a change that cannot be stated is left out.
  func changeWords(_ key: HeadlineKey) -> [String] {
    let current = figures.metrics[key]
    var words: [String] = []
    let previous = key.change(from: figures.previous[key], to: current)
    if let text = ChangeWording.words(previous, against: .previous(of: figures.period), language: language) {
      words.append(text)
    }
    if let text = ChangeWording.words(figures.yearOnYear(key), against: .yearAgo, language: language) {
      words.append(text)
    }
    return words
  }

  /// `words` in brackets after a figure: `（较上月增长12.3%，同比下降4.0%）`,
  /// ` (up 12.3% on the previous month; down 4.0% on a year earlier)`; empty for none.
  func bracketed(_ words: [String]) -> String {
    guard !words.isEmpty else { return "" }
    return language == .chinese ? "（" + words.joined(separator: "，") + "）" : " (" + words.joined(separator: "; ") + ")"
  }

  /// `changes`: for every headline key by its JSON key, `previous` and `year_ago` (the change in
  /// words, or empty when not stated) and `words` (both in brackets, or empty).
  var changes: TemplateValue {
    var members: [String: TemplateValue] = [:]
    for key in HeadlineKey.allCases {
      let current = figures.metrics[key]
      let previous = ChangeWording.words(
        key.change(from: figures.previous[key], to: current), against: .previous(of: figures.period), language: language
      )
      let yearAgo = ChangeWording.words(figures.yearOnYear(key), against: .yearAgo, language: language)
      members[key.rawValue] = .object([
        "previous": .text(previous ?? ""), "year_ago": .text(yearAgo ?? ""),
        "words": .text(bracketed(changeWords(key))),
      ])
    }
    return .object(members)
  }

  /// `attention`: the sentences on who needs attention: `lowest_coverage` (empty when no station
  /// has enough registered beneficiaries), `non_reporting`, `anomalies` (empty for a period that
  /// is not a month) and `on_time`.
  var attention: TemplateValue {
    let lowest = Attention.lowestCoverage(figures.byStation)
    let coverages = lowest.map { row in
      smallCells?.replacement(for: .serviceCoverage, in: row) ?? (row[.serviceCoverage]?.text ?? ReportFormat.missing)
    }
    let wording = PeriodWording(figures.period, language: language)
    let current = language == .chinese ? wording.current : wording.current.lowercased()
    let metrics = figures.metrics
    var due = 0
    var overdue = 0
    if case .count(let count) = metrics[.beneficiariesDue] { due = count }
    if case .count(let count) = metrics[.overdueBeneficiaries] { overdue = count }
    let onTime = AttentionWording.onTime(
      due: due, overdue: overdue, never: figures.overdue.neverContactedCount, rate: metrics[.visitOnTimeRate].text,
      changes: changeWords(.visitOnTimeRate), endText: wording.endText, language: language)
    return .object([
      "lowest_coverage": .text(
        AttentionWording.lowestCoverage(lowest, coverages: coverages, language: language) ?? ""),
      "non_reporting": .text(
        AttentionWording.nonReporting(figures.nonReportingStations, current: current, language: language)),
      "anomalies": .text(
        AttentionWording.anomalies(
          figures.stationAnomalies.map { ($0.name, $0.serviceRecords, $0.doubledMedian) },
          isMonth: figures.period.kind == .month, language: language) ?? ""),
      "on_time": .text(onTime),
    ])
  }
}
