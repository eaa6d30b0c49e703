import ShegongIngest

/// Reads one file's rows and turns cells into typed values, collecting the row's issues.
///
/// One scope serves a whole file, whose columns are the cases of `Column`: `next()` moves to the
/// next data row and does the structure checks of SPEC §4 stage 1; the typed accessors do stage 2,
/// one issue per bad cell.
struct RowScope<Column: InputColumn>: ~Copyable {
  /// An issue found on the current row, before it is placed in the report.
  struct Pending {
    /// The cell's field position (-1 for the whole row), to sort a row's issues by column.
    var position: Int
    /// The header cell of the column, as the file wrote it; empty for the whole row.
    var column: String
    /// What is wrong.
    var message: IssueMessage
    /// The value as shown in the issue.
    var value: String
  }

  /// The file read.
  let source: CSVSource
  /// The file's place in the validation report.
  let fileIndex: Int
  /// The definition of each column, by raw value.
  let columns: [ColumnDefinition]
  /// Field position of each column, or nil when the header lacks it.
  let positions: [Int?]
  /// Whether issues keep beneficiaries' names and ID numbers out (SPEC §7 Privacy; off with
  /// `--unmasked`): an ID-like value is masked in any file.
  let masksPersonalData: Bool
  private var reader: CSVReader
  private(set) var record = CSVRecord()
  private var cells: CellText
  /// Issues of the current row, in the order found.
  var pending: [Pending] = []
  /// How the row's issues are attributed to a station (none unless the reader says).
  var attribution = StationAttribution<Column>.none

  /// A scope over the records that start in `range` of the file (the first on physical line
  /// `line`), for reading one piece of a large file; over all of them when `range` is nil.
  init(
    source: CSVSource, fileIndex: Int, masksPersonalData: Bool = false, range: Range<Int>? = nil, line: Int? = nil
  ) throws(IngestError) {
    // Everything is worked out before any property is set, so that a throw leaves nothing half made.
    let positions = try Column.positions(in: source.header, file: source.file.name, line: source.headerLine)
    let columns = Column.allCases.map(\.definition)
    let range = range ?? source.dataOffset..<source.file.bytes.count
    self.source = source
    self.fileIndex = fileIndex
    self.columns = columns
    self.positions = positions
    self.masksPersonalData = masksPersonalData
    // The reader sees the file up to the end of the range, at the same addresses as the whole.
    self.reader = CSVReader(
      file: source.file, delimiter: source.delimiter, offset: range.lowerBound, line: line ?? source.dataLine,
      end: range.upperBound)
    self.cells = CellText(file: source.file)
  }

  /// Whether the text of a broken row is left out of its issue: masking, in a file whose rows can
  /// hold a name (``InputColumn/mayHoldNames``).
  var hidesRowText: Bool { masksPersonalData && Column.mayHoldNames }
  /// Whether values that do not read as their column expects are masked like a name and messages
  /// quote no value: masking, in a file with a column of personal data (`beneficiaries.csv`).
  var masksUnreadValues: Bool { masksPersonalData && columns.contains { $0.personalData != nil } }

  /// The file's name in reports.
  var fileName: String { source.file.name }
  /// The physical line of the current row.
  var line: Int { record.line }
  /// Whether the current row has an issue that rejects it.
  var hasErrors: Bool { !pending.isEmpty }
  /// The physical line of the next unread byte.
  var nextLine: Int { reader.line }
  /// Whether a record read so far broke the CSV syntax (`malformed-row`).
  private(set) var sawSyntaxProblem = false

  /// Moves to the next non-blank data row; false at the end of the file.
  ///
  /// Checks the row's structure (stage 1): a syntax problem gives `malformed-row`, extra
  /// non-empty cells `extra-cell`, too few cells `missing-cell`, each as one issue.
  mutating func next() -> Bool {
    pending.removeAll(keepingCapacity: true)
    while reader.next(into: &record) {
      if record.isBlank(in: source.file.bytes) { continue }
      cells.beginRecord(record)
      checkStructure()
      return true
    }
    return false
  }

  private mutating func checkStructure() {
    // Empty cells at the end of the header (as Excel leaves them) do not make the header wider.
    let headerCount = (source.header.lastIndex { !$0.isEmpty } ?? -1) + 1
    if let problem = record.problem {
      sawSyntaxProblem = true
      let message: IssueMessage
      switch problem {
      case .unclosedQuote(let lastLine): message = .unclosedQuote(line: record.line, lastLine: lastLine)
      case .textAfterClosingQuote(let field): message = .textAfterClosingQuote(cell: field + 1)
      case .quoteInUnquotedField(let field): message = .quoteInUnquotedCell(cell: field + 1)
      }
      addRowIssue(message, value: rowText())
      return
    }
    let fieldCount = record.fields.count
    if fieldCount > headerCount {
      var extras: [String] = []
      for field in record.fields[headerCount...] where field.end > field.start {
        let text = cells.string(field)
        if !text.isEmpty { extras.append(text) }
      }
      if !extras.isEmpty {
        addRowIssue(
          .extraCells(cells: fieldCount, headerCells: headerCount),
          value: hidesRowText ? "" : extras.joined(separator: ","))
      }
    } else if fieldCount < headerCount {
      addRowIssue(.missingCells(cells: fieldCount, headerCells: headerCount), value: rowText())
    }
  }

  /// The row's text as read, for structural issues (empty where the row may hold a beneficiary's name).
  private func rowText() -> String {
    guard !hidesRowText, let first = record.fields.first, let last = record.fields.last else { return "" }
    let start = max(0, first.start - 1)
    let end = min(source.file.bytes.count, last.end + 1, start + 200)
    return String(decoding: UnsafeBufferPointer(rebasing: source.file.bytes[start..<end]), as: UTF8.self)
  }

  /// Adds an issue about the whole row.
  mutating func addRowIssue(_ message: IssueMessage, value: String = "") {
    pending.append(Pending(position: -1, column: "", message: message, value: value))
  }

  /// Adds an issue about the cell of `column`.
  ///
  /// Where values that do not read are masked (`beneficiaries.csv`), the message quotes no value
  /// and the value is masked like a name when the message says it does not read (SPEC §7 Privacy).
  mutating func addIssue(_ message: IssueMessage, column: Column) {
    let position = positions[column.rawValue] ?? Int.max
    var value = shownValue(column)
    var message = message
    if masksUnreadValues {
      if columns[column.rawValue].personalData == nil && message.saysValueDoesNotRead(value) {
        value = Masking.name(value)
      }
      message = message.withoutQuotedValues
    }
    pending.append(Pending(position: position, column: header(column), message: message, value: value))
  }

  /// The value of `column` as it should appear in an issue (masked where SPEC §7 says so).
  func shownValue(_ column: Column) -> String {
    guard let position = positions[column.rawValue], position < record.fields.count else { return "" }
    let text = String(decoding: cells.raw(record.fields[position]), as: UTF8.self)
    guard masksUnreadValues, let personalData = columns[column.rawValue].personalData else { return text }
    return personalData.masked(text)
  }

  /// The English name of `column`.
  func name(_ column: Column) -> String { columns[column.rawValue].name }

  /// Whether the cell of `column` was written exactly as `value`: nothing unquoted, trimmed or folded.
  func isWritten(_ column: Column, as value: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let position = positions[column.rawValue], position < record.fields.count else { return value.isEmpty }
    let span = record.fields[position]
    guard !span.hasEscapedQuotes, span.end - span.start == value.count else { return false }
    return UnsafeBufferPointer(rebasing: source.file.bytes[span.start..<span.end]).elementsEqual(value)
  }

  /// Puts the current row's cell issues in column order (SPEC §4 stage 2).
  mutating func sortPendingByColumn() {
    pending.sort { $0.position < $1.position }
  }

  // MARK: - Cell access

  /// The trimmed, folded value of `column`; empty when the header or row lacks it.
  mutating func value(_ column: Column) -> UnsafeBufferPointer<UInt8> {
    guard let position = positions[column.rawValue], position < record.fields.count else {
      return UnsafeBufferPointer(start: nil, count: 0)
    }
    return cells.value(record.fields[position])
  }

  /// The value of `column` as text.
  mutating func text(_ column: Column) -> String {
    String(decoding: value(column), as: UTF8.self)
  }

  /// The value of a required `column`, or nil (with `missing-value`) when empty.
  mutating func required(_ column: Column) -> UnsafeBufferPointer<UInt8>? {
    let bytes = value(column)
    if bytes.isEmpty {
      addIssue(.requiredEmpty(column: name(column)), column: column)
      return nil
    }
    return bytes
  }

  /// The value of `column`, or nil when empty (with `missing-value` when the column is required).
  private mutating func present(_ column: Column) -> UnsafeBufferPointer<UInt8>? {
    if columns[column.rawValue].isRequired { return required(column) }
    let bytes = value(column)
    return bytes.isEmpty ? nil : bytes
  }

  /// Parses `column` with `parse`; nil when empty (with `missing-value` when the column is
  /// required) or unparseable (with `type-error` saying it is not a `kind`).
  mutating func parsed<T>(_ column: Column, kind: ValueKind, _ parse: (UnsafeBufferPointer<UInt8>) -> T?) -> T? {
    guard let bytes = present(column) else { return nil }
    if let result = parse(bytes) { return result }
    addIssue(.notA(kind, value: String(decoding: bytes, as: UTF8.self)), column: column)
    return nil
  }

  /// A vocabulary value of `column` by code or label; nil when empty or unknown (`constraint-error`).
  mutating func vocabulary<V: Vocabulary>(_ column: Column, _ type: V.Type) -> V? {
    guard let bytes = present(column) else { return nil }
    if let result = V.matching(bytes) { return result }
    let choices = V.allCases.map { "\($0.code) \($0.label)" }.joined(separator: ", ")
    addIssue(.notInVocabulary(value: String(decoding: bytes, as: UTF8.self), choices: choices), column: column)
    return nil
  }

  /// A date of `column`.
  mutating func date(_ column: Column) -> Day? {
    parsed(column, kind: .date) { ValueParser.date($0) }
  }

  /// A duration of `column` in minutes, between `minimum` and `maximum` (else `constraint-error`).
  mutating func duration(_ column: Column, minimum: Int64, maximum: Int64?) -> Int64? {
    guard let minutes = parsed(column, kind: .duration, { ValueParser.duration($0) }) else { return nil }
    let name = name(column)
    if minutes < minimum {
      addIssue(minutes < 0 ? .negative(column: name) : .underOneMinute(column: name, minutes: minutes), column: column)
      return nil
    }
    if let maximum, minutes > maximum {
      addIssue(.overRecordLimit(column: name, minutes: minutes, maximum: maximum), column: column)
      return nil
    }
    return minutes
  }

  /// An integer of `column` within `range` (else `constraint-error`).
  mutating func integer(_ column: Column, in range: ClosedRange<Int64>) -> Int64? {
    guard let number = parsed(column, kind: .wholeNumber, { ValueParser.integer($0) }) else { return nil }
    guard range.contains(number) else {
      let name = name(column)
      addIssue(
        number < 0 && range.lowerBound >= 0 ? .negative(column: name) : .outOfRange(column: name, range: range),
        column: column)
      return nil
    }
    return number
  }

}

extension RowScope {
  /// The header cell of `column` as the file wrote it (its English name when absent).
  func header(_ column: Column) -> String {
    positions[column.rawValue].map { source.header[$0] } ?? name(column)
  }

  /// The header cells of every column, by raw value.
  func headers() -> [String] {
    Column.allCases.map { header($0) }
  }
}

extension RowScope {
  /// Resolves `bytes` of `column` in `index`; on failure adds `unknown-reference` naming `target`
  /// and returns nil.
  mutating func reference(_ column: Column, _ bytes: UnsafeBufferPointer<UInt8>, in index: IDIndex, target: String)
    -> Int32?
  {
    if let found = index.index(of: bytes) { return found }
    addIssue(
      .unknownReference(column: name(column), key: String(decoding: bytes, as: UTF8.self), file: target),
      column: column)
    return nil
  }

  /// Adds `future-date` on `column` when `date` is after `asOf` (SPEC §4 stage 4).
  mutating func checkNotAfter(_ asOf: Day, _ date: Day, column: Column) {
    if date > asOf {
      addIssue(.afterAsOf(date: date, asOf: asOf), column: column)
    }
  }
}

extension RowScope {
  /// Adds `constraint-error` on `column` when `end` is before `start`, the date of `startColumn`.
  mutating func checkOrder(start: Day, end: Day, column: Column, after startColumn: Column) {
    if end < start {
      addIssue(
        .endBeforeStart(column: name(column), end: end, startColumn: name(startColumn), start: start), column: column)
    }
  }

  /// Parses a list of categories separated by `;`, `；`, `、`, `,` or `|`.
  mutating func categories(_ column: Column) -> CategorySet? {
    let bytes = value(column)
    if bytes.isEmpty {
      addIssue(.requiredEmpty(column: name(column)), column: column)
      return nil
    }
    // Full-width `；` and `，` were folded to ASCII already; `、` is E3 80 81.
    var set: CategorySet = 0
    var unknown: [String] = []
    var partStart = 0
    var index = 0
    func take(_ end: Int) {
      var from = partStart
      var to = end
      while from < to && (bytes[from] == 0x20 || bytes[from] == 0x09) { from += 1 }
      while to > from && (bytes[to - 1] == 0x20 || bytes[to - 1] == 0x09) { to -= 1 }
      guard to > from else { return }
      let part = UnsafeBufferPointer(rebasing: bytes[from..<to])
      if let category = Category.matching(part) {
        set |= category.bit
      } else {
        unknown.append(String(decoding: part, as: UTF8.self))
      }
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: ";") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "|") {
        take(index)
        index += 1
        partStart = index
      } else if byte == 0xE3 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x81 {
        take(index)
        index += 3
        partStart = index
      } else {
        index += 1
      }
    }
    take(bytes.count)
    if !unknown.isEmpty {
      addIssue(.unknownCategories(unknown), column: column)
      return nil
    }
    if set == 0 {
      addIssue(.requiredEmpty(column: name(column)), column: column)
      return nil
    }
    return set
  }
}

extension RowScope {
  /// Reads every remaining row for a piece of a file: `check` runs on the rows without a
  /// structural issue and says whether the row is a candidate (kept until its key is settled).
  /// A candidate's issues go to `candidateWarnings` (and their number to `filed`), every other
  /// row's to `issues`. Returns the rows read.
  ///
  /// With `discardingBehind`, the text already read is given back to the system as the reading
  /// goes (see `TextFile.discard(before:)`): for the last reader of a file only.
  mutating func readCandidates(
    progress: ValidationProgress?, discardingBehind: Bool = false, issues: inout IssueStore,
    candidateWarnings: inout IssueStore, check: (inout Self) -> Bool, filed: (_ warnings: Int) -> Void
  ) -> Int {
    var rows = 0
    while next() {
      let isCandidate = !hasErrors && check(&self)
      if !pending.isEmpty {
        if isCandidate {
          fileIssues(into: &candidateWarnings)
          filed(pending.count)
        } else {
          fileIssues(into: &issues)
        }
      }
      rows += 1
      if rows & 0xFFFF == 0 { progress?.add(0x10000) }
      // Every row before the next unread byte is done with, issues and all.
      if discardingBehind && rows & 0x3FFF == 0 { source.file.discard(before: reader.offset) }
    }
    progress?.add(rows & 0xFFFF)
    return rows
  }

  /// Files the current row's issues in `store`, attributed to the row's station.
  mutating func fileIssues(into store: inout IssueStore) {
    let station = attributedStation()
    for issue in pending {
      store.append(
        file: fileIndex, line: line, column: issue.column, message: issue.message, value: issue.value,
        station: station, masksIDNumbers: masksPersonalData)
    }
  }
}
