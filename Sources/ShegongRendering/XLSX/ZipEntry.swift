/// One file inside a ZIP archive, as its central directory lists it.
struct ZipEntry: Equatable {
  /// The name of the file inside the archive, such as `xl/worksheets/sheet1.xml`.
  let name: String
  /// 0 stored, 8 deflated.
  let method: UInt16
  /// The CRC-32 of the file's bytes.
  let checksum: UInt32
  /// The size of the stored (compressed) bytes.
  let compressedSize: Int
  /// The size of the file.
  let size: Int
  /// Where the entry's local header starts in the archive.
  let localHeaderOffset: Int

  /// The entries of the archive `bytes`, read from its central directory; nil when the archive
  /// has no readable central directory (ZIP64 archives included, which a workbook never is).
  static func entries(of bytes: [UInt8]) -> [ZipEntry]? {
    // The end-of-central-directory record: 22 bytes plus a comment of at most 65 535.
    let lowest = max(0, bytes.count - 22 - 0xFFFF)
    var end = bytes.count - 22
    while end >= lowest, bytes.littleEndian32(at: end) != 0x0605_4b50 { end -= 1 }
    guard end >= lowest, let count = bytes.littleEndian16(at: end + 10),
      let start = bytes.littleEndian32(at: end + 16)
    else { return nil }
    var entries: [ZipEntry] = []
    var offset = Int(start)
    for _ in 0..<count {
      guard bytes.littleEndian32(at: offset) == 0x0201_4b50,
        let method = bytes.littleEndian16(at: offset + 10),
        let checksum = bytes.littleEndian32(at: offset + 16),
        let compressedSize = bytes.littleEndian32(at: offset + 20),
        let size = bytes.littleEndian32(at: offset + 24),
        let nameLength = bytes.littleEndian16(at: offset + 28),
        let extraLength = bytes.littleEndian16(at: offset + 30),
        let commentLength = bytes.littleEndian16(at: offset + 32),
        let localHeaderOffset = bytes.littleEndian32(at: offset + 42),
        offset + 46 + Int(nameLength) <= bytes.count,
        compressedSize != 0xFFFF_FFFF, size != 0xFFFF_FFFF
      else { return nil }
      let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + Int(nameLength))], as: UTF8.self)
      entries.append(
        ZipEntry(
          name: name, method: method, checksum: checksum, compressedSize: Int(compressedSize), size: Int(size),
          localHeaderOffset: Int(localHeaderOffset)))
      offset += 46 + Int(nameLength) + Int(extraLength) + Int(commentLength)
    }
    return entries
  }

  /// The stored bytes of this entry inside `archive`; nil when its local header is damaged.
  func storedBytes(in archive: [UInt8]) -> ArraySlice<UInt8>? {
    guard archive.littleEndian32(at: localHeaderOffset) == 0x0403_4b50,
      let nameLength = archive.littleEndian16(at: localHeaderOffset + 26),
      let extraLength = archive.littleEndian16(at: localHeaderOffset + 28)
    else { return nil }
    let start = localHeaderOffset + 30 + Int(nameLength) + Int(extraLength)
    guard start + compressedSize <= archive.count else { return nil }
    return archive[start..<(start + compressedSize)]
  }

  /// The first and last bytes of the file (``Inflater/endLength`` each; all of it when it is
  /// short), after checking the whole against the size and CRC-32 the directory records; nil
  /// when it cannot be read or does not match.
  func ends(in archive: [UInt8]) -> [UInt8]? {
    guard let stored = storedBytes(in: archive) else { return nil }
    switch method {
    case 0: return stored.count == size ? Inflater.ends(ofStored: stored, expectedChecksum: checksum) : nil
    case 8: return Inflater.ends(ofDeflated: stored, expectedCount: size, expectedChecksum: checksum)
    default: return nil
    }
  }
}

extension Array where Element == UInt8 {
  /// The little-endian 16-bit number at `offset`; nil past the end.
  fileprivate func littleEndian16(at offset: Int) -> UInt16? {
    guard offset >= 0, offset + 2 <= count else { return nil }
    return UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
  }

  /// The little-endian 32-bit number at `offset`; nil past the end.
  fileprivate func littleEndian32(at offset: Int) -> UInt32? {
    guard offset >= 0, offset + 4 <= count else { return nil }
    return UInt32(self[offset]) | UInt32(self[offset + 1]) << 8 | UInt32(self[offset + 2]) << 16
      | UInt32(self[offset + 3]) << 24
  }
}
