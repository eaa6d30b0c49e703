import ShegongAggregation

extension ReportViewModel {
  /// `period`: how the report names its period and the columns of the summary table.
  var period: TemplateValue {
    let period = figures.period
    let wording = PeriodWording(period, language: language)
    let previous = PeriodWording(figures.previousPeriod, language: language)
    return .object([
      "label": .text(period.label),
      "name": .text(wording.name),
      "current": .text(wording.current),
      "previous": .text(wording.previous),
      "change": .text(wording.change),
      "year_ago": .text(wording.yearAgo),
      "year_on_year": .text(wording.yearOnYear),
      "year_to_date": .text(wording.yearToDate),
      "start": .text(ReportFormat.day(period.start)),
      "end": .text(ReportFormat.day(period.end)),
      "start_text": .text(wording.startText),
      "end_text": .text(wording.endText),
      "previous_label": .text(figures.previousPeriod.label),
      "previous_name": .text(previous.name),
      "year_ago_label": .text(figures.yearAgoPeriod.label),
      "year_to_date_label": .text(PeriodWording.yearToDateLabel(period)),
      "is_month": .bool(period.kind == .month),
      "is_quarter": .bool(period.kind == .quarter),
      "is_half": .bool(period.kind == .half),
      "is_year": .bool(period.kind == .year),
    ])
  }

  /// `m`: every headline key by its JSON key, as an object of formatted values.
  var headline: TemplateValue {
    var members: [String: TemplateValue] = [:]
    for key in HeadlineKey.allCases {
      members[key.rawValue] = headlineItem(key)
    }
    return .object(members)
  }

  /// `summary`: every headline key in order, for the summary table.
  var summary: TemplateValue {
    .list(HeadlineKey.allCases.map(headlineItem))
  }

  /// One key: its definition's `key`, `name`, `unit` and `definition`, and `value`, `previous`,
  /// `change` (on the previous period), `year_ago`, `year_on_year` (the change on it), `ytd`.
  /// Changes of ratios are in percentage points, others relative (`HeadlineKey.change`).
  private func headlineItem(_ key: HeadlineKey) -> TemplateValue {
    var members = members(key, Tables.definitions.columns(in: .markdown))
    let current = figures.metrics[key]
    let previous = figures.previous[key]
    let yearAgo = figures.yearAgo[key]
    members["value"] = .text(current.text)
    members["previous"] = .text(previous.text)
    members["change"] = .text(labels.change(key.change(from: previous, to: current)))
    members["year_ago"] = .text(yearAgo.text)
    members["year_on_year"] = .text(labels.change(figures.yearOnYear(key)))
    members["ytd"] = .text(figures.ytd[key].text)
    return .object(members)
  }

  /// `definitions`: every headline key's name, JSON key, unit and definition.
  var definitions: TemplateValue { .list(items(HeadlineKey.allCases, Tables.definitions)) }
}
