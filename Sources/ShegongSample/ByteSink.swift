import Glibc
import ShegongIngest

/// Builds one output file's UTF-8 bytes in a reusable buffer and writes them in large chunks.
///
/// Rows are appended field by field straight into the buffer (integers and dates are written
/// digit by digit, never through `String`). The buffer is written out only between rows, so a
/// file in another encoding is transcoded in chunks that end at line boundaries. The file is
/// first written under a temporary name and renamed into place by `finish()`.
final class ByteSink {
  /// How a line ends in the file.
  enum LineEnd {
    /// `\n`, as most tools on Linux and macOS write.
    case lf
    /// `\r\n`, as Excel and WPS write on Windows.
    case crlf
  }

  /// The final path of the file.
  let path: String
  /// The encoding the bytes are written in.
  let encoding: TextEncoding
  /// Data rows written so far (the caller counts them with `endRow()`).
  private(set) var rows = 0
  /// Bytes handed to the file so far (after transcoding).
  private(set) var bytesWritten = 0

  private let lineEnd: LineEnd
  private let temporaryPath: String
  private var file: UnsafeMutablePointer<FILE>?
  private var storage: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private var count = 0
  private let flushThreshold: Int

  /// Opens `path` (through a temporary sibling) for writing in `encoding`.
  init(path: String, encoding: TextEncoding, lineEnd: LineEnd, chunkSize: Int = 1 << 22) throws(SampleError) {
    self.path = path
    self.encoding = encoding
    self.lineEnd = lineEnd
    temporaryPath = path + ".partial"
    capacity = chunkSize + (1 << 16)
    flushThreshold = chunkSize
    storage = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    guard let handle = fopen(temporaryPath, "wb") else {
      storage.deallocate()
      throw .io(path: path, reason: ByteSink.systemError())
    }
    file = handle
    let mark: [UInt8]
    switch encoding {
    case .utf8WithBOM: mark = [0xEF, 0xBB, 0xBF]
    case .utf16LE: mark = [0xFF, 0xFE]
    case .utf16BE: mark = [0xFE, 0xFF]
    case .utf8, .gb18030: mark = []
    }
    if !mark.isEmpty { try writeOut(mark) }
  }

  deinit {
    storage.deallocate()
    if let file {
      fclose(file)
      unlink(temporaryPath)
    }
  }

  // MARK: Appending

  /// Appends one byte.
  @inline(__always)
  func byte(_ value: UInt8) {
    if count == capacity { grow(by: 1) }
    storage[count] = value
    count += 1
  }

  /// Appends bytes.
  @inline(__always)
  func append(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
  }

  /// Appends the UTF-8 bytes of a literal.
  @inline(__always)
  func append(_ text: StaticString) {
    append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Appends the UTF-8 bytes of a string.
  @inline(__always)
  func append(text: String) {
    var text = text
    text.withUTF8 { append(contentsOf: $0) }
  }

  /// Appends the bytes of `buffer`.
  @inline(__always)
  private func append(contentsOf buffer: UnsafeBufferPointer<UInt8>) {
    guard let base = buffer.baseAddress else { return }
    if count + buffer.count > capacity { grow(by: buffer.count) }
    (storage + count).update(from: base, count: buffer.count)
    count += buffer.count
  }

  /// Appends a field separator.
  @inline(__always)
  func comma() { byte(0x2C) }

  /// Appends a non-negative integer in decimal, at least `width` digits (zero-padded).
  @inline(__always)
  func number(_ value: Int, width: Int = 1) {
    var digits = 1
    var probe = value / 10
    while probe > 0 {
      digits += 1
      probe /= 10
    }
    let length = max(digits, width)
    if count + length > capacity { grow(by: length) }
    var rest = value
    var position = count + length - 1
    while position >= count {
      storage[position] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
      rest /= 10
      position -= 1
    }
    count += length
  }

  /// Ends a line without counting a row (the header, or lines that hold no data).
  func newline() {
    switch lineEnd {
    case .lf: byte(0x0A)
    case .crlf:
      byte(0x0D)
      byte(0x0A)
    }
  }

  /// Ends a data row: writes the line end, counts the row and writes out a full buffer.
  func endRow() throws(SampleError) {
    newline()
    rows += 1
    if count >= flushThreshold { try flush() }
  }

  // MARK: Writing out

  /// Writes out, flushes and closes the file, then renames it into place.
  /// Returns the number of bytes in the file.
  func finish() throws(SampleError) -> Int {
    try flush()
    guard let handle = file else { return bytesWritten }
    file = nil
    let closed = fclose(handle)
    if closed != 0 {
      unlink(temporaryPath)
      throw .io(path: path, reason: ByteSink.systemError())
    }
    if rename(temporaryPath, path) != 0 {
      let reason = ByteSink.systemError()
      unlink(temporaryPath)
      throw .io(path: path, reason: reason)
    }
    return bytesWritten
  }

  /// Writes the buffered bytes (transcoded when the file is not UTF-8) and empties the buffer.
  private func flush() throws(SampleError) {
    guard count > 0 else { return }
    switch encoding {
    case .utf8, .utf8WithBOM:
      try writeOut(UnsafeBufferPointer(start: storage, count: count))
    case .utf16LE, .utf16BE, .gb18030:
      let chunk = Array(UnsafeBufferPointer(start: storage, count: count))
      let encoded: [UInt8]
      do {
        encoded = try Transcoder.encode(utf8: chunk, as: encoding)
      } catch {
        throw .io(path: path, reason: "cannot encode as \(encoding.rawValue): \(error)")
      }
      try writeOut(encoded)
    }
    count = 0
  }

  private func writeOut(_ bytes: [UInt8]) throws(SampleError) {
    let result = bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(SampleError) in try writeOut(buffer) }
    }
    try result.get()
  }

  private func writeOut(_ buffer: UnsafeBufferPointer<UInt8>) throws(SampleError) {
    guard let handle = file, let base = buffer.baseAddress, buffer.count > 0 else { return }
    let done = fwrite(base, 1, buffer.count, handle)
    if done != buffer.count { throw .io(path: path, reason: ByteSink.systemError()) }
    bytesWritten += buffer.count
  }

  private func grow(by needed: Int) {
    let newCapacity = max(capacity * 2, count + needed)
    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    bigger.update(from: storage, count: count)
    storage.deallocate()
    storage = bigger
    capacity = newCapacity
  }

  private static func systemError() -> String {
    String(cString: strerror(errno))
  }
}
