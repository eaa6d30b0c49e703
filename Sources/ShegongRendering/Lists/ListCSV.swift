import ShegongAggregation
import ShegongIngest
import ShegongValidation

/// A list written as CSV for a person to open in Excel or any tool (SPEC §7): UTF-8 with a byte
/// order mark (so that Excel reads Chinese text), CRLF line ends, and a field quoted, with its
/// quotes doubled, when it holds a comma, a quote or a line break.
///
/// A list is written in pieces of rows, each into a writer of its own that its owner drains
/// (``write(_:rows:rowsPerPiece:to:)`` does so), so that a list of millions of rows is never held
/// whole as bytes or as strings.
public struct ListCSV: ~Copyable {
  /// The bytes not yet handed on.
  private var buffer: [UInt8] = []
  /// Whether the next field is the first of its row.
  private var atRowStart = true

  /// A writer whose buffer starts empty: for a piece of a list's rows after its header.
  init() {}

  /// A writer whose buffer starts with the byte order mark and the `header` row.
  public init(header: [String]) {
    buffer = [0xEF, 0xBB, 0xBF]
    for name in header { text(name) }
    endRow()
  }

  /// Makes room for `count` bytes.
  mutating func reserveCapacity(_ count: Int) {
    buffer.reserveCapacity(count)
  }

  /// Takes the bytes written so far, leaving the buffer empty.
  public mutating func drain() -> [UInt8] {
    var taken: [UInt8] = []
    swap(&taken, &buffer)
    return taken
  }

  /// Appends a text field, quoted when it must be.
  public mutating func text(_ field: String) {
    separate()
    var field = field
    field.withUTF8 { append(utf8: $0) }
  }

  /// Appends a whole number.
  public mutating func integer(_ value: Int) {
    separate()
    buffer.append(contentsOf: String(value).utf8)
  }

  /// Appends an empty field.
  public mutating func empty() {
    separate()
  }

  /// Appends a day as `YYYY-MM-DD` (years 0–9999, as dates are read).
  public mutating func day(_ day: Day) {
    let (year, month, dayOfMonth) = CivilDate.components(of: day)
    guard (0...9999).contains(year) else {
      text(CivilDate.string(day))
      return
    }
    separate()
    digits(year, count: 4)
    buffer.append(UInt8(ascii: "-"))
    digits(month, count: 2)
    buffer.append(UInt8(ascii: "-"))
    digits(dayOfMonth, count: 2)
  }

  /// Appends categories as their codes joined by `;` (codes hold no byte that needs quotes).
  public mutating func categories(_ categories: [ShegongValidation.Category]) {
    separate()
    for (index, category) in categories.enumerated() {
      if index > 0 { buffer.append(UInt8(ascii: ";")) }
      buffer.append(contentsOf: category.code.utf8)
    }
  }

  /// Appends the last `count` decimal digits of `value` (not negative), with leading zeros.
  private mutating func digits(_ value: Int, count: Int) {
    var divisor = 1
    for _ in 1..<count { divisor *= 10 }
    while divisor > 0 {
      buffer.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
      divisor /= 10
    }
  }

  /// Appends a catalog value as a program reads it: figures as plain numbers, vocabulary codes
  /// rather than labels, categories as codes joined by `;`.
  public mutating func value(_ value: FieldValue) {
    switch value {
    case .figure(.count(let count)): integer(count)
    case .figure(let figure): text(figure.text)
    case .text(let field): text(field)
    case .term(let code, _): text(code)
    case .label(let label): text(label.chinese)
    case .flag(let flag): text(flag ? "true" : "false")
    case .day(let day): self.day(day)
    case .categories(let categories): self.categories(categories)
    case .none: empty()
    }
  }

  /// Ends the row with CRLF.
  public mutating func endRow() {
    buffer.append(13)
    buffer.append(10)
    atRowStart = true
  }

  /// Writes the comma before every field but the first of its row.
  private mutating func separate() {
    if atRowStart {
      atRowStart = false
    } else {
      buffer.append(UInt8(ascii: ","))
    }
  }

  /// Appends a field's bytes, in quotes with every quote doubled when it holds a comma, a quote
  /// or a line break.
  private mutating func append(utf8 field: UnsafeBufferPointer<UInt8>) {
    let needsQuotes = field.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
    guard needsQuotes else {
      buffer.append(contentsOf: field)
      return
    }
    buffer.append(UInt8(ascii: "\""))
    for byte in field {
      buffer.append(byte)
      if byte == UInt8(ascii: "\"") { buffer.append(byte) }
    }
    buffer.append(UInt8(ascii: "\""))
  }
}

extension ListCSV {
  /// The rows worded by one thread at a time: about 3 MB of CSV for the overdue list.
  public static let rowsPerPiece = 32_768

  /// Writes the rows of a catalog table: its JSON columns' keys as the header, each row's values
  /// by ``value(_:)``. The rows are worded on every processor: pieces of `rowsPerPiece` rows, as
  /// many at once as there are processors, are handed to `output` in order, so that a list of
  /// millions of rows (the issues and the overdue people of a province) holds no more than one
  /// piece a processor as bytes; the bytes are the same whatever the pieces.
  public static func write<Rows: RandomAccessCollection & Sendable, Failure: Error>(
    _ table: Table<Rows.Element>, rows: Rows, rowsPerPiece: Int = rowsPerPiece,
    to output: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) where Rows.Index == Int {
    let columns = table.columns(in: .json)
    let values = columns.map(\.value)
    var head = ListCSV(header: columns.map(\.key))
    try output(head.drain())
    let perPiece = max(1, rowsPerPiece)
    let pieces = (rows.count + perPiece - 1) / perPiece
    let atOnce = Processors.count
    var first = 0
    while first < pieces {
      let batch = first..<min(first + atOnce, pieces)
      let bytes = (0..<batch.count).concurrentMap { offset -> [UInt8] in
        let start = rows.startIndex + (batch.lowerBound + offset) * perPiece
        let end = min(start + perPiece, rows.endIndex)
        var csv = ListCSV()
        // About 100 bytes a row: the piece's bytes are not copied as it grows.
        csv.reserveCapacity((end - start) * 100)
        for index in start..<end {
          let row = rows[index]
          for value in values { csv.value(value(row)) }
          csv.endRow()
        }
        return csv.drain()
      }
      for piece in bytes { try output(piece) }
      first = batch.upperBound
    }
  }
}
