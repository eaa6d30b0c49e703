/// Turns template source into ``TemplateNode``s, applying the standalone-line rule.
///
/// The parser works on UTF-8 bytes: every delimiter is ASCII, so byte positions are safe
/// places to cut the text, and line numbers are counted from `\n` bytes.
struct TemplateParser {
  /// The kinds of tag the parser knows.
  private enum TagKind {
    case variable, section, invertedSection, closing, comment

    /// Whether a line holding only this tag is removed from the output.
    var canStandAlone: Bool { self != .variable }
  }

  /// One tag as read from the source.
  private struct Tag {
    let kind: TagKind
    /// The tag's name; `nil` for comments.
    let name: TemplateName?
    /// The 1-based line of the tag's first `{`.
    let line: Int
    /// The byte index just past the tag's last `}`.
    let end: Int
  }

  /// A section whose closing tag has not been read yet.
  private struct OpenSection {
    let name: TemplateName
    let inverted: Bool
    let line: Int
    /// The nodes of the enclosing level, resumed when the section closes.
    let enclosing: [TemplateNode]
  }

  private static let openBrace = UInt8(ascii: "{")
  private static let closeBrace = UInt8(ascii: "}")
  private static let newline = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  private let bytes: [UInt8]
  private let fileName: String
  /// Bytes before this index have been counted into `line`.
  private var countedUpTo = 0
  private var line = 1
  private var openSections: [OpenSection] = []
  private var nodes: [TemplateNode] = []

  /// Prepares to parse `source`; `fileName` is used in errors.
  init(source: String, fileName: String) {
    self.bytes = Array(source.utf8)
    self.fileName = fileName
  }

  /// Parses the whole source into the top-level nodes.
  mutating func parse() throws(TemplateError) -> [TemplateNode] {
    var textStart = 0
    while let tagStart = index(of: [Self.openBrace, Self.openBrace], from: textStart) {
      let tag = try readTag(at: tagStart)
      var textEnd = tagStart
      var next = tag.end
      if tag.kind.canStandAlone, let lineStart = standaloneLineStart(before: tagStart),
        let lineEnd = standaloneLineEnd(after: tag.end)
      {
        textEnd = max(lineStart, textStart)
        next = lineEnd
      }
      appendText(from: textStart, to: textEnd)
      try apply(tag)
      textStart = next
    }
    appendText(from: textStart, to: bytes.count)
    if let innermost = openSections.last {
      throw TemplateError(fileName: fileName, line: innermost.line, kind: .unclosedSection(innermost.name.spelling))
    }
    return nodes
  }

  // MARK: - Reading tags

  /// Reads the tag whose `{{` starts at `start`.
  private mutating func readTag(at start: Int) throws(TemplateError) -> Tag {
    let tagLine = lineNumber(at: start)
    var contentStart = start + 2
    var kind = TagKind.variable
    var closer = [Self.closeBrace, Self.closeBrace]
    if contentStart < bytes.count {
      var hasSigil = true
      switch bytes[contentStart] {
      case Self.openBrace:
        closer.append(Self.closeBrace)
      case UInt8(ascii: "&"):
        break
      case UInt8(ascii: "#"):
        kind = .section
      case UInt8(ascii: "^"):
        kind = .invertedSection
      case UInt8(ascii: "/"):
        kind = .closing
      case UInt8(ascii: "!"):
        kind = .comment
      case UInt8(ascii: ">"):
        throw TemplateError(fileName: fileName, line: tagLine, kind: .unsupportedTag("partials ({{>…}})"))
      case UInt8(ascii: "="):
        throw TemplateError(fileName: fileName, line: tagLine, kind: .unsupportedTag("delimiter changes ({{=…=}})"))
      default:
        hasSigil = false
      }
      if hasSigil {
        contentStart += 1
      }
    }
    guard let contentEnd = index(of: closer, from: contentStart) else {
      let opener = String(repeating: "{", count: closer.count)
      throw TemplateError(fileName: fileName, line: tagLine, kind: .unclosedTag(opener: opener))
    }
    let end = contentEnd + closer.count
    if kind == .comment {
      return Tag(kind: kind, name: nil, line: tagLine, end: end)
    }
    let name = try parseName(bytes[contentStart..<contentEnd], line: tagLine)
    return Tag(kind: kind, name: name, line: tagLine, end: end)
  }

  /// Parses a tag's content (without sigil) as `.` or dot-separated keys.
  private func parseName(_ content: ArraySlice<UInt8>, line: Int) throws(TemplateError) -> TemplateName {
    let spelling = Self.trimmed(String(decoding: content, as: UTF8.self))
    if spelling == "." {
      return TemplateName(spelling: spelling, keys: [])
    }
    let keys = spelling.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    let isValid =
      !spelling.isEmpty
      && keys.allSatisfy { key in
        !key.isEmpty && key.unicodeScalars.allSatisfy(Self.isNameScalar)
      }
    guard isValid else {
      throw TemplateError(fileName: fileName, line: line, kind: .invalidName(spelling))
    }
    return TemplateName(spelling: spelling, keys: keys)
  }

  /// Whether `scalar` may appear in a key: a letter, a digit, `_` or `-`.
  private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" || scalar == "-"
  }

  // MARK: - Building the tree

  /// Adds `tag` to the tree: opens or closes a section, or adds a variable.
  private mutating func apply(_ tag: Tag) throws(TemplateError) {
    guard let name = tag.name else { return }
    switch tag.kind {
    case .variable:
      nodes.append(.variable(name, line: tag.line))
    case .section, .invertedSection:
      openSections.append(
        OpenSection(name: name, inverted: tag.kind == .invertedSection, line: tag.line, enclosing: nodes))
      nodes = []
    case .closing:
      guard let section = openSections.popLast() else {
        throw TemplateError(fileName: fileName, line: tag.line, kind: .unexpectedClosingTag(name.spelling))
      }
      guard section.name == name else {
        let kind = TemplateError.Kind.mismatchedClosingTag(
          found: name.spelling, open: section.name.spelling, openedOnLine: section.line)
        throw TemplateError(fileName: fileName, line: tag.line, kind: kind)
      }
      let children = nodes
      nodes = section.enclosing
      nodes.append(.section(section.name, inverted: section.inverted, line: section.line, children: children))
    case .comment:
      break
    }
  }

  /// Adds the source bytes `start..<end` as a text node, if there are any.
  private mutating func appendText(from start: Int, to end: Int) {
    guard start < end else { return }
    nodes.append(.text(String(decoding: bytes[start..<end], as: UTF8.self)))
  }

  // MARK: - Standalone lines

  /// The start of the tag's line when only spaces and tabs precede the tag on it.
  private func standaloneLineStart(before tagStart: Int) -> Int? {
    var index = tagStart
    while index > 0, Self.isBlank(bytes[index - 1]) {
      index -= 1
    }
    return index == 0 || bytes[index - 1] == Self.newline ? index : nil
  }

  /// The start of the next line (or the end of the source) when only spaces and tabs follow
  /// the tag on its line.
  private func standaloneLineEnd(after tagEnd: Int) -> Int? {
    var index = tagEnd
    while index < bytes.count, Self.isBlank(bytes[index]) {
      index += 1
    }
    if index == bytes.count {
      return index
    }
    if bytes[index] == Self.newline {
      return index + 1
    }
    if bytes[index] == Self.carriageReturn, index + 1 < bytes.count, bytes[index + 1] == Self.newline {
      return index + 2
    }
    return nil
  }

  /// Whether `byte` is a space or a tab.
  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
  }

  // MARK: - Scanning

  /// The first index at or after `start` where `pattern` occurs.
  private func index(of pattern: [UInt8], from start: Int) -> Int? {
    guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
    var index = start
    while index <= bytes.count - pattern.count {
      if bytes[index] == first, bytes[index..<index + pattern.count].elementsEqual(pattern) {
        return index
      }
      index += 1
    }
    return nil
  }

  /// The 1-based line of byte `index`; indexes must be asked for in increasing order.
  private mutating func lineNumber(at index: Int) -> Int {
    while countedUpTo < index {
      if bytes[countedUpTo] == Self.newline {
        line += 1
      }
      countedUpTo += 1
    }
    return line
  }

  /// `text` without leading and trailing spaces, tabs and line breaks.
  private static func trimmed(_ text: String) -> String {
    let isWhitespace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
    guard let first = text.firstIndex(where: { !isWhitespace($0) }),
      let last = text.lastIndex(where: { !isWhitespace($0) })
    else { return "" }
    return String(text[first...last])
  }
}
