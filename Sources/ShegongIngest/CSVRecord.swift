/// Where one field lies in a file's bytes.
public struct FieldSpan: Sendable, Equatable {
  /// Offset of the field's first content byte (after an opening quote).
  public var start: Int
  /// Offset just past the field's last content byte (before a closing quote).
  public var end: Int
  /// Whether the field was quoted and holds doubled quotes (`""`) to undo.
  public var hasEscapedQuotes: Bool

  /// Creates a span.
  public init(start: Int, end: Int, hasEscapedQuotes: Bool = false) {
    self.start = start
    self.end = end
    self.hasEscapedQuotes = hasEscapedQuotes
  }
}

/// Why a record breaks strict RFC 4180.
public enum SyntaxProblem: Sendable, Equatable {
  /// A quote opened in the record never closes; the record runs to the end of the file, whose last
  /// physical line (not counting a final line break) is `lastLine`.
  case unclosedQuote(lastLine: Int)
  /// Text follows a closing quote (`"好的"吗`), in the field at this index.
  case textAfterClosingQuote(field: Int)
  /// A quote appears inside an unquoted field, at this index.
  case quoteInUnquotedField(field: Int)
}

/// One CSV record: its fields and where it starts, reused from record to record.
public struct CSVRecord: Sendable {
  /// The physical line (1-based) where the record starts.
  public var line: Int = 0
  /// The fields, in order.
  public var fields: [FieldSpan] = []
  /// The first syntax problem of the record, if any; an unclosed quote replaces an earlier one,
  /// since it swallows the rest of the file.
  public var problem: SyntaxProblem?

  /// Creates an empty record to read into.
  public init() {}

  /// Whether every cell of the record is empty once trimmed (SPEC §3: such rows are skipped and
  /// not counted): blank lines, lines of only delimiters, and lines of only spaces (ASCII,
  /// U+00A0, U+200B, U+3000, U+FEFF). `bytes` are the bytes the record was read from. A record
  /// with a syntax problem is never blank.
  public func isBlank(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if problem != nil { return false }
    guard let base = bytes.baseAddress else { return true }
    for field in fields where !CellText.isSpace(base, from: field.start, to: field.end) { return false }
    return true
  }
}
