import ShegongIngest
import Testing

@Suite("CSVReader: records, lines and syntax problems")
struct CSVReaderTests {
  /// One line-ending case: the text and the records it must give.
  struct Case: CustomTestStringConvertible, Sendable {
    var label: String
    var text: String
    var lines: [Int]
    var fields: [[String]]
    var testDescription: String { label }
  }

  static let endingCases: [Case] = [
    Case(label: "LF", text: "a,b\n1,2\n3,4\n", lines: [1, 2, 3], fields: [["a", "b"], ["1", "2"], ["3", "4"]]),
    Case(
      label: "CRLF", text: "a,b\r\n1,2\r\n3,4\r\n", lines: [1, 2, 3], fields: [["a", "b"], ["1", "2"], ["3", "4"]]),
    Case(
      label: "lone CR", text: "a,b\r1,2\r3,4\r", lines: [1, 2, 3], fields: [["a", "b"], ["1", "2"], ["3", "4"]]),
    Case(
      label: "mixed CRLF, LF, CR", text: "a,b\r\n1,2\n3,4\r5,6\r\n", lines: [1, 2, 3, 4],
      fields: [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]]),
    Case(label: "no final line break", text: "a,b\n1,2", lines: [1, 2], fields: [["a", "b"], ["1", "2"]]),
    Case(
      label: "no final line break, empty last cell", text: "a,b\n1,", lines: [1, 2], fields: [["a", "b"], ["1", ""]]),
    Case(
      label: "double trailing newline", text: "a,b\n1,2\n\n", lines: [1, 2, 3],
      fields: [["a", "b"], ["1", "2"], [""]]),
    Case(label: "CR then LF as one break", text: "a\r\n\r\nb", lines: [1, 2, 3], fields: [["a"], [""], ["b"]]),
    Case(label: "LF then CR as two breaks", text: "a\n\rb", lines: [1, 2, 3], fields: [["a"], [""], ["b"]]),
  ]

  @Test("line endings end records and count physical lines", arguments: endingCases)
  func lineEndings(_ test: Case) {
    let records = Read.records(test.text)
    #expect(records.map(\.line) == test.lines)
    #expect(records.map(\.fields) == test.fields.map { $0.map { Bytes($0) } })
    #expect(records.allSatisfy { $0.problem == nil })
  }

  @Test("quoted line breaks stay in the field and count toward the following records' lines")
  func quotedLineBreaks() {
    let text = "id,note\n1,\"x\ny\"\n2,\"p\r\nq\rr\"\n3,z\n\"\n\"\n4,w"
    let records = Read.records(text)
    #expect(records.map(\.line) == [1, 2, 4, 7, 8, 10])
    #expect(
      records.map(\.fields) == [["id", "note"], ["1", "x\ny"], ["2", "p\r\nq\rr"], ["3", "z"], ["\n"], ["4", "w"]])
    #expect(records.allSatisfy { $0.problem == nil })
  }

  @Test("the reader's own line follows the records")
  func readerPosition() {
    let file = Read.file("a\n\"b\nc\"\nd")
    withExtendedLifetime(file) {
      var reader = CSVReader(file: file, delimiter: UInt8(ascii: ","))
      var record = CSVRecord()
      var seen: [Int] = []
      while reader.next(into: &record) { seen.append(reader.line) }
      #expect(seen == [2, 4, 4])
      #expect(reader.offset == file.bytes.count)
      let more = reader.next(into: &record)
      #expect(!more)
    }
  }

  @Test("a reader can start in the middle of a file")
  func startOffset() {
    let file = Read.file("h\n1\n2\n")
    withExtendedLifetime(file) {
      var reader = CSVReader(file: file, delimiter: UInt8(ascii: ","), offset: 2, line: 2)
      var record = CSVRecord()
      var lines: [Int] = []
      while reader.next(into: &record) { lines.append(record.line) }
      #expect(lines == [2, 3])
    }
  }

  @Test("an empty file gives no record")
  func emptyFile() {
    #expect(Read.records("").isEmpty)
  }

  @Test("trailing empty cells are kept as fields and the row is not blank")
  func trailingEmptyCells() {
    let records = Read.records("a,b,,\n")
    #expect(records.map(\.fields) == [["a", "b", "", ""]])
    #expect(records.map(\.isBlank) == [false])
  }

  @Test(
    "rows of only delimiters, spaces or empty quotes are blank",
    arguments: [",,,", ",", "", "\"\",\"\"", "  ", " , \t ,", "\u{3000}", "\u{00A0},\u{200B}", "\"  \",", "\u{FEFF}"])
  func blankRows(_ line: String) {
    let records = Read.records(line + "\nx\n", delimiter: UInt8(ascii: ","))
    #expect(records.map(\.isBlank) == [true, false])
  }

  @Test("rows with any text are not blank", arguments: [",,x", "\"\"\"\"", "0", ",-,", "\u{3000}a", "\u{2003}", "\0"])
  func nonBlankRows(_ line: String) {
    let records = Read.records(line + "\n", delimiter: UInt8(ascii: ","))
    #expect(records.map(\.isBlank) == [false])
  }

  @Test("isBlank(in:) trims like the values: empty cells and cells of only spaces are blank")
  func blankFlavours() throws {
    let file = Read.file(",,\n , \n a,\n")
    var reader = CSVReader(file: file, delimiter: UInt8(ascii: ","))
    var record = CSVRecord()
    var flags: [Bool] = []
    while reader.next(into: &record) { flags.append(record.isBlank(in: file.bytes)) }
    #expect(flags == [true, true, false])
  }

  @Test("a quote that never closes swallows the rest of the file into one record")
  func unclosedQuote() throws {
    let text = "id,note\n1,\"open\n2,x\n3,y\n"
    let records = Read.records(text)
    try #require(records.count == 2, "\(records)")
    #expect(records[0].problem == nil)
    #expect(records[1].line == 2)
    #expect(records[1].problem == .unclosedQuote(lastLine: 4))
    #expect(records[1].fields == ["1", "open\n2,x\n3,y\n"])
    #expect(!records[1].isBlank)
  }

  /// The last physical line an unclosed quote swallows, whatever ends the file.
  @Test(
    "an unclosed quote names the last physical line of the file",
    arguments: [
      ("a\n\"b\nc", 3), ("a\n\"b\nc\n", 3), ("a\n\"b\r\nc\r\n", 3), ("a\r\"b\rc\r", 3), ("\"", 1), ("\"\n", 1),
      ("\"\n\n", 2), ("x,\"", 1),
    ])
  func unclosedQuoteLastLine(text: String, lastLine: Int) throws {
    let records = Read.records(text)
    let last = try #require(records.last)
    #expect(last.problem == .unclosedQuote(lastLine: lastLine))
    #expect(!last.isBlank)
  }

  @Test("text after a closing quote is a problem; the raw value keeps the text and reading goes on")
  func textAfterClosingQuote() throws {
    let records = Read.records("id,reply,n\n1,\"好的\"吗,3\n2,ok,4\n")
    try #require(records.count == 3)
    #expect(records[1].problem == .textAfterClosingQuote(field: 1))
    #expect(records[1].fields == ["1", "\"好的\"吗", "3"])
    #expect(records[2].problem == nil)
    #expect(records[2].fields == ["2", "ok", "4"])
    #expect(records[2].line == 3)
  }

  @Test("text after a closing quote that spans lines keeps the following line numbers right")
  func textAfterMultilineQuote() throws {
    let records = Read.records("1,\"a\nb\"c,3\n2,d\n")
    try #require(records.count == 2)
    #expect(records[0].problem == .textAfterClosingQuote(field: 1))
    #expect(records[0].fields == ["1", "\"a\nb\"c", "3"])
    #expect(records[1].line == 3)
  }

  @Test("a quote inside an unquoted field is a problem", arguments: ["1,ab\"c,3", "1, \"b\",3", "1,b\",3"])
  func quoteInUnquotedField(_ line: String) throws {
    let records = Read.records(line + "\n2,x,y\n")
    try #require(records.count == 2)
    #expect(records[0].problem == .quoteInUnquotedField(field: 1))
    #expect(records[0].fields.count == 3)
    #expect(records[0].fields[1] == Bytes(String(line.dropFirst(2).dropLast(2))))
    #expect(records[1].problem == nil)
  }

  @Test("the first problem of a record is kept")
  func firstProblemWins() {
    let records = Read.records("a\"b,\"c\"d\n")
    #expect(records.map(\.problem) == [.quoteInUnquotedField(field: 0)])
  }

  @Test("an unclosed quote is reported even after an earlier problem in the record")
  func unclosedQuoteWins() {
    let records = Read.records("a\"b,\"c\nd\n")
    #expect(records.map(\.problem) == [.unclosedQuote(lastLine: 2)])
  }

  @Test("doubled quotes are undone in raw values")
  func doubledQuotes() {
    let records = Read.records("\"say \"\"hi\"\"\",\"\"\"\"\"\",\"\"\n")
    #expect(records.map(\.fields) == [["say \"hi\"", "\"\"", ""]])
  }

  @Test("tab and semicolon files split on their delimiter only")
  func otherDelimiters() {
    let tab = Read.records("a\tb,c\n1\t\"x\ty\"\n", delimiter: UInt8(ascii: "\t"))
    #expect(tab.map(\.fields) == [["a", "b,c"], ["1", "x\ty"]])
    let semicolon = Read.records("a;b,c\n1;\"x;y\"\n", delimiter: UInt8(ascii: ";"))
    #expect(semicolon.map(\.fields) == [["a", "b,c"], ["1", "x;y"]])
    #expect(semicolon.allSatisfy { $0.problem == nil })
  }

  @Test("NUL and other control bytes are plain data")
  func controlBytes() {
    let records = Read.records("a,b\n\0,x\0y\n\u{1},\u{7F}\n")
    #expect(records.map(\.fields) == [["a", "b"], ["\0", "x\0y"], ["\u{1}", "\u{7F}"]])
    #expect(records.map(\.isBlank) == [false, false, false])
  }

  @Test("a long field and many fields read whole")
  func largeRecord() {
    let long = String(repeating: "长", count: 100_000)
    let many = Array(repeating: "x", count: 5_000).joined(separator: ",")
    let records = Read.records("\"\(long)\"\n\(many)\n")
    #expect(records.map(\.fields.count) == [1, 5_000])
    #expect(records.first?.fields.first == Bytes(long))
  }
}
