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
  /// A quote opened on the record's first line never closes; the record runs to the end of the file.
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
  /// The first syntax problem of the record, if any.
  public var problem: SyntaxProblem?

  /// Creates an empty record to read into.
  public init() {}

  /// Whether every field is empty (a blank line, or a line of only delimiters).
  public var isBlank: Bool {
    for field in fields where field.end > field.start { return false }
    return true
  }
}
