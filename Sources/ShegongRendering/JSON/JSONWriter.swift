import ShegongAggregation
import ShegongValidation

/// A small deterministic JSON writer (RFC 8259) that emits UTF-8 bytes in the order it is called.
///
/// Object keys come out in call order. Containers opened with `inline: true` are written on one
/// line (`{"a": 1, "b": 2}`), others one member per line, indented by two spaces per level.
/// Numbers are integers, two-place decimals, or doubles in Swift's shortest round-trip form; a
/// non-finite double is written as `null`, so the output never holds NaN or infinity.
///
/// The writer cannot be copied: it owns one growing byte buffer, written without copy-on-write checks,
/// because a province's report writes hundreds of millions of bytes through it.
public struct JSONWriter: ~Copyable {
  private var storage: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// The number of bytes written since the last drain.
  public private(set) var byteCount = 0

  /// The innermost open container, kept out of `stack` because it changes with every member.
  private var topIsObject = false
  private var topIsInline = false
  private var topCount = 0
  /// The containers around it, outermost first; empty at the top level.
  private var stack: [(isObject: Bool, isInline: Bool, count: Int)] = []
  /// How many containers are open.
  private var depth = 0
  private var afterKey = false
  private var wroteTopLevelValue = false

  /// Creates an empty writer with room for about `capacity` bytes.
  public init(capacity: Int = 0) {
    self.capacity = max(capacity, 256)
    storage = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
  }

  deinit {
    storage.deallocate()
  }

  /// A copy of the bytes written since the last drain.
  public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: byteCount)) }

  /// The bytes written since the last drain, handed over; the writer goes on from where it was.
  ///
  /// Streaming a large document: write some rows, drain, append the drained bytes to the file, repeat.
  public mutating func drain() -> [UInt8] {
    let drained = bytes
    byteCount = 0
    return drained
  }

  /// The finished document: the bytes written and a final line feed.
  public mutating func finish() -> [UInt8] {
    precondition(depth == 0, "JSONWriter: a container is still open")
    append(UInt8(ascii: "\n"))
    return drain()
  }

  // MARK: Containers

  /// Opens an object; with `inline`, it and everything in it are written on one line.
  public mutating func beginObject(inline: Bool = false) {
    beginValue()
    append(UInt8(ascii: "{"))
    push(isObject: true, isInline: inline)
  }

  /// Closes the innermost object.
  public mutating func endObject() {
    end(closer: UInt8(ascii: "}"), isObject: true)
  }

  /// Opens an array; with `inline`, it and everything in it are written on one line.
  public mutating func beginArray(inline: Bool = false) {
    beginValue()
    append(UInt8(ascii: "["))
    push(isObject: false, isInline: inline)
  }

  /// Closes the innermost array.
  public mutating func endArray() {
    end(closer: UInt8(ascii: "]"), isObject: false)
  }

  /// Writes the key of the next member of the innermost object.
  public mutating func key(_ name: String) {
    beginKey()
    writeString(name)
    append(UInt8(ascii: ":"), UInt8(ascii: " "))
    afterKey = true
  }

  /// Writes a key known when the program is built; its text must need no escaping.
  public mutating func key(_ name: StaticString) {
    name.withUTF8Buffer { writePlainKey($0) }
  }

  /// Writes the key `bytes[range]`, UTF-8 that needs no escaping, such as a table column's key,
  /// encoded once for all the rows of a table.
  public mutating func key(utf8 bytes: [UInt8], _ range: Range<Int>) {
    bytes.withUnsafeBufferPointer { writePlainKey(UnsafeBufferPointer(rebasing: $0[range])) }
  }

  private mutating func writePlainKey(_ utf8: UnsafeBufferPointer<UInt8>) {
    assert(!utf8.contains(where: JSONWriter.needsEscape), "JSONWriter: a plain key that needs escaping")
    beginKey()
    append(UInt8(ascii: "\""))
    append(utf8)
    append(UInt8(ascii: "\""), UInt8(ascii: ":"), UInt8(ascii: " "))
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
    if value {
      append(UInt8(ascii: "t"), UInt8(ascii: "r"), UInt8(ascii: "u"), UInt8(ascii: "e"))
    } else {
      append(UInt8(ascii: "f"), UInt8(ascii: "a"), UInt8(ascii: "l"), UInt8(ascii: "s"))
      append(UInt8(ascii: "e"))
    }
  }

  /// Writes `null`.
  public mutating func null() {
    beginValue()
    append(UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l"))
  }

  /// Writes a double in its shortest round-trip form (`0.5`, `1.0`, `3.3333333333333335e-06`), or `null`
  /// when it is nil, NaN or infinite.
  public mutating func double(_ value: Double?) {
    guard let value, value.isFinite else { return null() }
    beginValue()
    var text = value.description
    text.withUTF8 { append($0) }
  }

  /// Writes a two-place decimal with both places (`12.50`), or `null` when nil.
  public mutating func decimal(_ value: Hundredths?) {
    guard let value else { return null() }
    beginValue()
    if value.value < 0 { append(UInt8(ascii: "-")) }
    let magnitude = Int(value.value.magnitude)
    writeDigits(magnitude / 100)
    let cents = magnitude % 100
    append(UInt8(ascii: "."), UInt8(ascii: "0") + UInt8(cents / 10))
    append(UInt8(ascii: "0") + UInt8(cents % 10))
  }

  /// Writes a day as the string `YYYY-MM-DD`.
  public mutating func date(_ day: Day) {
    beginValue()
    let parts = CivilDate.components(of: day)
    append(UInt8(ascii: "\""))
    if parts.year < 0 { append(UInt8(ascii: "-")) }
    writePadded(abs(parts.year), width: 4)
    append(UInt8(ascii: "-"))
    writePadded(parts.month, width: 2)
    append(UInt8(ascii: "-"))
    writePadded(parts.day, width: 2)
    append(UInt8(ascii: "\""))
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

  /// Writes the member `name: "YYYY-MM-DD"`.
  public mutating func field(_ name: StaticString, date value: Day) {
    key(name)
    date(value)
  }

  // MARK: Layout

  private mutating func push(isObject: Bool, isInline: Bool) {
    if depth > 0 { stack.append((topIsObject, topIsInline, topCount)) }
    topIsInline = isInline || (depth > 0 && topIsInline)
    topIsObject = isObject
    topCount = 0
    depth += 1
  }

  private mutating func beginKey() {
    guard depth > 0, topIsObject, !afterKey else {
      preconditionFailure("JSONWriter: a key outside an object or after another key")
    }
    separate()
  }

  /// Separates a new array element or object member from what came before.
  private mutating func separate() {
    if topIsInline {
      if topCount > 0 { append(UInt8(ascii: ","), UInt8(ascii: " ")) }
    } else {
      if topCount > 0 { append(UInt8(ascii: ",")) }
      newline(depth: depth)
    }
    topCount += 1
  }

  /// Prepares for a value: after a key nothing more is needed; in an array, a separator.
  private mutating func beginValue() {
    if afterKey {
      afterKey = false
      return
    }
    guard depth > 0 else {
      precondition(!wroteTopLevelValue, "JSONWriter: a second value at the top level")
      wroteTopLevelValue = true
      return
    }
    precondition(!topIsObject, "JSONWriter: a value in an object without a key")
    separate()
  }

  private mutating func end(closer: UInt8, isObject: Bool) {
    guard depth > 0, topIsObject == isObject, !afterKey else {
      preconditionFailure("JSONWriter: closing a container that is not open")
    }
    depth -= 1
    if !topIsInline && topCount > 0 { newline(depth: depth) }
    append(closer)
    if let outer = stack.popLast() {
      (topIsObject, topIsInline, topCount) = outer
    }
  }

  private mutating func newline(depth: Int) {
    reserve(1 + 2 * depth)
    storage[byteCount] = UInt8(ascii: "\n")
    (storage + byteCount + 1).initialize(repeating: UInt8(ascii: " "), count: 2 * depth)
    byteCount += 1 + 2 * depth
  }

  // MARK: Bytes

  /// Makes room for `extra` more bytes.
  @inline(__always)
  private mutating func reserve(_ extra: Int) {
    if byteCount + extra > capacity { grow(byteCount + extra) }
  }

  private mutating func grow(_ needed: Int) {
    let newCapacity = max(needed, capacity * 2)
    let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newStorage.update(from: storage, count: byteCount)
    storage.deallocate()
    storage = newStorage
    capacity = newCapacity
  }

  @inline(__always)
  private mutating func append(_ byte: UInt8) {
    reserve(1)
    storage[byteCount] = byte
    byteCount += 1
  }

  @inline(__always)
  private mutating func append(_ first: UInt8, _ second: UInt8) {
    reserve(2)
    storage[byteCount] = first
    storage[byteCount + 1] = second
    byteCount += 2
  }

  @inline(__always)
  private mutating func append(_ first: UInt8, _ second: UInt8, _ third: UInt8) {
    reserve(3)
    storage[byteCount] = first
    storage[byteCount + 1] = second
    storage[byteCount + 2] = third
    byteCount += 3
  }

  @inline(__always)
  private mutating func append(_ first: UInt8, _ second: UInt8, _ third: UInt8, _ fourth: UInt8) {
    reserve(4)
    storage[byteCount] = first
    storage[byteCount + 1] = second
    storage[byteCount + 2] = third
    storage[byteCount + 3] = fourth
    byteCount += 4
  }

  private mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
    guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
    reserve(buffer.count)
    (storage + byteCount).update(from: base, count: buffer.count)
    byteCount += buffer.count
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// Whether `byte` must be escaped inside a JSON string.
  @inline(__always)
  private static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
  }

  /// Writes `value` in quotes. The bytes are copied and checked in one pass; a string that
  /// needs escaping (rare: ids and names seldom hold quotes or control characters) is written
  /// again, escaped, over the copy.
  private mutating func writeString(_ value: String) {
    var text = value
    text.withUTF8 { utf8 in
      reserve(utf8.count + 2)
      let start = byteCount
      storage[start] = UInt8(ascii: "\"")
      var position = start + 1
      for byte in utf8 {
        guard !JSONWriter.needsEscape(byte) else {
          byteCount = start + 1
          for byte in utf8 { writeEscaped(byte) }
          append(UInt8(ascii: "\""))
          return
        }
        storage[position] = byte
        position += 1
      }
      storage[position] = UInt8(ascii: "\"")
      byteCount = position + 1
    }
  }

  private mutating func writeEscaped(_ byte: UInt8) {
    let backslash = UInt8(ascii: "\\")
    switch byte {
    case UInt8(ascii: "\""): append(backslash, UInt8(ascii: "\""))
    case backslash: append(backslash, backslash)
    case 0x0A: append(backslash, UInt8(ascii: "n"))
    case 0x0D: append(backslash, UInt8(ascii: "r"))
    case 0x09: append(backslash, UInt8(ascii: "t"))
    case 0x08: append(backslash, UInt8(ascii: "b"))
    case 0x0C: append(backslash, UInt8(ascii: "f"))
    case 0..<0x20:
      append(backslash, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"))
      append(JSONWriter.hexDigits[Int(byte >> 4)], JSONWriter.hexDigits[Int(byte & 0x0F)])
    default: append(byte)
    }
  }

  /// Appends the decimal digits of `value`, with a `-` when negative.
  private mutating func writeDigits(_ value: Int) {
    if value < 0 { append(UInt8(ascii: "-")) }
    let magnitude = value.magnitude
    var divisor: UInt = 1
    var digits = 1
    while magnitude / divisor >= 10 {
      divisor *= 10
      digits += 1
    }
    reserve(digits)
    repeat {
      storage[byteCount] = UInt8(ascii: "0") + UInt8(magnitude / divisor % 10)
      byteCount += 1
      divisor /= 10
    } while divisor > 0
  }

  /// Appends a non-negative `value` as at least `width` digits, zero-padded (for dates).
  private mutating func writePadded(_ value: Int, width: Int) {
    var digits = 1
    var rest = value / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    for _ in digits..<max(width, digits) { append(UInt8(ascii: "0")) }
    writeDigits(value)
  }
}
