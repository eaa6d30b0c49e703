import Foundation
import Testing

@testable import ShegongRendering

/// A ZIP archive of stored (uncompressed) entries, built by hand for the checks below.
private func storedArchive(_ entries: [(name: String, contents: [UInt8])]) -> [UInt8] {
  func bytes16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
  func bytes32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(value >> (8 * $0) & 0xFF) } }
  var archive: [UInt8] = []
  var directory: [UInt8] = []
  for (name, contents) in entries {
    let offset = UInt32(archive.count)
    let checksum = crc32(contents)
    let sizes = bytes32(checksum) + bytes32(UInt32(contents.count)) + bytes32(UInt32(contents.count))
    let nameBytes = Array(name.utf8)
    archive +=
      bytes32(0x0403_4b50) + bytes16(20) + bytes16(0) + bytes16(0) + bytes32(0) + sizes
      + bytes16(nameBytes.count) + bytes16(0) + nameBytes + contents
    directory +=
      bytes32(0x0201_4b50) + bytes16(20) + bytes16(20) + bytes16(0) + bytes16(0) + bytes32(0) + sizes
      + bytes16(nameBytes.count) + bytes16(0) + bytes16(0) + bytes16(0) + bytes16(0) + bytes32(0) + bytes32(offset)
      + nameBytes
  }
  let start = UInt32(archive.count)
  return archive + directory + bytes32(0x0605_4b50) + bytes16(0) + bytes16(0) + bytes16(entries.count)
    + bytes16(entries.count) + bytes32(UInt32(directory.count)) + bytes32(start) + bytes16(0)
}

/// CRC-32 (IEEE, reflected, polynomial 0xEDB88320), bit by bit, independent of zlib.
private func crc32(_ bytes: [UInt8]) -> UInt32 {
  var crc: UInt32 = 0xFFFF_FFFF
  for byte in bytes {
    crc ^= UInt32(byte)
    for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
  }
  return ~crc
}

@Suite("XLSX: the written file is read back and checked")
struct WrittenPackageTests {
  @Test("an XML part is complete when it ends with its root element's end tag")
  func rootEndTag() {
    let complete =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<worksheet xmlns=\"x\"><row r=\"1\"/></worksheet>\n"
    #expect(WrittenPackage.endsWithRootEndTag(Array(complete.utf8)))
    #expect(WrittenPackage.endsWithRootEndTag(Array("<Types><Default/></Types>".utf8)))
    #expect(!WrittenPackage.endsWithRootEndTag(Array(complete.utf8.dropLast(5))))
    #expect(!WrittenPackage.endsWithRootEndTag(Array("<?xml version=\"1.0\"?><sst><si><t>a</t></si>".utf8)))
    #expect(!WrittenPackage.endsWithRootEndTag(Array("<row/>".utf8)))
    #expect(!WrittenPackage.endsWithRootEndTag(Array("<?xml version=\"1.0\"?>".utf8)))
    #expect(!WrittenPackage.endsWithRootEndTag([]))
  }

  @Test("a part cut short but with a matching checksum is found, as a failed write to a working file leaves it")
  func cutOffPart() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let whole = Array("<?xml version=\"1.0\"?>\n<worksheet><sheetData><row r=\"1\"/></sheetData></worksheet>".utf8)
    let path = folder.path("book.xlsx")
    try Data(storedArchive([("[Content_Types].xml", Array("<Types></Types>".utf8)), ("a.bin", [0, 1, 2])]))
      .write(to: URL(fileURLWithPath: path))
    try WrittenPackage.check(path)
    try Data(storedArchive([("xl/worksheets/sheet1.xml", Array(whole.prefix(50)))]))
      .write(to: URL(fileURLWithPath: path))
    let error = #expect(throws: XLSXError.self) { try WrittenPackage.check(path) }
    #expect(
      error?.message.contains("its part xl/worksheets/sheet1.xml is cut off") == true, "\(String(describing: error))")
    #expect(error?.message.contains("disk full or file size limit?") == true)
    #expect(error?.systemErrorCode == nil)
  }

  @Test("a written workbook passes; a damaged byte, a cut-off file and a missing file are refused")
  func damagedWorkbook() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("book.xlsx")
    let workbook = try Workbook(path: path, created: 1)
    let sheet = try workbook.addWorksheet(named: "S")
    for row in 0..<200 { try sheet.write("row \(row) of the sheet", row: row, column: 0) }
    try workbook.close()
    try WrittenPackage.check(path)
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let entries = try #require(ZipEntry.entries(of: bytes))
    let sheetEntry = try #require(entries.first { $0.name == "xl/worksheets/sheet1.xml" })
    let stored = try #require(sheetEntry.storedBytes(in: bytes))
    bytes[stored.startIndex + stored.count / 2] ^= 0xFF
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let damaged = #expect(throws: XLSXError.self) { try WrittenPackage.check(path) }
    #expect(damaged?.message.contains("xl/worksheets/sheet1.xml does not match") == true)
    try Data(bytes.prefix(bytes.count - 30)).write(to: URL(fileURLWithPath: path))
    let cut = #expect(throws: XLSXError.self) { try WrittenPackage.check(path) }
    #expect(cut?.message.contains("ZIP directory is missing or damaged") == true)
    let missing = #expect(throws: XLSXError.self) { try WrittenPackage.check(folder.path("none.xlsx")) }
    #expect(missing?.systemErrorCode == ENOENT)
  }
}
