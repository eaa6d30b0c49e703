/// UTF-8 XML written into a growing byte buffer: markup as given, text and attribute values escaped.
///
/// The one place in the module that writes bytes through a pointer. Each append first makes room
/// for the most bytes it can write (seven per byte of escaped text), then writes them inside
/// `withUnsafeMutableBufferPointer`, checking every write against that room; no pointer outlives
/// the call. A province's feedback workbooks are a billion bytes of XML, written a few bytes at a
/// time, and `Array.append(contentsOf:)` for each piece cost more than compressing them.
struct XMLBytes {
  /// The buffer: its first ``count`` bytes are the XML, the rest is room.
  private var storage: [UInt8] = []
  /// How many bytes of XML there are.
  private(set) var count = 0

  /// The XML so far.
  var bytes: [UInt8] { Array(storage[..<count]) }

  /// The bytes of a whole part: the XML declaration, then what `body` writes.
  static func part(_ body: (inout XMLBytes) -> Void) -> [UInt8] {
    var xml = XMLBytes()
    xml.append(StreamedWorkbook.declaration)
    body(&xml)
    return xml.bytes
  }

  /// Forgets the XML, keeping the room.
  mutating func removeAll() {
    count = 0
  }

  /// Runs `body` on the XML so far.
  func withBytes<Result, Failure: Error>(
    _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    let used = count
    return try storage.withUnsafeBufferPointer { (buffer) throws(Failure) in
      try body(UnsafeBufferPointer(rebasing: buffer[..<used]))
    }
  }

  /// Appends `markup` as it is (element names, fixed attributes).
  mutating func append(_ markup: StaticString) {
    markup.withUTF8Buffer { source in write(reserving: source.count) { $0.put(source) } }
  }

  /// Appends the bytes of `other`.
  mutating func append(_ other: XMLBytes) {
    other.withBytes { source in write(reserving: source.count) { $0.put(source) } }
  }

  /// Appends the decimal digits of `number`.
  mutating func append(_ number: Int) {
    write(reserving: 20) { $0.putDecimal(number) }
  }

  /// Appends `number` as a spreadsheet stores it: whole numbers without a decimal point, others in
  /// the shortest form that reads back as the same `Double`.
  mutating func append(_ number: Double) {
    if number == number.rounded(), abs(number) < 0x1p53 {
      append(Int(number))
    } else {
      appendEscaped(number.description)
    }
  }

  /// Appends the A1 name of a cell, such as `B12`, from zero-based coordinates.
  mutating func appendCellName(row: Int, column: Int) {
    write(reserving: 24) { cursor in
      cursor.putColumnName(column)
      cursor.putDecimal(row + 1)
    }
  }

  /// Appends the letters of a zero-based column: `A`…`Z`, `AA`…
  mutating func appendColumnName(_ column: Int) {
    write(reserving: 4) { $0.putColumnName(column) }
  }

  /// Appends `text` as element content or as an attribute value in double quotes: `&`, `<`, `>`
  /// and `"` as entities; control characters other than tab and line feed (XML cannot hold most of
  /// them, and a reader turns a carriage return into a line feed), U+FFFE and U+FFFF (which XML
  /// cannot hold), and an underscore that would read as the start of one, in Excel's `_xHHHH_`
  /// form.
  mutating func appendEscaped(_ text: String) {
    var text = text
    text.withUTF8 { appendEscaped(utf8: $0) }
  }

  /// Appends the UTF-8 text `source`, escaped as ``appendEscaped(_:)`` says.
  private mutating func appendEscaped(utf8 source: UnsafeBufferPointer<UInt8>) {
    // `_x001F_` is the longest a byte becomes.
    write(reserving: source.count * 7) { cursor in
      var start = 0
      for index in source.indices {
        let byte = source[index]
        // Nearly every byte is none of these: one comparison each.
        guard
          byte < 0x20 || byte == 0x22 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x5F || byte == 0xEF
        else { continue }
        let replacement: StaticString
        switch byte {
        case UInt8(ascii: "&"): replacement = "&amp;"
        case UInt8(ascii: "<"): replacement = "&lt;"
        case UInt8(ascii: ">"): replacement = "&gt;"
        case UInt8(ascii: "\""): replacement = "&quot;"
        case UInt8(ascii: "_"):
          guard Self.startsEscapeForm(source, at: index) else { continue }
          replacement = "_x005F_"
        case 0x09, 0x0A: continue
        case 0xEF:
          // U+FFFE and U+FFFF (EF BF BE, EF BF BF), which XML cannot hold either; the loop passes
          // over their other two bytes, which are already written.
          guard index + 2 < source.count, source[index + 1] == 0xBF, source[index + 2] & 0xFE == 0xBE else { continue }
          cursor.put(UnsafeBufferPointer(rebasing: source[start..<index]))
          let escape: StaticString = source[index + 2] == 0xBE ? "_xFFFE_" : "_xFFFF_"
          escape.withUTF8Buffer { cursor.put($0) }
          start = index + 3
          continue
        default:
          cursor.put(UnsafeBufferPointer(rebasing: source[start..<index]))
          cursor.putControlEscape(byte)
          start = index + 1
          continue
        }
        cursor.put(UnsafeBufferPointer(rebasing: source[start..<index]))
        replacement.withUTF8Buffer { cursor.put($0) }
        start = index + 1
      }
      cursor.put(UnsafeBufferPointer(rebasing: source[start...]))
    }
  }

  /// Whether `text` starts or ends with white space, which XML drops unless told to keep it.
  static func keepsSpaces(_ text: String) -> Bool {
    func isSpace(_ byte: UInt8?) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    return isSpace(text.utf8.first) || isSpace(text.utf8.last)
  }

  /// Whether `source` holds `_xHHHH_` (four hexadecimal digits) at `index`, which Excel would read
  /// as an escaped character.
  private static func startsEscapeForm(_ source: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index + 6 < source.count, source[index + 1] == UInt8(ascii: "x"), source[index + 6] == UInt8(ascii: "_")
    else { return false }
    return source[(index + 2)..<(index + 6)].allSatisfy { byte in
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
        || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }
  }

  /// Makes room for `maximum` more bytes, then lets `body` write at most that many after the XML.
  private mutating func write(reserving maximum: Int, _ body: (inout Cursor) -> Void) {
    guard maximum > 0 else { return }
    if storage.count - count < maximum {
      // At least double, so that appending n bytes costs O(n) in all.
      storage += [UInt8](repeating: 0, count: max(count + maximum - storage.count, storage.count, 4096))
    }
    let start = count
    count = storage.withUnsafeMutableBufferPointer { buffer in
      var cursor = Cursor(buffer: buffer, offset: start, limit: start + maximum)
      body(&cursor)
      return cursor.offset
    }
  }

  /// Where the next byte goes, inside a buffer lent for one call; every write is checked against
  /// the room reserved for it.
  private struct Cursor {
    /// The buffer written to.
    let buffer: UnsafeMutableBufferPointer<UInt8>
    /// Where the next byte goes.
    var offset: Int
    /// The end of the room reserved for this write.
    let limit: Int

    /// Writes `bytes`.
    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
      guard !bytes.isEmpty else { return }
      precondition(offset + bytes.count <= limit, "XML written past the room reserved for it")
      _ = UnsafeMutableBufferPointer(rebasing: buffer[offset..<(offset + bytes.count)]).initialize(from: bytes)
      offset += bytes.count
    }

    /// Writes one byte.
    mutating func put(_ byte: UInt8) {
      precondition(offset < limit, "XML written past the room reserved for it")
      buffer[offset] = byte
      offset += 1
    }

    /// Writes the decimal digits of `number` (at most 20 bytes).
    mutating func putDecimal(_ number: Int) {
      if number < 0 { put(UInt8(ascii: "-")) }
      var magnitude = number.magnitude
      var digits = 1
      var scale: UInt = 1
      while magnitude / scale >= 10 {
        scale *= 10
        digits += 1
      }
      precondition(offset + digits <= limit, "XML written past the room reserved for it")
      for position in stride(from: offset + digits - 1, through: offset, by: -1) {
        buffer[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      }
      offset += digits
    }

    /// Writes the letters of a zero-based column (at most 3 for a sheet's 16 384 columns).
    mutating func putColumnName(_ column: Int) {
      if column >= 26 { putColumnName(column / 26 - 1) }
      put(UInt8(ascii: "A") + UInt8(column % 26))
    }

    /// Writes `_x00HH_` for a control character.
    mutating func putControlEscape(_ byte: UInt8) {
      let digits: StaticString = "0123456789ABCDEF"
      ("_x00" as StaticString).withUTF8Buffer { put($0) }
      digits.withUTF8Buffer { hex in
        put(hex[Int(byte >> 4)])
        put(hex[Int(byte & 0x0F)])
      }
      put(UInt8(ascii: "_"))
    }
  }
}
