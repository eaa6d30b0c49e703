import ShegongValidation

extension Period {
  /// The period a run reports when none is given (SPEC §2).
  ///
  /// It is the latest calendar month that holds at least one accepted service or activity,
  /// or nil when there is no accepted service or activity at all.
  public static func defaultPeriod(for inputs: ValidatedInputs) -> Period? {
    var latest: Day?
    for day in inputs.services.date where day > (latest ?? .min) { latest = day }
    for day in inputs.activities.date where day > (latest ?? .min) { latest = day }
    guard let latest else { return nil }
    return month(containing: latest)
  }
}
