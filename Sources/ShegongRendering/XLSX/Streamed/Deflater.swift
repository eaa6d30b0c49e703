import CXLSXWriter

/// zlib's raw deflate and CRC-32, for the parts of a ``StreamedWorkbook``.
///
/// The one place in the module that compresses with zlib (`deflateInit2_`, `deflate`,
/// `deflateEnd`, and `crc32` of what it compresses). zlib's state points back at its `z_stream`, so the stream
/// lives at one address for the deflater's life: allocated here, freed in `deinit`. Every other
/// pointer it passes lives only for the call it is passed to.
final class Deflater {
  /// zlib's fastest level: a sheet's XML still shrinks to about a seventh, at three times the
  /// speed of the default level.
  static let level: Int32 = 1
  /// The output buffer handed to `deflate` on each call.
  private static let chunkSize = 1 << 16

  /// The stream; initialised by `deflateInit2_` and ended by `deflateEnd` in `deinit`.
  private let stream: UnsafeMutablePointer<z_stream>
  /// The compressed bytes so far.
  private(set) var compressed: [UInt8] = []
  /// How many bytes went in.
  private(set) var size = 0
  /// The CRC-32 of the bytes that went in.
  private(set) var checksum: UInt32 = 0
  /// Whether `deflateInit2_` succeeded, so that `deflateEnd` is owed.
  private var isStarted = false
  /// Whether ``finish()`` has run; no more bytes may go in.
  private(set) var isFinished = false
  /// The buffer each call of `deflate` writes to.
  private var chunk = [UInt8](repeating: 0, count: Deflater.chunkSize)

  /// Starts a raw deflate stream (no zlib header: a ZIP entry holds the bare stream) at `level`.
  ///
  /// - Throws: ``XLSXError`` (from `deflateInit2_`) when zlib cannot start: for want of memory, or
  ///   a level zlib does not have.
  init(level: Int32 = Deflater.level) throws(XLSXError) {
    stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    stream.initialize(to: z_stream())
    let status = deflateInit2_(
      stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
      Int32(MemoryLayout<z_stream>.size))
    // `deinit` runs even when this throws, since every stored property is set: it alone frees.
    isStarted = status == Z_OK
    guard isStarted else {
      throw XLSXError(function: "deflateInit2_", message: "zlib cannot start a deflate stream (status \(status))")
    }
  }

  deinit {
    if isStarted { deflateEnd(stream) }
    stream.deinitialize(count: 1)
    stream.deallocate()
  }

  /// Compresses `bytes` after the bytes given so far.
  ///
  /// - Throws: ``XLSXError`` (from `deflate`) after ``finish()`` or when zlib fails.
  func append(_ bytes: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
    guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
    guard !isFinished else {
      throw XLSXError(function: "deflate", message: "bytes written to a part after it was finished")
    }
    checksum = UInt32(truncatingIfNeeded: crc32(uLong(checksum), start, uInt(bytes.count)))
    size += bytes.count
    stream.pointee.next_in = UnsafeMutablePointer(mutating: start)
    stream.pointee.avail_in = uInt(bytes.count)
    defer { stream.pointee.next_in = nil }
    while stream.pointee.avail_in > 0 {
      try run(flush: Z_NO_FLUSH)
    }
  }

  /// Ends the stream: the rest of the compressed bytes are in ``compressed`` afterwards.
  ///
  /// - Throws: ``XLSXError`` (from `deflate`) when zlib fails.
  func finish() throws(XLSXError) {
    guard !isFinished else { return }
    isFinished = true
    while try run(flush: Z_FINISH) != Z_STREAM_END {}
  }

  /// One call of `deflate` into ``chunk``, whose output is added to ``compressed``.
  @discardableResult
  private func run(flush: Int32) throws(XLSXError) -> Int32 {
    let (status, produced) = chunk.withUnsafeMutableBufferPointer { output in
      stream.pointee.next_out = output.baseAddress
      stream.pointee.avail_out = uInt(output.count)
      let status = deflate(stream, flush)
      stream.pointee.next_out = nil
      return (status, output.count - Int(stream.pointee.avail_out))
    }
    // Z_BUF_ERROR only says no progress was possible, which the loops above never ask for.
    guard status == Z_OK || status == Z_STREAM_END else {
      throw XLSXError(function: "deflate", message: "zlib failed to compress a part (status \(status))")
    }
    compressed.append(contentsOf: chunk[..<produced])
    return status
  }
}
