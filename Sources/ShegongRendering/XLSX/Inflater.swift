import CXLSXWriter

/// zlib's raw inflate and CRC-32, for reading back the parts of a written workbook.
///
/// The one place in the module that hands buffers to zlib (`inflateInit2_`, `inflate`,
/// `inflateEnd`, `crc32`); every pointer it passes lives only for the call it is passed to.
/// A part is inflated in chunks of 64 KiB and only its first and last bytes are kept, so
/// reading back a million-row sheet costs no more memory than a chunk.
enum Inflater {
  /// How many bytes at each end of a part are kept for the check of its XML.
  static let endLength = 4096

  /// The first and last ``endLength`` bytes of the part (all of it when it is at most twice
  /// that long) that the raw deflate stream `compressed` holds, when it inflates to exactly
  /// `expectedCount` bytes with CRC-32 `expectedChecksum`; nil when the stream is damaged, ends
  /// early, holds more, or does not match.
  static func ends(
    ofDeflated compressed: ArraySlice<UInt8>, expectedCount: Int, expectedChecksum: UInt32
  ) -> [UInt8]? {
    var stream = z_stream()
    // Negative window bits: a raw deflate stream, as a ZIP entry holds it.
    guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      return nil
    }
    defer { inflateEnd(&stream) }
    var ends = PartEnds()
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    let finished: Bool = compressed.withUnsafeBufferPointer { input in
      stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
      stream.avail_in = uInt(input.count)
      while true {
        let (status, produced) = chunk.withUnsafeMutableBufferPointer { output in
          stream.next_out = output.baseAddress
          stream.avail_out = uInt(output.count)
          let status = CXLSXWriter.inflate(&stream, Z_NO_FLUSH)
          return (status, output.count - Int(stream.avail_out))
        }
        ends.append(chunk[..<produced])
        if ends.count > expectedCount { return false }
        if status == Z_STREAM_END { return true }
        // Z_BUF_ERROR with no input left: the stream ends early.
        if status != Z_OK { return false }
      }
    }
    guard finished, ends.count == expectedCount, ends.checksum == expectedChecksum else { return nil }
    return ends.bytes
  }

  /// The first and last ``endLength`` bytes of `stored` (a part kept uncompressed) when it has
  /// CRC-32 `expectedChecksum`; nil otherwise.
  static func ends(ofStored stored: ArraySlice<UInt8>, expectedChecksum: UInt32) -> [UInt8]? {
    var ends = PartEnds()
    ends.append(stored)
    return ends.checksum == expectedChecksum ? ends.bytes : nil
  }

  /// A part read in order: its length, running CRC-32, and the bytes at its two ends.
  private struct PartEnds {
    var count = 0
    var checksum: UInt32 = 0
    var head: [UInt8] = []
    var tail: [UInt8] = []

    mutating func append(_ bytes: ArraySlice<UInt8>) {
      guard !bytes.isEmpty else { return }
      checksum = bytes.withUnsafeBufferPointer { buffer in
        UInt32(truncatingIfNeeded: crc32(uLong(checksum), buffer.baseAddress, uInt(buffer.count)))
      }
      count += bytes.count
      if head.count < Inflater.endLength { head.append(contentsOf: bytes.prefix(Inflater.endLength - head.count)) }
      tail.append(contentsOf: bytes)
      if tail.count > 2 * Inflater.endLength { tail.removeFirst(tail.count - Inflater.endLength) }
    }

    /// The whole part when it is short, else its head and the last ``Inflater/endLength`` bytes.
    var bytes: [UInt8] {
      count <= 2 * Inflater.endLength ? tail : head + tail.suffix(Inflater.endLength)
    }
  }
}
