import ShegongAggregation
import ShegongValidation

/// A small deterministic JSON writer (RFC 8259) that emits UTF-8 bytes in the order it is called.
///
/// Object keys come out in call order. Containers opened with `inline: true` are written on one
/// line (`{"a": 1, "b": 2}`), others one member per line, indented by two spaces per level.
/// Numbers are integers, two-place decimals, or doubles in Swift's shortest round-trip form; a
/// non-finite double is written as `null`, so the output never holds NaN or infinity.
public struct JSONWriter {
  /// The bytes written so far.
  public private(set) var bytes: [UInt8] = []

  private struct Container {
    var isObject: Bool
    var isInline: Bool
    var count: Int
  }

  private var stack: [Container] = []
  private var afterKey = false

  /// Creates an empty writer with room for about `capacity` bytes.
  public init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// The bytes written since the last drain, handed over; the writer goes on from where it was.
  ///
  /// Streaming a large document: write some rows, drain, append the drained bytes to the file, repeat.
  public mutating func drain() -> [UInt8] {
    let drained = bytes
    bytes.removeAll(keepingCapacity: true)
    return drained
  }

  /// The finished document: the bytes written and a final line feed.
  public mutating func finish() -> [UInt8] {
    precondition(stack.isEmpty, "JSONWriter: a container is still open")
    bytes.append(UInt8(ascii: "\n"))
    return drain()
  }

  // MARK: Containers

  /// Opens an object; with `inline`, it and everything in it are written on one line.
  public mutating func beginObject(inline: Bool = false) {
    beginValue()
    bytes.append(UInt8(ascii: "{"))
    stack.append(Container(isObject: true, isInline: inline || isInline, count: 0))
  }

  /// Closes the innermost object.
  public mutating func endObject() {
    end(closer: UInt8(ascii: "}"), isObject: true)
  }

  /// Opens an array; with `inline`, it and everything in it are written on one line.
  public mutating func beginArray(inline: Bool = false) {
    beginValue()
    bytes.append(UInt8(ascii: "["))
    stack.append(Container(isObject: false, isInline: inline || isInline, count: 0))
  }

  /// Closes the innermost array.
  public mutating func endArray() {
    end(closer: UInt8(ascii: "]"), isObject: false)
  }

  /// Writes the key of the next member of the innermost object.
  public mutating func key(_ name: String) {
    guard let top = stack.last, top.isObject, !afterKey else {
      preconditionFailure("JSONWriter: a key outside an object or after another key")
    }
    separate()
    writeString(name)
    bytes.append(UInt8(ascii: ":"))
    bytes.append(UInt8(ascii: " "))
    afterKey = true
  }

  /// Writes a key known when the program is built; its text must need no escaping.
  public mutating func key(_ name: StaticString) {
    guard let top = stack.last, top.isObject, !afterKey else {
      preconditionFailure("JSONWriter: a key outside an object or after another key")
    }
    separate()
    bytes.append(UInt8(ascii: "\""))
    name.withUTF8Buffer { utf8 in
      assert(!utf8.contains(where: JSONWriter.needsEscape), "JSONWriter: a constant key that needs escaping")
      bytes.append(contentsOf: utf8)
    }
    bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":"), UInt8(ascii: " ")])
    afterKey = true
  }

  // MARK: Values

  /// Writes a string, escaped as RFC 8259 requires.
  public mutating func string(_ value: String) {
    beginValue()
    writeString(value)
  }

  /// Writes an integer.
  public mutating func integer(_ value: Int) {
    beginValue()
    writeDigits(value)
  }

  /// Writes `true` or `false`.
  public mutating func bool(_ value: Bool) {
    beginValue()
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  /// Writes `null`.
  public mutating func null() {
    beginValue()
    bytes.append(contentsOf: "null".utf8)
  }

  /// Writes a double in its shortest round-trip form (`0.5`, `1.0`, `3.3333333333333335e-06`), or `null`
  /// when it is nil, NaN or infinite.
  public mutating func double(_ value: Double?) {
    guard let value, value.isFinite else { return null() }
    beginValue()
    bytes.append(contentsOf: value.description.utf8)
  }

  /// Writes a two-place decimal with both places (`12.50`), or `null` when nil.
  public mutating func decimal(_ value: Hundredths?) {
    guard let value else { return null() }
    beginValue()
    if value.value < 0 { bytes.append(UInt8(ascii: "-")) }
    let magnitude = Int(value.value.magnitude)
    writeDigits(magnitude / 100)
    bytes.append(UInt8(ascii: "."))
    writePadded(magnitude % 100, width: 2)
  }

  /// Writes a day as the string `YYYY-MM-DD`.
  public mutating func date(_ day: Day) {
    beginValue()
    let parts = CivilDate.components(of: day)
    bytes.append(UInt8(ascii: "\""))
    if parts.year < 0 { bytes.append(UInt8(ascii: "-")) }
    writePadded(abs(parts.year), width: 4)
    bytes.append(UInt8(ascii: "-"))
    writePadded(parts.month, width: 2)
    bytes.append(UInt8(ascii: "-"))
    writePadded(parts.day, width: 2)
    bytes.append(UInt8(ascii: "\""))
  }

  /// Writes a sum of minutes as hours rounded half-up to two places (`90` → `1.50`).
  public mutating func hours(minutes: Int) {
    decimal(Hundredths.hours(minutes: minutes))
  }

  // MARK: Members

  /// Writes the member `name: value` (a string).
  public mutating func field(_ name: StaticString, _ value: String) {
    key(name)
    string(value)
  }

  /// Writes the member `name: value` (a string), or `name: null`.
  public mutating func field(_ name: StaticString, _ value: String?) {
    key(name)
    if let value { string(value) } else { null() }
  }

  /// Writes the member `name: value` (an integer).
  public mutating func field(_ name: StaticString, _ value: Int) {
    key(name)
    integer(value)
  }

  /// Writes the member `name: value` (an integer), or `name: null`.
  public mutating func field(_ name: StaticString, _ value: Int?) {
    key(name)
    if let value { integer(value) } else { null() }
  }

  /// Writes the member `name: value` (a boolean).
  public mutating func field(_ name: StaticString, _ value: Bool) {
    key(name)
    bool(value)
  }

  /// Writes the member `name: value` (a ratio or other double), `null` when nil.
  public mutating func field(_ name: StaticString, ratio value: Double?) {
    key(name)
    double(value)
  }

  /// Writes the member `name: value` (a two-place decimal), `null` when nil.
  public mutating func field(_ name: StaticString, _ value: Hundredths?) {
    key(name)
    decimal(value)
  }

  /// Writes the member `name: "YYYY-MM-DD"`, or `name: null`.
  public mutating func field(_ name: StaticString, date value: Day?) {
    key(name)
    if let value { date(value) } else { null() }
  }

  /// Writes the member `name: hours` for a sum of minutes.
  public mutating func field(_ name: StaticString, minutes: Int) {
    key(name)
    hours(minutes: minutes)
  }

  // MARK: Layout

  private var isInline: Bool { stack.last?.isInline ?? false }

  /// Separates a new array element or object member from what came before.
  private mutating func separate() {
    guard let top = stack.last else { return }
    if top.count > 0 { bytes.append(UInt8(ascii: ",")) }
    if top.isInline {
      if top.count > 0 { bytes.append(UInt8(ascii: " ")) }
    } else {
      newline(depth: stack.count)
    }
    stack[stack.count - 1].count += 1
  }

  /// Prepares for a value: after a key nothing more is needed; in an array, a separator.
  private mutating func beginValue() {
    if afterKey {
      afterKey = false
      return
    }
    guard let top = stack.last else {
      precondition(bytes.isEmpty, "JSONWriter: a second value at the top level")
      return
    }
    precondition(!top.isObject, "JSONWriter: a value in an object without a key")
    separate()
  }

  private mutating func end(closer: UInt8, isObject: Bool) {
    guard let top = stack.popLast(), top.isObject == isObject, !afterKey else {
      preconditionFailure("JSONWriter: closing a container that is not open")
    }
    if !top.isInline && top.count > 0 { newline(depth: stack.count) }
    bytes.append(closer)
  }

  private mutating func newline(depth: Int) {
    bytes.append(UInt8(ascii: "\n"))
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// Whether `byte` must be escaped inside a JSON string.
  @inline(__always)
  private static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
  }

  private mutating func writeString(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var text = value
    text.withUTF8 { utf8 in
      if utf8.contains(where: JSONWriter.needsEscape) {
        for byte in utf8 { writeEscaped(byte) }
      } else {
        bytes.append(contentsOf: utf8)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private mutating func writeEscaped(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
    case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
    case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
    case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
    case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
    case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
    case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
    case 0..<0x20:
      bytes.append(contentsOf: "\\u00".utf8)
      bytes.append(JSONWriter.hexDigits[Int(byte >> 4)])
      bytes.append(JSONWriter.hexDigits[Int(byte & 0x0F)])
    default: bytes.append(byte)
    }
  }

  /// Appends the decimal digits of `value`, with a `-` when negative.
  private mutating func writeDigits(_ value: Int) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    let magnitude = value.magnitude
    var divisor: UInt = 1
    while magnitude / divisor >= 10 { divisor *= 10 }
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
      divisor /= 10
    } while divisor > 0
  }

  /// Appends a non-negative `value` as at least `width` digits, zero-padded (for dates and cents).
  private mutating func writePadded(_ value: Int, width: Int) {
    var digits = 1
    var rest = value / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    if digits < width { bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - digits)) }
    writeDigits(value)
  }
}
