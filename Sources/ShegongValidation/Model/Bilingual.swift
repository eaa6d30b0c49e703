/// A piece of report text in both report languages: a name, a header or a definition.
public struct Bilingual: Sendable, Hashable {
  /// The Chinese text, also the one the metrics JSON writes.
  public let chinese: String
  /// The English text, for `--lang en`.
  public let english: String

  /// Text with its Chinese and English wording.
  public init(_ chinese: String, _ english: String) {
    self.chinese = chinese
    self.english = english
  }
}

extension Bilingual {
  /// The Chinese and English labels of a vocabulary value.
  public init(_ value: some Vocabulary) {
    self.init(value.label, value.englishLabel)
  }
}
