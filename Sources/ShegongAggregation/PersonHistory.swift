/// A beneficiary's history up to a plan's third last day (the year-ago period's end): last contact
/// and latest case-work service.
///
/// Kept beside `PersonState` rather than in it, so that the record every row touches stays 32
/// bytes; only rows dated on or before that day touch this one.
struct PersonHistory {
  /// The latest contact dated on or before the day, or `PersonState.none`.
  var contact = PersonState.none
  /// The latest case-work service up to the day as `date × 4 + stage`, or `PersonState.none`.
  var caseKey = PersonState.none
}
