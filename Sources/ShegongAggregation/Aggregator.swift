import ShegongValidation

/// Computes the figures of SPEC §5 from validated inputs.
public enum Aggregator {
  /// Every figure of a report on `period`: the headline blocks of the period, the previous period,
  /// the year to date and the year-ago period, and the period's tables.
  ///
  /// One pass over the services counts all four blocks, the tables and the trend.
  public static func figures(
    for period: Period, from inputs: ValidatedInputs, options: AggregationOptions = AggregationOptions()
  ) -> Figures {
    let lookup = Lookup(inputs: inputs)
    let previousPeriod = period.previous
    let yearAgoPeriod = period.yearAgo
    let plan = ScanPlan(
      blocks: [period.span, previousPeriod.span, period.yearToDate, yearAgoPeriod.span], detailBlock: 0,
      trendMonths: period.monthsOfYearToDate)
    let scan = Scan(plan: plan, inputs: inputs, lookup: lookup, threads: options.threads)
    let intervals = Overdue.intervals(inputs.beneficiaries.categories, policy: inputs.policy)
    let ends = plan.ends.indices.map { EndDay(index: $0, scan: scan, intervals: intervals, inputs: inputs) }
    let headlines = plan.blocks.indices.map { block in
      headline(block: block, scan: scan, end: ends[plan.blockEnd[block]], inputs: inputs)
    }
    let tables = PeriodTables(inputs: inputs, lookup: lookup, scan: scan, end: ends[plan.blockEnd[0]])
    return Figures(
      period: period,
      previousPeriod: previousPeriod,
      yearAgoPeriod: yearAgoPeriod,
      asOf: inputs.asOf,
      region: inputs.policy.region,
      metrics: headlines[0],
      previous: headlines[1],
      yearAgo: headlines[3],
      ytd: headlines[2],
      byStation: tables.byStation(),
      byTownship: tables.byTownship(),
      byCategory: tables.byCategory(),
      byDisability: tables.byDisability(),
      byServiceType: tables.byServiceType(),
      byActivityGroup: tables.byActivityGroup(),
      byWorker: tables.byWorker(),
      trend: trend(scan: scan, inputs: inputs, lookup: lookup),
      overdue: tables.overdueRows(unmasked: options.unmasked),
      nonReportingStations: tables.nonReportingStations(),
      stationAnomalies: tables.stationAnomalies(period: period),
      dataQuality: dataQuality(inputs)
    )
  }

  /// The headline figures of `span`, computed as if it were a period: stocks on `span.end`,
  /// flows dated in the span.
  public static func headline(for span: DaySpan, from inputs: ValidatedInputs) -> Headline {
    let lookup = Lookup(inputs: inputs)
    let plan = ScanPlan(blocks: [span], detailBlock: nil, trendMonths: [])
    let scan = Scan(plan: plan, inputs: inputs, lookup: lookup)
    let intervals = Overdue.intervals(inputs.beneficiaries.categories, policy: inputs.policy)
    let end = EndDay(index: 0, scan: scan, intervals: intervals, inputs: inputs)
    return headline(block: 0, scan: scan, end: end, inputs: inputs)
  }
}
