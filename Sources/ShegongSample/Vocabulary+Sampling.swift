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

/// A vocabulary of SPEC §3 that the generator writes, by code or by Chinese label.
protocol WrittenVocabulary: Vocabulary, RawRepresentable where RawValue == UInt8 {
  /// The bytes of every value's code and label, built once.
  static var bytes: VocabularyBytes { get }
}

/// The UTF-8 bytes of each value's code and Chinese label, indexed by raw value, so that rows
/// copy them straight into the output buffer.
struct VocabularyBytes: Sendable {
  /// The codes, e.g. `home_visit`.
  let codes: [[UInt8]]
  /// The Chinese labels, e.g. `入户探访`.
  let labels: [[UInt8]]

  /// The bytes of `Value`, whose raw values number its cases from 0 in order.
  init<Value: Vocabulary & RawRepresentable>(of _: Value.Type) where Value.RawValue == UInt8 {
    let values = Value.allCases.sorted { $0.rawValue < $1.rawValue }
    codes = values.map { Array($0.code.utf8) }
    labels = values.map { Array($0.label.utf8) }
  }
}

extension ServiceType: WrittenVocabulary {
  static let bytes = VocabularyBytes(of: ServiceType.self)
}

extension CaseStage: WrittenVocabulary {
  static let bytes = VocabularyBytes(of: CaseStage.self)
}

extension Category: WrittenVocabulary {
  static let bytes = VocabularyBytes(of: Category.self)
}

extension DisabilityType: WrittenVocabulary {
  static let bytes = VocabularyBytes(of: DisabilityType.self)
}

extension ActivityKind: WrittenVocabulary {
  static let bytes = VocabularyBytes(of: ActivityKind.self)
}

extension TargetGroup: WrittenVocabulary {
  static let bytes = VocabularyBytes(of: TargetGroup.self)
}

extension WorkerRole: WrittenVocabulary {
  static let bytes = VocabularyBytes(of: WorkerRole.self)
}

extension StationType: WrittenVocabulary {
  static let bytes = VocabularyBytes(of: StationType.self)
}

extension ByteSink {
  /// Appends a vocabulary value as its code, or as its Chinese label when `label` is true.
  @inline(__always)
  func append<Value: WrittenVocabulary>(_ value: Value, label: Bool) {
    let bytes = Value.bytes
    append(label ? bytes.labels[Int(value.rawValue)] : bytes.codes[Int(value.rawValue)])
  }
}
