/// A strict RFC 4180 reader over UTF-8 bytes held in memory.
///
/// It hands out field positions, never copies: `next(into:)` fills a reused `CSVRecord`. It holds
/// the `TextFile` it reads, so the bytes it points into live as long as the reader.
/// Records end at an unquoted LF, CRLF or lone CR, or at the end of the file; physical line
/// numbers count every line break, quoted ones included. A record that breaks the syntax is
/// still returned, whole, with its `problem` set, and reading resumes after it.
public struct CSVReader {
  /// The file read, held so that ``bytes`` stay valid.
  public let file: TextFile
  /// The bytes being read: the file's, up to the end given.
  public let bytes: UnsafeBufferPointer<UInt8>
  /// The field delimiter: `,`, tab or `;`.
  public let delimiter: UInt8
  /// Offset of the next unread byte.
  public private(set) var offset: Int
  /// The physical line of the next unread byte.
  public private(set) var line: Int

  private static let quote = UInt8(ascii: "\"")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  /// Starts reading `file` at `offset`, which lies on physical line `line`, and stops at byte `end`
  /// (the end of the file when nil): records that start before `end` are read to its end only.
  public init(file: TextFile, delimiter: UInt8, offset: Int = 0, line: Int = 1, end: Int? = nil) {
    self.file = file
    self.bytes = UnsafeBufferPointer(rebasing: file.bytes[0..<min(end ?? file.bytes.count, file.bytes.count)])
    self.delimiter = delimiter
    self.offset = offset
    self.line = line
  }

  /// Reads the next record into `record`; returns `false` at the end of the bytes.
  public mutating func next(into record: inout CSVRecord) -> Bool {
    let count = bytes.count
    guard offset < count, let base = bytes.baseAddress else { return false }
    record.fields.removeAll(keepingCapacity: true)
    record.problem = nil
    record.line = line
    let delimiter = self.delimiter
    var index = offset

    while true {
      // At the start of a field.
      if index < count && base[index] == Self.quote {
        // Quoted field.
        let start = index + 1
        var cursor = start
        var escaped = false
        var closed = false
        while cursor < count {
          let byte = base[cursor]
          if byte == Self.quote {
            if cursor + 1 < count && base[cursor + 1] == Self.quote {
              escaped = true
              cursor += 2
              continue
            }
            closed = true
            break
          }
          if byte == Self.lineFeed {
            line += 1
          } else if byte == Self.carriageReturn {
            if !(cursor + 1 < count && base[cursor + 1] == Self.lineFeed) { line += 1 }
          }
          cursor += 1
        }
        if !closed {
          record.fields.append(FieldSpan(start: start, end: count, hasEscapedQuotes: escaped))
          // A line break that ends the file opens no further line.
          let final = base[count - 1]
          let swallowed = final == Self.lineFeed || final == Self.carriageReturn ? line - 1 : line
          record.problem = .unclosedQuote(lastLine: swallowed)
          offset = count
          return true
        }
        record.fields.append(FieldSpan(start: start, end: cursor, hasEscapedQuotes: escaped))
        index = cursor + 1
        if index < count {
          let after = base[index]
          if after != delimiter && after != Self.lineFeed && after != Self.carriageReturn {
            // Text after the closing quote: note it and skip to the end of this field.
            if record.problem == nil { record.problem = .textAfterClosingQuote(field: record.fields.count - 1) }
            let last = record.fields.count - 1
            index = skipUnquoted(from: index, base: base, count: count)
            record.fields[last].end = index
            record.fields[last].start -= 1
            record.fields[last].hasEscapedQuotes = false
          }
        }
      } else {
        let start = index
        var sawQuote = false
        index = scanUnquoted(from: index, base: base, count: count, sawQuote: &sawQuote)
        if sawQuote && record.problem == nil { record.problem = .quoteInUnquotedField(field: record.fields.count) }
        record.fields.append(FieldSpan(start: start, end: index))
      }
      // After a field: a delimiter, a line break or the end.
      if index >= count {
        offset = count
        return true
      }
      let byte = base[index]
      if byte == delimiter {
        index += 1
        continue
      }
      // A line break ends the record.
      if byte == Self.carriageReturn && index + 1 < count && base[index + 1] == Self.lineFeed {
        index += 2
      } else {
        index += 1
      }
      line += 1
      offset = index
      return true
    }
  }

  /// Scans an unquoted field to the next delimiter or line break, noting any quote inside it.
  private func scanUnquoted(
    from start: Int, base: UnsafePointer<UInt8>, count: Int, sawQuote: inout Bool
  ) -> Int {
    var index = start
    let delimiter = self.delimiter
    // Eight bytes at a time while a whole word fits: a word without any of the four bytes is
    // skipped at once; otherwise the byte loop below takes over at its first such byte.
    let delimiters = Self.broadcast(delimiter)
    while index + 8 <= count {
      // `index + 8 <= count` keeps the eight-byte load inside the buffer.
      // Read as little-endian so that arithmetic order is address order on every machine.
      let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      let found =
        Self.zeroBytes(word ^ delimiters) | Self.zeroBytes(word ^ Self.lineFeeds)
        | Self.zeroBytes(word ^ Self.carriageReturns) | Self.zeroBytes(word ^ Self.quotes)
      if found != 0 {
        // The lowest flagged byte is exact (borrows only reach bytes above a true match).
        index += found.trailingZeroBitCount >> 3
        break
      }
      index += 8
    }
    while index < count {
      let byte = base[index]
      if byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn { return index }
      if byte == Self.quote { sawQuote = true }
      index += 1
    }
    return index
  }

  /// `byte` in each of the eight bytes of a word.
  private static func broadcast(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }
  private static let lineFeeds = broadcast(lineFeed)
  private static let carriageReturns = broadcast(carriageReturn)
  private static let quotes = broadcast(quote)

  /// The high bit of each zero byte of `word` (bytes above the lowest zero byte may be flagged too).
  private static func zeroBytes(_ word: UInt64) -> UInt64 {
    (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
  }

  /// Skips the rest of a broken field, treating quotes as plain text, to the next delimiter or line break.
  private func skipUnquoted(from start: Int, base: UnsafePointer<UInt8>, count: Int) -> Int {
    var ignored = false
    return scanUnquoted(from: start, base: base, count: count, sawQuote: &ignored)
  }
}
