/// The values an ``IssueMessage`` names, as 32-bit slots: numbers as they are (a 64-bit one in
/// two), texts as their number in a ``StringPool``. Issues keep their messages this way and word
/// them only when written.
struct IssueArgumentWriter {
  /// The slots of every message so far.
  var slots: [Int32]
  /// The texts the slots name.
  var pool: StringPool
  /// Whether a text that looks like an ID number is masked as one.
  var masksIDNumbers = false

  /// Appends a number that fits in 32 bits.
  mutating func int(_ value: Int32) { slots.append(value) }

  /// Appends a line or cell count (lines and counts of a file fit in 32 bits).
  mutating func int(_ value: Int) { slots.append(Int32(clamping: value)) }

  /// Appends a 64-bit number, high half first.
  mutating func int64(_ value: Int64) {
    slots.append(Int32(truncatingIfNeeded: value >> 32))
    slots.append(Int32(truncatingIfNeeded: value))
  }

  /// Appends a text.
  mutating func text(_ value: String) {
    slots.append(pool.intern(masksIDNumbers ? Masking.idNumberLike(value) : value))
  }

  /// Appends a list of texts, as one text with a unit separator between them.
  mutating func texts(_ values: [String]) { text(values.joined(separator: IssueArgumentReader.separator)) }
}

/// Reads back the slots one message's ``IssueArgumentWriter`` appended, in the same order.
struct IssueArgumentReader {
  /// The separator of a list of texts (U+001F, which no cell of an input can hold unnoticed).
  static let separator = "\u{1F}"
  /// Every message's slots.
  let slots: [Int32]
  /// The texts the slots name.
  let pool: StringPool
  /// The next slot to read.
  var position: Int

  /// The next number.
  mutating func int32() -> Int32 {
    defer { position += 1 }
    return slots[position]
  }

  /// The next line or cell count.
  mutating func int() -> Int { Int(int32()) }

  /// The next 64-bit number.
  mutating func int64() -> Int64 {
    let high = Int64(int32())
    let low = Int64(UInt32(bitPattern: int32()))
    return high << 32 | low
  }

  /// The next text.
  mutating func text() -> String { pool.string(int32()) }

  /// The next list of texts (an empty text is the empty list).
  mutating func texts() -> [String] {
    let joined = text()
    guard !joined.isEmpty else { return [] }
    return joined.split(separator: Self.separator, omittingEmptySubsequences: false).map(String.init)
  }
}
