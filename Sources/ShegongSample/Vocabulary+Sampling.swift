import ShegongValidation

extension ServiceType {
  /// How often each type occurs, home visits most (same order as `allCases`).
  static let weights = WeightTable([34, 10, 16, 10, 8, 7, 10, 2, 3])

  /// Possible durations in quarter hours, drawn uniformly.
  var quarterHours: ClosedRange<Int> {
    switch self {
    case .homeVisit: return 2...6
    case .caseWork: return 3...8
    case .phoneFollowUp: return 2...2
    case .dailyCare: return 4...12
    case .psychSupport: return 3...8
    case .resourceLink: return 2...6
    case .policyAdvice: return 2...4
    case .crisis: return 4...12
    case .other: return 2...6
    }
  }
}

extension DisabilityType {
  /// How often each type occurs (same order as `allCases`).
  static let weights = WeightTable([12, 12, 4, 40, 12, 13, 7])
}

extension ActivityKind {
  /// How often each kind occurs (same order as `allCases`).
  static let weights = WeightTable([38, 30, 14, 18])
}

extension TargetGroup {
  /// The bit of this group in `BeneficiaryTable.groups`.
  var bit: UInt8 { 1 << rawValue }
}

extension ByteSink {
  /// Appends a vocabulary value (SPEC §3) as its code, or as its Chinese label when `label` is true.
  @inline(__always)
  func append<Value: Vocabulary>(_ value: Value, label: Bool) {
    append(text: label ? value.label : value.code)
  }
}
