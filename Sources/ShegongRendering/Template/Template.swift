/// A report template in a Mustache subset, parsed once and rendered against a value tree.
///
/// Supported tags: `{{name}}`, dotted `{{a.b}}`, `{{.}}` (the current item), sections
/// `{{#name}}…{{/name}}`, inverted sections `{{^name}}…{{/name}}` and comments `{{! … }}`;
/// `{{{name}}}` and `{{& name}}` mean the same as `{{name}}`. Nothing is escaped, because the
/// output is Markdown and values arrive already formatted.
///
/// A line that holds nothing but one section, inverted, closing or comment tag (and spaces or
/// tabs) is left out of the output together with its line break, so such tags can sit on their
/// own lines, for example between the rows of a Markdown table.
///
/// Names are looked up from the innermost section's item outward to the root object; in a
/// dotted name only the first key is looked up that way, the rest are looked up inside it.
public struct Template: Sendable {
  /// The file name used in error messages, such as `Templates/report.zh.md`.
  public let fileName: String
  /// The parsed content.
  let nodes: [TemplateNode]

  /// Parses `source`, reporting syntax problems against `fileName`.
  ///
  /// - Throws: ``TemplateError`` for an unclosed `{{`, an unclosed section, a closing tag that
  ///   does not match, an empty or malformed name, or an unsupported tag (partials, delimiter
  ///   changes).
  public init(source: String, fileName: String) throws(TemplateError) {
    self.fileName = fileName
    var parser = TemplateParser(source: source, fileName: fileName)
    self.nodes = try parser.parse()
  }

  /// Renders the template with `context` as the root of name lookup.
  ///
  /// - Throws: ``TemplateError`` for a name that resolves nowhere (also inside inverted
  ///   sections) and for `{{name}}` naming a list, an object or a flag.
  public func render(_ context: TemplateValue) throws(TemplateError) -> String {
    var renderer = TemplateRenderer(fileName: fileName, stack: [context])
    try renderer.render(nodes)
    return renderer.output
  }

  /// Checks every name against `shape` without rendering: the content of every section and
  /// inverted section is visited whatever the value, against each item of a list.
  ///
  /// A `shape` whose lists each hold at least one item checks every name the template has; the
  /// content of a section over an empty list is not checked.
  ///
  /// - Throws: ``TemplateError`` as ``render(_:)`` would for the first name at fault.
  public func check(_ shape: TemplateValue) throws(TemplateError) {
    var renderer = TemplateRenderer(fileName: fileName, stack: [shape], checking: true)
    try renderer.render(nodes)
  }
}
