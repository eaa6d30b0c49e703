/// A closed set of values that a CSV cell gives by code (`home_visit`) or Chinese label (`入户探访`).
public protocol Vocabulary: CaseIterable, Sendable, Hashable {
  /// The code, as in SPEC §3 and the JSON output.
  var code: String { get }
  /// The Chinese label.
  var label: String { get }
  /// The English label, for `--lang en`.
  var englishLabel: String { get }
}

extension Vocabulary {
  /// The value whose code or label (any of its labels) equals `bytes` exactly.
  public static func matching(_ bytes: UnsafeBufferPointer<UInt8>) -> Self? {
    for value in allCases {
      if equals(bytes, value.code) { return value }
      for label in value.acceptedLabels where equals(bytes, label) { return value }
    }
    return nil
  }

  /// The value named by `text` (code or label).
  public static func matching(_ text: String) -> Self? {
    var text = text
    return text.withUTF8 { matching($0) }
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

  private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
    let utf8 = text.utf8
    guard utf8.count == bytes.count else { return false }
    return zip(utf8, bytes).allSatisfy { $0 == $1 }
  }
}
