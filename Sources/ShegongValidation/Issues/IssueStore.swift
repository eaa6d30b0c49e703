/// Issues as compact records (``IssueRecord``) with the texts and values they name, in the order
/// they were filed. Validation fills one per run and one per piece of a file read on its own.
struct IssueStore: Sendable {
  /// The records, in the order filed (sorted once validation ends).
  var records: [IssueRecord] = []
  /// The values every message names, as slots (see ``IssueArgumentWriter``).
  private(set) var slots: [Int32] = []
  /// The texts of columns, values and messages.
  private(set) var pool = StringPool()

  /// An empty store.
  init() {}

  /// The number of issues.
  var count: Int { records.count }

  /// The bytes the store takes beyond its records: argument slots and texts.
  var sideBytes: Int { slots.capacity * 4 + pool.byteCount }

  /// Files an issue: `message` on `line` of file `file`, in the column headed `column` (empty for
  /// the whole row), showing `value`, attributed to station `station` (-1 for none). With
  /// `masksIDNumbers`, a value or message text that looks like an ID number is masked as one
  /// (SPEC §7 Privacy; off with `--unmasked`).
  mutating func append(
    file: Int, line: Int, column: String, message: IssueMessage, value: String, station: Int32,
    masksIDNumbers: Bool
  ) {
    var writer = IssueArgumentWriter(slots: slots, pool: pool, masksIDNumbers: masksIDNumbers)
    slots = []
    pool = StringPool()
    let start = UInt32(writer.slots.count)
    let kind = message.write(to: &writer)
    let columnNumber = writer.pool.intern(column)
    let valueNumber = writer.pool.intern(masksIDNumbers ? Masking.idNumberLike(value) : value)
    slots = writer.slots
    pool = writer.pool
    records.append(
      IssueRecord(
        line: Int32(clamping: line), station: station, column: columnNumber, value: valueNumber, arguments: start,
        file: UInt16(truncatingIfNeeded: file), kind: kind, code: message.code))
  }

  /// Files an issue whose message was worded already (`text`, of `code`), as a list built from
  /// worded issues keeps it.
  mutating func append(
    file: Int, line: Int, column: String, code: IssueCode, text: String, value: String, station: Int32
  ) {
    let start = UInt32(slots.count)
    slots.append(pool.intern(text))
    records.append(
      IssueRecord(
        line: Int32(clamping: line), station: station, column: pool.intern(column), value: pool.intern(value),
        arguments: start, file: UInt16(truncatingIfNeeded: file), kind: Self.worded, code: code))
  }

  /// The kind of a record whose message was worded already: its one slot is the text.
  static let worded: UInt8 = 255

  /// The message of issue `index`, worded.
  func text(_ index: Int) -> String {
    let record = records[index]
    if record.kind == Self.worded { return pool.string(slots[Int(record.arguments)]) }
    return message(index).text
  }

  /// Files issue `index` of `other` again here, `lineShift` lines further down (for a piece of a
  /// file whose lines were counted from 1).
  mutating func append(_ index: Int, of other: IssueStore, lineShift: Int) {
    let record = other.records[index]
    if record.kind == Self.worded {
      append(
        file: Int(record.file), line: Int(record.line) + lineShift, column: other.column(index), code: record.code,
        text: other.text(index), value: other.value(index), station: record.station)
      return
    }
    append(
      file: Int(record.file), line: Int(record.line) + lineShift, column: other.pool.string(record.column),
      message: other.message(index), value: other.pool.string(record.value), station: record.station,
      masksIDNumbers: false)
  }

  /// The message of issue `index`.
  func message(_ index: Int) -> IssueMessage {
    let record = records[index]
    var reader = IssueArgumentReader(slots: slots, pool: pool, position: Int(record.arguments))
    return IssueMessage.read(kind: record.kind, from: &reader)
  }

  /// The column header of issue `index`.
  func column(_ index: Int) -> String { pool.string(records[index].column) }

  /// The value of issue `index`.
  func value(_ index: Int) -> String { pool.string(records[index].value) }

  /// Sorts the records by file reading order, then line, then the order filed.
  mutating func sort() {
    let records = self.records
    let order = records.indices.sorted { lhs, rhs in
      let left = records[lhs]
      let right = records[rhs]
      if left.file != right.file { return left.file < right.file }
      if left.line != right.line { return left.line < right.line }
      return lhs < rhs
    }
    self.records = order.map { records[$0] }
  }
}
