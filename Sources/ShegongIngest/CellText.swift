/// Turns field positions into the values SPEC §3 compares: unquoted, trimmed, full-width folded.
///
/// Values come back as byte buffers that stay valid until `beginRecord(spanning:)` is called
/// again; most fields are plain ASCII and come back as a slice of the file itself, and only
/// fields that need work are rewritten into a scratch area sized for the whole record. It holds
/// the `TextFile` it reads, so the values that point into the file live as long as it does.
public struct CellText: ~Copyable {
  /// The file read, held so that ``bytes`` stay valid.
  public let file: TextFile
  /// The file's bytes.
  public let bytes: UnsafeBufferPointer<UInt8>
  private var scratch: UnsafeMutableBufferPointer<UInt8>
  private var used = 0
  /// Scratch areas outgrown during the current record: kept until the next record, because
  /// values already handed out may point into them.
  private var retired: [UnsafeMutableBufferPointer<UInt8>] = []

  /// Prepares to read values out of `file`.
  public init(file: TextFile) {
    self.file = file
    self.bytes = file.bytes
    self.scratch = UnsafeMutableBufferPointer.allocate(capacity: 4096)
  }

  deinit {
    scratch.deallocate()
    for area in retired { area.deallocate() }
  }

  /// Starts a new record whose fields lie within `byteCount` bytes; earlier values become invalid.
  public mutating func beginRecord(spanning byteCount: Int) {
    used = 0
    for area in retired { area.deallocate() }
    retired.removeAll(keepingCapacity: true)
    if scratch.count < byteCount {
      scratch.deallocate()
      scratch = UnsafeMutableBufferPointer.allocate(capacity: max(byteCount, scratch.count * 2))
    }
  }

  /// Starts a new record made of `record`'s fields.
  public mutating func beginRecord(_ record: CSVRecord) {
    guard let first = record.fields.first, let last = record.fields.last else { return beginRecord(spanning: 0) }
    beginRecord(spanning: last.end - first.start + 1)
  }

  /// The field exactly as read (quotes undone, nothing trimmed), for messages and tests.
  public func raw(_ span: FieldSpan) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(span.end - span.start)
    var index = span.start
    while index < span.end {
      let byte = bytes[index]
      out.append(byte)
      index += (span.hasEscapedQuotes && byte == UInt8(ascii: "\"")) ? 2 : 1
    }
    return out
  }

  /// The field's value: doubled quotes undone, trimmed (also of U+3000, U+00A0, U+200B and
  /// U+FEFF), and U+FF01–U+FF5E folded to ASCII.
  public mutating func value(_ span: FieldSpan) -> UnsafeBufferPointer<UInt8> {
    guard let base = bytes.baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
    var start = span.start
    var end = span.end
    var plain = !span.hasEscapedQuotes
    // Trim ASCII whitespace cheaply. Only characters led by C2, E2, E3 or EF can be folded or
    // trimmed further (the text is valid UTF-8, where those bytes never continue a character);
    // a field without them, like most Chinese text, is already its value.
    while start < end && Self.isASCIISpace(base[start]) { start += 1 }
    while end > start && Self.isASCIISpace(base[end - 1]) { end -= 1 }
    if plain {
      var index = start
      // ASCII eight bytes at a time; `index + 8 <= end`, and `end` lies within the file's bytes.
      while index + 8 <= end {
        if UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
        index += 8
      }
      while index < end {
        let byte = base[index]
        if byte >= 0xC2 && (byte == 0xC2 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF) {
          plain = false
          break
        }
        index += 1
      }
    }
    if plain { return UnsafeBufferPointer(start: base + start, count: end - start) }
    return normalize(start: start, end: end, unescape: span.hasEscapedQuotes)
  }

  /// The field's value as a `String` (for names, ids and messages; not for the hot path).
  public mutating func string(_ span: FieldSpan) -> String {
    String(decoding: value(span), as: UTF8.self)
  }

  private mutating func normalize(start: Int, end: Int, unescape: Bool) -> UnsafeBufferPointer<UInt8> {
    // A rewritten value is never longer than the field. When the same record asks for more
    // rewritten values than its scratch area holds (a field read twice), move on to a fresh,
    // larger area and keep the old one alive until the next record.
    if used + (end - start) > scratch.count {
      retired.append(scratch)
      scratch = UnsafeMutableBufferPointer.allocate(capacity: max(end - start, scratch.count * 2))
      used = 0
    }
    guard let base = bytes.baseAddress, let out = scratch.baseAddress else {
      return UnsafeBufferPointer(start: nil, count: 0)
    }
    let begin = used
    var index = start
    while index < end {
      let byte = base[index]
      if unescape && byte == UInt8(ascii: "\"") && index + 1 < end && base[index + 1] == UInt8(ascii: "\"") {
        out[used] = byte
        used += 1
        index += 2
        continue
      }
      // U+FF01–U+FF5E is EF BC 81…EF BC BF and EF BD 80…EF BD 9E.
      if byte == 0xEF && index + 2 < end {
        let second = base[index + 1]
        let third = base[index + 2]
        if second == 0xBC && third >= 0x81 && third <= 0xBF {
          out[used] = third - 0x81 + 0x21
          used += 1
          index += 3
          continue
        }
        if second == 0xBD && third >= 0x80 && third <= 0x9E {
          out[used] = third - 0x80 + 0x60
          used += 1
          index += 3
          continue
        }
      }
      out[used] = byte
      used += 1
      index += 1
    }
    // Trim again, now also the non-ASCII spaces, on the rewritten bytes.
    var from = begin
    var to = used
    while from < to {
      let width = Self.spaceWidth(out, at: from, limit: to)
      if width == 0 { break }
      from += width
    }
    while to > from {
      let width = Self.spaceWidthEnding(out, at: to, floor: from)
      if width == 0 { break }
      to -= width
    }
    return UnsafeBufferPointer(start: out + from, count: to - from)
  }

  /// Whether `text[start..<end]` is all spaces (ASCII, U+00A0, U+200B, U+3000, U+FEFF), so that
  /// its value trims to nothing.
  static func isSpace(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
    var index = start
    while index < end {
      let width = spaceWidth(text, at: index, limit: end)
      if width == 0 { return false }
      index += width
    }
    return true
  }

  private static func isASCIISpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// Length of the space character (ASCII, U+00A0, U+200B, U+3000, U+FEFF) starting at `index`, or 0.
  static func spaceWidth(_ text: UnsafePointer<UInt8>, at index: Int, limit: Int) -> Int {
    let byte = text[index]
    if isASCIISpace(byte) { return 1 }
    if byte == 0xC2 && index + 1 < limit && text[index + 1] == 0xA0 { return 2 }
    if index + 2 < limit {
      let second = text[index + 1]
      let third = text[index + 2]
      if byte == 0xE3 && second == 0x80 && third == 0x80 { return 3 }
      if byte == 0xE2 && second == 0x80 && third == 0x8B { return 3 }
      if byte == 0xEF && second == 0xBB && third == 0xBF { return 3 }
    }
    return 0
  }

  /// Length of the space character ending just before `index`, or 0.
  private static func spaceWidthEnding(_ text: UnsafePointer<UInt8>, at index: Int, floor: Int) -> Int {
    if isASCIISpace(text[index - 1]) { return 1 }
    if index - 2 >= floor && spaceWidth(text, at: index - 2, limit: index) == 2 { return 2 }
    if index - 3 >= floor && spaceWidth(text, at: index - 3, limit: index) == 3 { return 3 }
    return 0
  }
}
