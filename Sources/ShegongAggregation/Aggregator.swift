import ShegongValidation

/// Computes the figures of SPEC §5 from validated inputs.
public enum Aggregator {
  /// Every figure of a report on `period`: the headline blocks of the period, the previous period and
  /// the year to date, and the period's tables.
  public static func figures(
    for period: Period, from inputs: ValidatedInputs, options: AggregationOptions = AggregationOptions()
  ) -> Figures {
    let lookup = Lookup(inputs: inputs)
    let span = period.span
    let previousPeriod = period.previous

    let stocks = Stocks(on: span.end, inputs: inputs)
    let history = EndState(on: span.end, inputs: inputs)
    let overdue = Overdue(stocks: stocks, history: history, inputs: inputs)
    let flows = Flows(span: span, inputs: inputs, lookup: lookup, withDetail: true)
    let metrics = headline(stocks: stocks, history: history, overdue: overdue, flows: flows, inputs: inputs)

    let ytdFlows = Flows(span: period.yearToDate, inputs: inputs, lookup: lookup, withDetail: false)
    let ytd = headline(stocks: stocks, history: history, overdue: overdue, flows: ytdFlows, inputs: inputs)

    let tables = Tables(
      inputs: inputs, lookup: lookup, stocks: stocks, overdue: overdue, flows: flows, history: history)
    return Figures(
      period: period,
      previousPeriod: previousPeriod,
      asOf: inputs.asOf,
      metrics: metrics,
      previous: headline(for: previousPeriod.span, from: inputs),
      ytd: ytd,
      byStation: tables.byStation(),
      byTownship: tables.byTownship(),
      byCategory: tables.byCategory(),
      byDisability: tables.byDisability(),
      byServiceType: tables.byServiceType(),
      byActivityGroup: tables.byActivityGroup(),
      byWorker: tables.byWorker(),
      trend: trend(for: period, inputs: inputs, lookup: lookup),
      overdue: tables.overdueRows(unmasked: options.unmasked),
      nonReportingStations: tables.nonReportingStations(),
      dataQuality: dataQuality(inputs)
    )
  }

  /// The headline figures of `span`, computed as if it were a period: stocks on `span.end`,
  /// flows dated in the span.
  public static func headline(for span: DaySpan, from inputs: ValidatedInputs) -> Headline {
    let lookup = Lookup(inputs: inputs)
    let stocks = Stocks(on: span.end, inputs: inputs)
    let history = EndState(on: span.end, inputs: inputs)
    let overdue = Overdue(stocks: stocks, history: history, inputs: inputs)
    let flows = Flows(span: span, inputs: inputs, lookup: lookup, withDetail: false)
    return headline(stocks: stocks, history: history, overdue: overdue, flows: flows, inputs: inputs)
  }
}
