/// A closed set of values that a CSV cell gives by code (`home_visit`) or Chinese label (`入户探访`).
public protocol Vocabulary: CaseIterable, Sendable, Hashable {
  /// The code, as in SPEC §3 and the JSON output.
  var code: String { get }
  /// The Chinese label.
  var label: String { get }
  /// The English label, for `--lang en`.
  var englishLabel: String { get }
  /// Every accepted input form (code and labels) as UTF-8 bytes, built once per type.
  static var inputForms: [(bytes: [UInt8], value: Self)] { get }
}

extension Vocabulary {
  /// The value whose code or label (any of its labels) equals `bytes` exactly.
  public static func matching(_ bytes: UnsafeBufferPointer<UInt8>) -> Self? {
    // Length and first byte settle almost every form without a full comparison.
    let first = bytes.first
    for form in inputForms where form.bytes.count == bytes.count && form.bytes.first == first {
      if form.bytes.withUnsafeBufferPointer({ $0.elementsEqual(bytes) }) { return form.value }
    }
    return nil
  }

  /// Builds `inputForms`: each value's code, its label, and the halves of a label written with `/`.
  public static func makeInputForms() -> [(bytes: [UInt8], value: Self)] {
    allCases.flatMap { value in
      ([value.code] + value.acceptedLabels).map { (Array($0.utf8), value) }
    }
  }

  /// The value with this code.
  public static func withCode(_ code: String) -> Self? {
    allCases.first { $0.code == code }
  }

  /// Labels accepted on input: the label split at `/` (`乡镇/街道` accepts `乡镇` and `街道`), and whole.
  var acceptedLabels: [String] {
    let parts = label.split(separator: "/").map(String.init)
    return parts.count > 1 ? [label] + parts : [label]
  }
}
