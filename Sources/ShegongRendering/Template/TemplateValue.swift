/// A value that a report template can show, test or loop over.
///
/// Values reach templates already formatted: numbers, dates and percentages arrive as
/// `.text`. A section (`{{#name}}`) renders once per item of a `.list`, once for `true`, an
/// `.object` or non-empty `.text`, and not at all for `false`, an empty list or empty text.
/// An inverted section (`{{^name}}`) renders exactly when a section would not.
public indirect enum TemplateValue: Sendable, Equatable {
  /// Text shown as given (no escaping: the output is Markdown).
  case text(String)
  /// A flag for sections and inverted sections.
  case bool(Bool)
  /// Items that a section renders once each, in order.
  case list([TemplateValue])
  /// Named values, looked up by `{{key}}` or `{{object.key}}`.
  case object([String: TemplateValue])
}

extension TemplateValue {
  /// Whether a section over this value renders its content (an inverted section renders
  /// exactly when this is `false`).
  var isTruthy: Bool {
    switch self {
    case .text(let string): !string.isEmpty
    case .bool(let flag): flag
    case .list(let items): !items.isEmpty
    case .object: true
    }
  }

  /// A short name for the kind of value, for error messages.
  var kindName: String {
    switch self {
    case .text: "text"
    case .bool: "a flag"
    case .list: "a list"
    case .object: "an object"
    }
  }
}

extension TemplateValue: ExpressibleByStringLiteral {
  /// Makes a `.text` value from a string literal.
  public init(stringLiteral value: String) {
    self = .text(value)
  }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
  /// Makes a `.bool` value from `true` or `false`.
  public init(booleanLiteral value: Bool) {
    self = .bool(value)
  }
}

extension TemplateValue: ExpressibleByArrayLiteral {
  /// Makes a `.list` value from an array literal.
  public init(arrayLiteral elements: TemplateValue...) {
    self = .list(elements)
  }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
  /// Makes an `.object` value from a dictionary literal; a repeated key keeps its last value.
  public init(dictionaryLiteral elements: (String, TemplateValue)...) {
    self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }
}
