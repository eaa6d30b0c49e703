/// The codes of SPEC §4.
public enum IssueCode: String, Sendable, CaseIterable, Comparable {
  case malformedRow = "malformed-row"
  case extraCell = "extra-cell"
  case missingCell = "missing-cell"
  case missingValue = "missing-value"
  case typeError = "type-error"
  case constraintError = "constraint-error"
  case futureDate = "future-date"
  case unknownReference = "unknown-reference"
  case duplicateKey = "duplicate-key"
  case idChecksum = "id-checksum"
  case workerInactive = "worker-inactive"
  case beneficiaryInactive = "beneficiary-inactive"
  case stationMismatch = "station-mismatch"
  case workerOverlap = "worker-overlap"
  case workerDayOverLimit = "worker-day-over-limit"
  case possibleDuplicate = "possible-duplicate"
  case attendanceExceedsParticipants = "attendance-exceeds-participants"
  case categoryAgeMismatch = "category-age-mismatch"
  case idDuplicate = "id-duplicate"

  /// `error` for the rejecting codes, `warning` for the others.
  public var severity: Severity {
    switch self {
    case .malformedRow, .extraCell, .missingCell, .missingValue, .typeError, .constraintError, .futureDate,
      .unknownReference, .duplicateKey:
      return .error
    default:
      return .warning
    }
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
