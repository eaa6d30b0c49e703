/// A calendar day as a day number: days since 1970-01-01.
public typealias Day = Int32

extension Day {
  /// Stands for "no end": an empty `closed_on`, `end_date` or `exited_on`.
  public static let never = Int32.max
}

/// A half-open interval of days `[from, until)`, as SPEC §3 reads opened/closed dates.
@inlinable
public func isActive(on day: Day, from: Day, until: Day) -> Bool {
  from <= day && day < until
}
