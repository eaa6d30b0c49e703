import CXLSXWriter

/// zlib's raw inflate and CRC-32, for reading back the parts of a written workbook.
///
/// The one place in the module that hands buffers to zlib (`inflateInit2_`, `inflate`,
/// `inflateEnd`, `crc32`); every pointer it passes lives only for the call it is passed to.
enum Inflater {
  /// The bytes that the raw deflate stream `compressed` holds, which must be exactly
  /// `expectedCount`; nil when the stream is damaged, ends early or holds more.
  static func inflate(_ compressed: ArraySlice<UInt8>, expectedCount: Int) -> [UInt8]? {
    var stream = z_stream()
    // Negative window bits: a raw deflate stream, as a ZIP entry holds it.
    guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      return nil
    }
    defer { inflateEnd(&stream) }
    // One byte more than expected, so that a stream holding more is seen.
    var output = [UInt8](repeating: 0, count: expectedCount + 1)
    var input = Array(compressed)
    let status = input.withUnsafeMutableBufferPointer { inputBuffer in
      output.withUnsafeMutableBufferPointer { outputBuffer in
        stream.next_in = inputBuffer.baseAddress
        stream.avail_in = uInt(inputBuffer.count)
        stream.next_out = outputBuffer.baseAddress
        stream.avail_out = uInt(outputBuffer.count)
        return CXLSXWriter.inflate(&stream, Z_FINISH)
      }
    }
    guard status == Z_STREAM_END, Int(stream.total_out) == expectedCount else { return nil }
    output.removeLast()
    return output
  }

  /// The CRC-32 of `bytes`, as a ZIP entry records it.
  static func checksum(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBufferPointer { buffer in
      UInt32(truncatingIfNeeded: crc32(0, buffer.baseAddress, uInt(buffer.count)))
    }
  }
}
