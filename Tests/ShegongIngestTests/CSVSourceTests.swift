import ShegongIngest
import Testing

@Suite("CSVDialect and CSVSource: delimiter and header")
struct CSVSourceTests {
  @Test(
    "the header line decides the delimiter: comma if it has one, else tab, else semicolon",
    arguments: [
      ("a,b\n1,2", ","), ("a\tb\n1\t2", "\t"), ("a;b\n1;2", ";"), ("a;b,c\n", ","), ("a\tb;c\n", "\t"),
      ("a\tb,c\n", ","), ("name\n1,2\n", ","), ("", ","), ("\n\n", ","), ("\n\na;b\n1,2", ";"),
      ("\r\n  \r\n\"x\"\t\"y\"\r\n", "\t"), (" \t \nstation_id,name\n", ","), ("\t\n a;b\n", ";"),
      (" \t\r\t\na\tb", "\t"), ("a;b", ";"), ("a\tb", "\t"), ("\u{3000}\na;b\n", ";"),
      ("\u{00A0}\t\u{200B}\r\n\u{FEFF}\na\tb\n", "\t"), ("\u{3000}a\u{3000}\n1;2", ","), ("站点;名称", ";"),
    ])
  func delimiter(text: String, delimiter: Character) throws {
    let file = Read.file(text)
    let found = withExtendedLifetime(file) { CSVDialect.delimiter(of: file.bytes) }
    #expect(found == delimiter.asciiValue)
  }

  @Test("the header is the first non-blank record, trimmed and folded")
  func header() throws {
    let source = try CSVSource(file: Read.file(" Station_ID ,\"ＮＡＭＥ\",站点类型\u{3000}\n1,a,b\n"))
    #expect(source.header == ["Station_ID", "NAME", "站点类型"])
    #expect(source.headerLine == 1)
    #expect(source.dataLine == 2)
    #expect(source.delimiter == UInt8(ascii: ","))
    #expect(Read.dataRecords(source).map(\.fields) == [["1", "a", "b"]])
  }

  @Test(
    "the header is found after leading blank lines, with its own line number",
    arguments: [
      ("\nstation_id,name\nST01,a\n", 2), ("\n\r\n,,\n  \nstation_id,name\nST01,a\n", 5),
      ("\r\r\n\u{3000}\n\"\",\"\"\nstation_id,name\r\nST01,a", 5), (" \t \nstation_id,name\nST01,a\n", 2),
      ("\u{3000}\t\n\u{00A0}\nstation_id;name\nST01;a\n", 3),
    ])
  func headerAfterBlankLines(text: String, line: Int) throws {
    let source = try CSVSource(file: Read.file(text))
    #expect(source.header == ["station_id", "name"])
    #expect(source.headerLine == line)
    #expect(source.dataLine == line + 1)
    let data = Read.dataRecords(source)
    #expect(data.map(\.line) == [line + 1])
    #expect(data.map(\.fields) == [["ST01", "a"]])
  }

  @Test(
    "a file with no header is empty",
    arguments: [
      "", "\n", "\r\n\r\n", "   ", "  \n\t\n\u{3000}\r\n", ",,\n,,\n", ";;\n", "\"\",\"\"\n", "\u{00A0}\n \u{200B}",
    ])
  func emptyFile(text: String) {
    let error = Read.ingestError { () throws(IngestError) in try CSVSource(file: Read.file(text)) }
    #expect(error?.kind == .emptyFile)
    #expect(error?.file == "test.csv")
  }

  @Test("a header line that breaks the syntax stops the file, naming its line")
  func brokenHeader() {
    let error = Read.ingestError { () throws(IngestError) in try CSVSource(file: Read.file("\n\"id,name\n1,2\n")) }
    #expect(error?.kind == .undecodable)
    #expect(error?.line == 2)
  }

  @Test("data records after the header keep blank rows for the caller to skip")
  func dataRecords() throws {
    let source = try CSVSource(file: Read.file("a,b\n1,2\n\n,\n  \n3,4\n"))
    let data = Read.dataRecords(source)
    #expect(data.map(\.line) == [2, 3, 4, 5, 6])
    #expect(data.map(\.isBlank) == [false, true, true, true, false])
  }

  @Test("a header-only file has no data records", arguments: ["a,b", "a,b\n", "a,b\r\n", "a,b\n\n"])
  func headerOnly(text: String) throws {
    let source = try CSVSource(file: Read.file(text))
    #expect(source.header == ["a", "b"])
    #expect(Read.dataRecords(source).allSatisfy { $0.isBlank })
  }
}

@Suite("CSVSource: other delimiters end to end")
struct CSVSourceDelimiterTests {
  @Test("a semicolon file opens with its header and data", arguments: ["\r\n", "\n", "\r"])
  func semicolon(lineBreak: String) throws {
    let text = ["站点编号;站点名称;备注", "ST01;城关站;\"a;b,c\"", ";;", "ST02;东街;"].joined(separator: lineBreak)
    let source = try CSVSource(file: Read.file(text))
    #expect(source.delimiter == UInt8(ascii: ";"))
    #expect(source.header == ["站点编号", "站点名称", "备注"])
    let data = Read.dataRecords(source)
    #expect(data.map(\.line) == [2, 3, 4])
    #expect(data.map(\.fields) == [["ST01", "城关站", "a;b,c"], ["", "", ""], ["ST02", "东街", ""]])
    #expect(data.map(\.isBlank) == [false, true, false])
  }
}

@Suite("IngestError: how a stopping problem reads")
struct IngestErrorTests {
  @Test(
    "the description names the positions that are known",
    arguments: [
      (
        IngestError(.missingColumn, file: "areas.csv", line: 3, column: "name", message: "m"),
        "areas.csv:3:name: missing-column: m"
      ),
      (IngestError(.emptyFile, file: "services/a.csv", message: "m"), "services/a.csv: empty-file: m"),
      (IngestError(.undecodable, file: "x.csv", line: 2, message: "m"), "x.csv:2: undecodable: m"),
      (IngestError(.malformedPolicy, file: "", message: "m"), "malformed-policy: m"),
    ])
  func description(error: IngestError, text: String) {
    #expect(error.description == text)
  }
}
