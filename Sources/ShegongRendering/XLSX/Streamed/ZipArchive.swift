import CXLSXWriter

/// A ZIP archive put together in memory from parts deflated or stored, as an `.xlsx` file is.
///
/// Every entry is dated 1980-01-01 00:00 (the earliest date ZIP records), as libxlsxwriter's
/// are, so that the same parts always make the same bytes. No ZIP64: an entry or the archive
/// past 4 GiB is refused.
struct ZipArchive {
  /// One part: its name in the archive and its deflated bytes.
  struct Entry {
    /// The part's name, such as `xl/worksheets/sheet1.xml`; ASCII.
    let name: String
    /// 8 for a raw deflate stream, 0 for the part stored as it is.
    let method: UInt16
    /// The part's bytes as stored: deflated or not, as ``method`` says.
    let data: [UInt8]
    /// The part's size before compression.
    let size: Int
    /// The CRC-32 of the part before compression.
    let checksum: UInt32
  }

  /// The entries, in the order they are stored.
  private(set) var entries: [Entry] = []

  /// Adds a part that `deflater` has finished.
  mutating func add(_ name: String, from deflater: Deflater) {
    entries.append(
      Entry(name: name, method: 8, data: deflater.compressed, size: deflater.size, checksum: deflater.checksum))
  }

  /// Parts up to this size are stored as they are: a few kilobytes of XML are not worth starting
  /// zlib for (its state alone is a quarter of a megabyte), in each of thousands of workbooks.
  static let storedLimit = 16 * 1024

  /// Adds a part given whole: stored when it is at most ``storedLimit`` bytes, deflated otherwise.
  ///
  /// - Throws: ``XLSXError`` when zlib fails.
  mutating func add(_ name: String, bytes: [UInt8]) throws(XLSXError) {
    guard bytes.count <= Self.storedLimit else {
      let deflater = try Deflater()
      try bytes.withUnsafeBufferPointer { (buffer) throws(XLSXError) in try deflater.append(buffer) }
      try deflater.finish()
      add(name, from: deflater)
      return
    }
    let checksum = bytes.withUnsafeBufferPointer { buffer in
      UInt32(truncatingIfNeeded: crc32(0, buffer.baseAddress, uInt(buffer.count)))
    }
    entries.append(Entry(name: name, method: 0, data: bytes, size: bytes.count, checksum: checksum))
  }

  /// The archive's bytes: each entry's local header and data, then the central directory and its
  /// end record.
  ///
  /// - Throws: ``XLSXError`` when an entry or the archive does not fit in 4 GiB, or there are
  ///   more than 65 535 entries.
  func bytes() throws(XLSXError) -> [UInt8] {
    let limit = Int(UInt32.max)
    guard entries.count <= Int(UInt16.max) else {
      throw XLSXError(function: "zip", message: "\(entries.count) parts are more than a ZIP file holds without ZIP64")
    }
    var archive: [UInt8] = []
    archive.reserveCapacity(entries.reduce(0) { $0 + $1.data.count + 2 * $1.name.utf8.count + 80 } + 22)
    var directory: [UInt8] = []
    for entry in entries {
      let offset = archive.count
      guard entry.size <= limit, entry.data.count <= limit, offset <= limit else {
        throw XLSXError(function: "zip", message: "the part \(entry.name) does not fit in a ZIP file without ZIP64")
      }
      let name = Array(entry.name.utf8)
      archive.appendLittleEndian(UInt32(0x0403_4b50))
      appendCommonFields(of: entry, nameLength: name.count, to: &archive)
      archive.appendLittleEndian(UInt16(0))  // extra field length
      archive += name
      archive += entry.data

      directory.appendLittleEndian(UInt32(0x0201_4b50))
      directory.appendLittleEndian(UInt16(20))  // made by: MS-DOS, ZIP 2.0
      appendCommonFields(of: entry, nameLength: name.count, to: &directory)
      directory.appendLittleEndian(UInt16(0))  // extra field length
      directory.appendLittleEndian(UInt16(0))  // comment length
      directory.appendLittleEndian(UInt16(0))  // disk number
      directory.appendLittleEndian(UInt16(0))  // internal attributes
      directory.appendLittleEndian(UInt32(0))  // external attributes
      directory.appendLittleEndian(UInt32(offset))
      directory += name
    }
    let directoryOffset = archive.count
    guard directoryOffset + directory.count <= limit else {
      throw XLSXError(function: "zip", message: "the workbook does not fit in a ZIP file without ZIP64")
    }
    archive += directory
    archive.appendLittleEndian(UInt32(0x0605_4b50))
    archive.appendLittleEndian(UInt16(0))  // this disk
    archive.appendLittleEndian(UInt16(0))  // the directory's disk
    archive.appendLittleEndian(UInt16(entries.count))
    archive.appendLittleEndian(UInt16(entries.count))
    archive.appendLittleEndian(UInt32(directory.count))
    archive.appendLittleEndian(UInt32(directoryOffset))
    archive.appendLittleEndian(UInt16(0))  // comment length
    return archive
  }

  /// The fields a local header and a directory record share, from "version needed" to the name's
  /// length: no flags, dated 1980-01-01 00:00.
  private func appendCommonFields(of entry: Entry, nameLength: Int, to bytes: inout [UInt8]) {
    bytes.appendLittleEndian(UInt16(20))  // version needed: 2.0 (deflate)
    bytes.appendLittleEndian(UInt16(0))  // flags
    bytes.appendLittleEndian(entry.method)
    bytes.appendLittleEndian(UInt16(0))  // time 00:00:00
    bytes.appendLittleEndian(UInt16(0x21))  // date 1980-01-01
    bytes.appendLittleEndian(entry.checksum)
    bytes.appendLittleEndian(UInt32(entry.data.count))
    bytes.appendLittleEndian(UInt32(entry.size))
    bytes.appendLittleEndian(UInt16(nameLength))
  }
}

extension Array where Element == UInt8 {
  /// Appends `value` in little-endian byte order, as ZIP records numbers.
  fileprivate mutating func appendLittleEndian<Value: FixedWidthInteger>(_ value: Value) {
    var remaining = value
    for _ in 0..<MemoryLayout<Value>.size {
      append(UInt8(truncatingIfNeeded: remaining))
      remaining >>= 8
    }
  }
}
