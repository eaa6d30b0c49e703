/// A name in a tag: `.` (the current item) or dot-separated keys such as `station.name`.
struct TemplateName: Sendable, Equatable {
  /// The name as written in the template, for messages.
  let spelling: String
  /// The keys; empty for `.`.
  let keys: [String]
}

/// One piece of a parsed template.
indirect enum TemplateNode: Sendable {
  /// Literal text copied to the output.
  case text(String)
  /// `{{name}}`: the text value of `name`.
  case variable(TemplateName, line: Int)
  /// `{{#name}}…{{/name}}` or, when inverted, `{{^name}}…{{/name}}`.
  case section(TemplateName, inverted: Bool, line: Int, children: [TemplateNode])
}
