import Foundation
import ShegongIngest
import Testing

@Suite("TextFile: encoding detection (mark, strict UTF-8, then GB18030)")
struct EncodingTests {
  /// A fixture that decodes, with what it must decode to.
  struct Sample: CustomTestStringConvertible, Sendable {
    var name: String
    var encoding: TextEncoding
    var text: String
    var header: [String]
    var rows: [[String]]
    var testDescription: String { name }
  }

  static let decodable: [Sample] = [
    Sample(
      name: "utf8-bom.csv", encoding: .utf8WithBOM, text: "station_id,name\nST01,城关站\n",
      header: ["station_id", "name"], rows: [["ST01", "城关站"]]),
    Sample(
      name: "utf8-bom-quoted-header.csv", encoding: .utf8WithBOM, text: "\"station_id\",\"name\"\r\nST01,\"城关站\"\r\n",
      header: ["station_id", "name"], rows: [["ST01", "城关站"]]),
    Sample(
      name: "gb18030.csv", encoding: .gb18030,
      text: "站点编号,站点名称,类型\r\nST01,城关镇社工站,站\r\nＳＴ０２,\"东街社区服务点，含\"\"引号\"\"\",服务点\r\nST03,𠀀€😀,点\r\n",
      header: ["站点编号", "站点名称", "类型"],
      rows: [["ST01", "城关镇社工站", "站"], ["ST02", "东街社区服务点,含\"引号\"", "服务点"], ["ST03", "𠀀€😀", "点"]]),
    Sample(
      name: "utf16le-bom.csv", encoding: .utf16LE, text: "站点编号\t站点名称\r\nST01\t城关站\r\nST02\t😀\r\n",
      header: ["站点编号", "站点名称"], rows: [["ST01", "城关站"], ["ST02", "😀"]]),
    Sample(
      name: "utf16be-bom.csv", encoding: .utf16BE, text: "站点编号,站点名称\nST01,城关站\n", header: ["站点编号", "站点名称"],
      rows: [["ST01", "城关站"]]),
  ]

  @Test("fixtures decode to their text, without a byte-order mark, and read as CSV", arguments: decodable)
  func fixture(_ test: Sample) throws {
    let file = try Fixtures.load(test.name)
    #expect(file.name == test.name)
    #expect(file.encoding == test.encoding)
    #expect(Bytes(Array(file.bytes)) == Bytes(test.text))
    let source = try CSVSource(file: file)
    #expect(source.header == test.header)
    #expect(source.headerLine == 1)
    let data = Read.dataRecords(source)
    #expect(data.allSatisfy { $0.problem == nil })
    #expect(data.map(\.line) == Array(2..<(2 + test.rows.count)))
    #expect(Read.values(file).dropFirst().map { $0 } == test.rows)
  }

  @Test("a mark before a quoted first header cell leaves the cell a clean quoted field")
  func markBeforeQuote() throws {
    let file = try Fixtures.load("utf8-bom-quoted-header.csv")
    let header = try #require(Read.records(file).first)
    #expect(header.problem == nil)
    #expect(header.fields == ["station_id", "name"])
  }

  @Test("load and decode agree on the same bytes", arguments: decodable.map(\.name))
  func loadMatchesDecode(name: String) throws {
    let loaded = try Fixtures.load(name)
    let decoded = try TextFile.decode(name: name, raw: Fixtures.bytes(name))
    #expect(loaded.encoding == decoded.encoding)
    #expect(Array(loaded.bytes) == Array(decoded.bytes))
  }

  @Test(
    "fixtures that decode in no encoding are undecodable",
    arguments: ["bom-invalid-utf8.csv", "neither-utf8-nor-gb18030.csv"])
  func undecodableFixture(name: String) throws {
    let path = try Fixtures.url(name).path
    let error = Read.ingestError { () throws(IngestError) in try TextFile.load(path: path, name: "services/\(name)") }
    #expect(error?.kind == .undecodable)
    #expect(error?.file == "services/\(name)")
  }

  @Test(
    "bytes that decode in no encoding are undecodable",
    arguments: [
      [0x80], [0xFF], [0x61, 0x2C, 0x81], [0x61, 0x0A, 0x81, 0x30], [0x61, 0x2C, 0xFF, 0xFE, 0x0A],
      [0xEF, 0xBB, 0xBF, 0xFF], [0xEF, 0xBB, 0xBF, 0xC0, 0x80], [0xEF, 0xBB, 0xBF, 0xED, 0xA0, 0x80],
      [0xEF, 0xBB, 0xBF, 0xE4, 0xB8], [0xEF, 0xBB, 0xBF, 0xD5, 0xBE, 0xB5, 0xE3], [0xFF, 0xFE, 0x61],
      [0xFE, 0xFF, 0x00], [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00], [0xFF, 0xFE, 0x00, 0xDC, 0x41, 0x00],
      [0xFE, 0xFF, 0xD8, 0x00],
    ] as [[UInt8]])
  func undecodable(raw: [UInt8]) {
    let error = Read.ingestError { () throws(IngestError) in try TextFile.decode(name: "x.csv", raw: raw) }
    #expect(error?.kind == .undecodable)
    #expect(error?.file == "x.csv")
  }

  @Test("the message names the first bad byte of a file under a UTF-8 mark, counting the mark")
  func undecodableOffset() {
    let error = Read.ingestError { () throws(IngestError) in
      try TextFile.decode(name: "x.csv", raw: [0xEF, 0xBB, 0xBF, 0x61, 0x2C, 0x62, 0x0A, 0x31, 0x2C, 0xC3, 0x28])
    }
    #expect(error?.message.contains("byte 9 ") == true, "\(String(describing: error))")
  }

  @Test(
    "valid UTF-8 is UTF-8 even where the bytes would also decode as GB18030",
    arguments: ["name,city\nJosé,Zürich\n", "名称\nʤΩПривет\n"])
  func utf8BeforeGB18030(text: String) throws {
    let raw = Array(text.utf8)
    #expect((try? raw.withUnsafeBytes { try Transcoder.utf8(from: $0, encoding: .gb18030) }) != nil)
    let file = try TextFile.decode(name: "x.csv", raw: raw)
    #expect(file.encoding == .utf8)
    #expect(Bytes(Array(file.bytes)) == Bytes(text))
  }

  @Test("Chinese UTF-8 stays UTF-8")
  func chineseUTF8() throws {
    let text = "站点编号,站点名称\nST01,城关站\n"
    let file = try TextFile.decode(name: "x.csv", raw: Array(text.utf8))
    #expect(file.encoding == .utf8)
    #expect(Bytes(Array(file.bytes)) == Bytes(text))
  }

  @Test("GBK and GB18030 text decodes as GB18030", arguments: ["区划代码,名称\n1,城关镇\n", "服务对象\n张三\n", "a\n𠀀\n"])
  func gb18030(text: String) throws {
    let raw = try Transcoder.encode(utf8: Array(text.utf8), as: .gb18030)
    #expect(raw.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) } != nil)
    let file = try TextFile.decode(name: "x.csv", raw: raw)
    #expect(file.encoding == .gb18030)
    #expect(Bytes(Array(file.bytes)) == Bytes(text))
  }

  @Test("a large GB18030 file decodes whole")
  func largeGB18030() throws {
    let text = String(repeating: "站点,城关镇社工站𠀀\r\n", count: 20_000)
    let raw = try Transcoder.encode(utf8: Array(text.utf8), as: .gb18030)
    let file = try TextFile.decode(name: "x.csv", raw: raw)
    #expect(file.encoding == .gb18030)
    #expect(file.bytes.count == text.utf8.count)
    #expect(Bytes(Array(file.bytes)) == Bytes(text))
  }

  @Test("UTF-16 with a mark decodes either way round", arguments: [TextEncoding.utf16LE, .utf16BE])
  func utf16(encoding: TextEncoding) throws {
    let text = "a,b\n\0,站😀\n"
    let mark: [UInt8] = encoding == .utf16LE ? [0xFF, 0xFE] : [0xFE, 0xFF]
    let raw = try mark + Transcoder.encode(utf8: Array(text.utf8), as: encoding)
    let file = try TextFile.decode(name: "x.csv", raw: raw)
    #expect(file.encoding == encoding)
    #expect(Bytes(Array(file.bytes)) == Bytes(text))
  }

  @Test(
    "a mark alone is an empty file in that encoding",
    arguments: [([0xEF, 0xBB, 0xBF], TextEncoding.utf8WithBOM), ([0xFF, 0xFE], .utf16LE), ([0xFE, 0xFF], .utf16BE)]
      as [([UInt8], TextEncoding)])
  func markOnly(raw: [UInt8], encoding: TextEncoding) throws {
    let file = try TextFile.decode(name: "x.csv", raw: raw)
    #expect(file.encoding == encoding)
    #expect(file.bytes.isEmpty)
    let error = Read.ingestError { () throws(IngestError) in try CSVSource(file: file) }
    #expect(error?.kind == .emptyFile)
  }

  @Test("an empty file is UTF-8 with no bytes")
  func emptyBytes() throws {
    let file = try TextFile.decode(name: "x.csv", raw: [])
    #expect(file.encoding == .utf8)
    #expect(file.bytes.isEmpty)
  }

  @Test("NUL bytes decode and read without trouble")
  func nulBytes() throws {
    let file = try TextFile.decode(name: "x.csv", raw: [0x61, 0x00, 0x2C, 0x62, 0x0A, 0x00, 0x2C, 0x00, 0x00, 0x0A])
    #expect(file.encoding == .utf8)
    #expect(Read.records(file).map(\.fields) == [["a\0", "b"], ["\0", "\0\0"]])
    #expect(Read.values(file) == [["a\0", "b"], ["\0", "\0\0"]])
  }

  @Test("a missing file is unreadable, named as given")
  func missingPath() {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString).csv").path
    let error = Read.ingestError { () throws(IngestError) in try TextFile.load(path: path, name: "areas.csv") }
    #expect(error?.kind == .unreadable)
    #expect(error?.file == "areas.csv")
  }

  @Test("the encodings are named as reports name them")
  func encodingNames() {
    #expect(TextEncoding.allCases.map(\.rawValue) == ["UTF-8", "UTF-8-BOM", "UTF-16LE", "UTF-16BE", "GB18030"])
  }
}

@Suite("UTF8Validation and Transcoder")
struct UTF8ValidationTests {
  @Test(
    "the first invalid byte is found, past the ASCII fast path too",
    arguments: [
      ([], nil), (Array("abc".utf8), nil), (Array("站点😀€ʤ".utf8), nil), ([0xC2, 0x80], nil),
      ([0xF4, 0x8F, 0xBF, 0xBF], nil),
      ([0xEF, 0xBF, 0xBF], nil), ([0x80], 0), ([0xC0, 0x80], 0), ([0xC1, 0xBF], 0), ([0xE0, 0x80, 0x80], 0),
      ([0xED, 0xA0, 0x80], 0), ([0xF0, 0x80, 0x80, 0x80], 0), ([0xF4, 0x90, 0x80, 0x80], 0),
      ([0xF5, 0x80, 0x80, 0x80], 0),
      ([0xFF], 0), ([0xE4, 0xB8], 0), ([0xE4, 0xB8, 0x41], 0), (Array("0123456789".utf8) + [0x80], 10),
      (Array("01234567".utf8) + [0xE4, 0xB8, 0xAD, 0xC3], 11), (Array("abcdefgh".utf8) + [0x61, 0xFE], 9),
    ] as [([UInt8], Int?)])
  func firstInvalid(bytes: [UInt8], offset: Int?) {
    #expect(bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) } == offset)
  }

  @Test("the transcoder round-trips and reports where bad input starts")
  func transcoder() throws {
    let text = Array("站点编号,€😀\n".utf8)
    let gb = try Transcoder.encode(utf8: text, as: .gb18030)
    #expect(try gb.withUnsafeBytes { try Transcoder.utf8(from: $0, encoding: .gb18030) } == text)
    #expect(throws: Transcoder.Failure.invalidSequence(offset: 2)) {
      try [UInt8]([0x61, 0x62, 0x80]).withUnsafeBytes { try Transcoder.utf8(from: $0, encoding: .gb18030) }
    }
    #expect(throws: Transcoder.Failure.truncatedSequence(offset: 1)) {
      try [UInt8]([0x61, 0xD5]).withUnsafeBytes { try Transcoder.utf8(from: $0, encoding: .gb18030) }
    }
    #expect(try [UInt8]().withUnsafeBytes { try Transcoder.utf8(from: $0, encoding: .utf16LE) } == [])
  }
}

@Suite("Transcoder: GB18030 in pieces")
struct TranscoderPiecesTests {
  /// Lines of Chinese text with a rare character outside the BMP (four bytes in GB18030) now and then.
  static let text: [UInt8] = Array(
    (1...400).map { "第\($0)行,张三,服务对象\($0 % 7 == 0 ? "𠀀" : "")备注\r\n" }.joined().utf8)

  @Test("any number of pieces gives the bytes of one conversion", arguments: [1, 2, 3, 7, 64, 5000])
  func same(pieces: Int) throws {
    let gb = try Transcoder.encode(utf8: Self.text, as: .gb18030)
    let whole = try gb.withUnsafeBytes { try Transcoder.utf8(from: $0, encoding: .gb18030) }
    #expect(whole == Self.text)
    #expect(
      try gb.withUnsafeBytes { try Transcoder.utf8Pieces(fromGB18030: $0, pieces: pieces) }.flatMap { $0 } == whole)
  }

  @Test(
    "a bad byte early, late or at the very end fails at the offset one conversion gives",
    arguments: [0.1, 0.5, 0.97, 1.0])
  func sameFailure(position: Double) throws {
    var gb = try Transcoder.encode(utf8: Self.text, as: .gb18030)
    let at = min(Int(Double(gb.count) * position), gb.count)
    // 0x81 starts a two- or four-byte character; a line feed after it, or the end, breaks it.
    gb.insert(0x81, at: at)
    if at < gb.count - 1 { gb.insert(0x0A, at: at + 1) }
    var whole: Transcoder.Failure?
    do { _ = try gb.withUnsafeBytes { try Transcoder.utf8(from: $0, encoding: .gb18030) } } catch {
      whole = error as? Transcoder.Failure
    }
    #expect(whole != nil)
    for pieces in [2, 3, 16] {
      var split: Transcoder.Failure?
      do { _ = try gb.withUnsafeBytes { try Transcoder.utf8Pieces(fromGB18030: $0, pieces: pieces) } } catch {
        split = error as? Transcoder.Failure
      }
      #expect(split == whole, "\(pieces) pieces")
    }
  }
}
