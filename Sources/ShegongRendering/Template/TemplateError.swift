import ShegongIngest

/// A problem with a report template, located by file name and 1-based line.
///
/// Parse problems (an unclosed `{{`, an unclosed section, a closing tag that does not match)
/// are found when a ``Template`` is made; names that resolve nowhere are found when it is
/// rendered. The description reads like `Templates/report.zh.md:12: unknown name "foo.bar"`.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong.
  public enum Kind: Sendable, Equatable {
    /// A name that resolves to no value, looked up from the innermost section outward.
    case unknownName(String)
    /// A value shown with `{{name}}` that is a list, an object or a flag rather than text.
    case notText(name: String, kind: String)
    /// A section or inverted section with no closing tag; the line is where it opens.
    case unclosedSection(String)
    /// A closing tag while no section is open.
    case unexpectedClosingTag(String)
    /// A closing tag whose name differs from the innermost open section.
    case mismatchedClosingTag(found: String, open: String, openedOnLine: Int)
    /// A tag opened with `{{` (or `{{{`) that is never closed.
    case unclosedTag(opener: String)
    /// A tag whose name is empty or not of the form `name`, `a.b` or `.`.
    case invalidName(String)
    /// A Mustache tag this renderer does not support, such as partials.
    case unsupportedTag(String)
    /// The template file is missing or cannot be read (the line is 0).
    case unreadableFile
  }

  /// The template file, as given to ``Template/init(source:fileName:)``.
  public let fileName: String
  /// The 1-based line of the tag at fault.
  public let line: Int
  /// What went wrong.
  public let kind: Kind

  /// Makes an error for a tag on `line` of `fileName`.
  public init(fileName: String, line: Int, kind: Kind) {
    self.fileName = fileName
    self.line = line
    self.kind = kind
  }

  /// The message without file and line, phrased so that the template's author can fix it.
  public var message: String {
    switch kind {
    case .unknownName(let name):
      return "unknown name \"\(name)\""
    case .notText(let name, let kind):
      return "\"\(name)\" is \(kind), not text; use it as a section: {{#\(name)}}…{{/\(name)}}"
    case .unclosedSection(let name):
      return "section \"\(name)\" is never closed; add {{/\(name)}}"
    case .unexpectedClosingTag(let name):
      return "closing tag {{/\(name)}} has no open section"
    case .mismatchedClosingTag(let found, let open, let openLine):
      return "closing tag {{/\(found)}} does not match section \"\(open)\" opened on line \(openLine); "
        + "close it with {{/\(open)}} first"
    case .unclosedTag(let opener):
      let closer = String(repeating: "}", count: opener.count)
      return "tag \"\(opener)\" is never closed with \"\(closer)\""
    case .invalidName(let name):
      if name.isEmpty { return "empty tag" }
      return "invalid name \"\(name)\"; use letters, digits, _ and - joined by dots, or \".\""
    case .unsupportedTag(let what):
      return "\(what) are not supported"
    case .unreadableFile:
      return "the template file is missing or cannot be read; --templates names a folder that holds "
        + "report.zh.md and report.en.md (`shegong templates --out DIR` writes the built-in ones there)"
    }
  }

  /// `file:line: message` (`file: message` when there is no line).
  public var description: String {
    line > 0 ? "\(fileName):\(line): \(message)" : "\(fileName): \(message)"
  }
}

extension TemplateError: CommandError {
  /// A template that cannot be read or rendered makes the inputs unusable (SPEC §2): exit 3.
  public var exitCode: ExitCode { .unusableInputs }
}
