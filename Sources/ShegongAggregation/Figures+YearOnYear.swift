extension Figures {
  /// Whether the year-ago period has at least one accepted service or activity (SPEC §10): only
  /// then is a change on it (同比) stated, in words and in the summary tables alike, since a
  /// year-ago period without records is one the inputs do not cover, not one of no work.
  public var yearAgoHasRecords: Bool {
    yearAgo[.serviceRecords] != .count(0) || yearAgo[.activities] != .count(0)
  }

  /// The change of `key` on the year-ago period (同比), or nil when it cannot be computed or the
  /// year-ago period has no records.
  public func yearOnYear(_ key: HeadlineKey) -> FigureChange? {
    guard yearAgoHasRecords else { return nil }
    return key.change(from: yearAgo[key], to: metrics[key])
  }
}
