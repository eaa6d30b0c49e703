/// One row of `trend`: the flows of one calendar month.
public struct TrendRow: Sendable, Equatable, FigureRow {
  /// `month`: the calendar month.
  public var month: Period
  /// The month's flows, with the households visited and the people served.
  public var flows: FlowCounts

  /// The month's flow figures of SPEC §5's trend.
  public subscript(key: HeadlineKey) -> FigureValue? {
    switch key {
    case .serviceRecords, .householdsVisited, .homeVisitRecords, .activities, .activityParticipants, .personTimes,
      .beneficiariesServed, .socialWorkerHours, .volunteerHours:
      flows[key]
    default: nil
    }
  }
}
