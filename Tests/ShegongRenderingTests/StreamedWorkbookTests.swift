import Foundation
import Testing

@testable import ShegongRendering

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("XLSX: the streamed workbook of the feedback lists")
struct StreamedWorkbookTests {
  /// Writes a two-sheet workbook exercising every feature the feedback workbooks use.
  private func writeSample(to path: String, created: Int = 1_790_784_000) throws {
    let workbook = StreamedWorkbook(created: created)
    let list = try workbook.addWorksheet(named: "数据问题")
    let other = try workbook.addWorksheet(named: "It's")
    try list.setUpPrinting()
    try list.setColumnWidth(22, column: 0)
    try list.setColumnWidth(8, column: 1)
    try list.freezePanes(row: 1, column: 2)
    try list.setAutofilter(CellRange(firstRow: 0, firstColumn: 0, lastRow: 3, lastColumn: 2))
    let header = CellFormat(
      bold: true, wrapsText: true, verticalAlignment: .center, backgroundColor: 0xDDEBF7, border: true)
    try list.setRowHeight(33, row: 0)
    try list.writeRow(
      [.text("文件"), .text("行号"), .text("原值")], row: 0, column: 0,
      resolved: [list.resolve(header), list.resolve(header), list.resolve(header)])
    let integer = list.resolve(.integer)
    for (row, value) in [(1, "a & <b> \"c\""), (2, " 前后有空格 "), (3, "tab\u{1}_x0041_")].enumerated() {
      try list.writeRow(
        [.text("services.csv"), .number(Double(value.0 * 1000 + 5)), .text(value.1)], row: row + 1, column: 0,
        resolved: [0, integer, 0])
    }
    try other.write(.number(0.125), row: 0, column: 0, resolved: other.resolve(.percentage))
    try other.write(.bool(true), row: 0, column: 1, resolved: 0)
    try other.write(.blank, row: 0, column: 2, resolved: other.resolve(.bold))
    try other.write(.blank, row: 0, column: 3, resolved: 0)
    try other.write(.number(-3), row: 2, column: 27, resolved: 0)
    try workbook.close(writingTo: path)
  }

  @Test("cells, formats, widths, panes, the filter and printing reach the file, which the read-back check accepts")
  func contents() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("book.xlsx")
    try writeSample(to: path)
    // Every part inflates to its recorded size and checksum and ends with its root's end tag.
    try WrittenPackage.check(path)
    let book = ReportXLSX(package: XLSXPackage(path: path))
    #expect(try book.sheetNames() == ["数据问题", "It's"])
    #expect(
      try book.package.entries().sorted() == [
        "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "xl/_rels/workbook.xml.rels",
        "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet2.xml",
      ])
    #expect(try book.cell("A1", sheet: 1)?.content == "文件")
    #expect(try book.cell("C2", sheet: 1)?.content == "a & <b> \"c\"")
    #expect(try book.cell("C3", sheet: 1)?.content == " 前后有空格 ")
    let number = try #require(try book.cell("B4", sheet: 1))
    #expect(number.content == "3005")
    #expect(try book.numberFormat(ofStyle: number.style) == "#,##0")
    #expect(try book.numberFormat(ofStyle: try #require(try book.cell("A1", sheet: 2)).style) == "0.0%")
    #expect(try book.cell("A1", sheet: 2)?.content == "0.125")
    #expect(try book.cell("B1", sheet: 2)?.content == "1")
    #expect(try book.cell("AB3", sheet: 2)?.content == "-3")
    // A styled blank cell is stored; a plain one is not.
    #expect(try book.cell("C1", sheet: 2)?.content == "")
    #expect(try book.cell("D1", sheet: 2) == nil)

    let sheet = try book.sheet(1)
    #expect(sheet.contains(#"<c r="C3" t="inlineStr"><is><t xml:space="preserve"> 前后有空格 </t></is></c>"#))
    // A control character and text that would read as Excel's escape form are escaped.
    #expect(sheet.contains("<t>tab_x0001__x005F_x0041_</t>"))
    #expect(sheet.contains(#"<row r="1" ht="33" customHeight="1">"#))
    #expect(sheet.contains(#"<col min="1" max="1" width="22.7109375" customWidth="1"/>"#))
    #expect(sheet.contains(#"<col min="2" max="2" width="8.7109375" customWidth="1"/>"#))
    #expect(
      sheet.contains(
        #"<pane xSplit="2" ySplit="1" topLeftCell="C2" activePane="bottomRight" state="frozen"/><selection pane="bottomRight"/>"#
      ))
    #expect(sheet.contains(#"<sheetView tabSelected="1" workbookViewId="0">"#))
    #expect(sheet.contains(#"<autoFilter ref="A1:C4"/>"#))
    #expect(sheet.contains(#"<pageSetup fitToHeight="0" orientation="landscape"/>"#))
    #expect(sheet.contains(#"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#))
    #expect(!(try book.sheet(2)).contains("tabSelected"))
    let workbookXML = try book.package.text(of: "xl/workbook.xml")
    #expect(
      workbookXML.contains(
        #"<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'数据问题'!$A$1:$C$4</definedName>"#))
    #expect(
      workbookXML.contains(#"<definedName name="_xlnm.Print_Titles" localSheetId="0">'数据问题'!$1:$1</definedName>"#))
    #expect(workbookXML.contains(#"<sheet name="It&apos;s""#) || workbookXML.contains(#"<sheet name="It's""#))
    let styles = try book.package.text(of: "xl/styles.xml")
    #expect(styles.contains(#"<fgColor rgb="FFDDEBF7"/>"#))
    #expect(styles.contains(#"<alignment vertical="center" wrapText="1"/>"#))
    let core = try book.package.text(of: "docProps/core.xml")
    #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-09-30T16:00:00Z</dcterms:created>"))
  }

  @Test("a text repeated in a column is stored once as a shared string; texts seen once stay in their cells")
  func sharedStrings() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("book.xlsx")
    let workbook = StreamedWorkbook(created: 0)
    let sheet = try workbook.addWorksheet(named: "list")
    for row in 0..<4 {
      try sheet.writeRow([.text("services/2026-10.csv"), .text("B\(row)")], row: row, column: 0, resolved: [])
    }
    try workbook.close(writingTo: path)
    let book = ReportXLSX(package: XLSXPackage(path: path))
    #expect(try book.sharedStrings() == ["services/2026-10.csv"])
    let xml = try book.sheet(1)
    #expect(xml.contains(#"<c r="A1" t="inlineStr"><is><t>services/2026-10.csv</t></is></c>"#))
    #expect(xml.contains(#"<c r="A2" t="s"><v>0</v></c>"#))
    #expect(xml.contains(#"<c r="A4" t="s"><v>0</v></c>"#))
    #expect(xml.contains(#"<c r="B4" t="inlineStr"><is><t>B3</t></is></c>"#))
    #expect(try book.package.text(of: "xl/sharedStrings.xml").contains(#"count="3" uniqueCount="1""#))
    #expect(
      try (0..<4).map { try book.cell("A\($0 + 1)", sheet: 1)?.content }
        == Array(repeating: "services/2026-10.csv", count: 4))
  }

  @Test("two writes of the same cells and creation time are byte-identical")
  func reproducible() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try writeSample(to: folder.path("first.xlsx"))
    try writeSample(to: folder.path("second.xlsx"))
    #expect(try filesAreIdentical(folder.path("first.xlsx"), folder.path("second.xlsx")))
  }

  @Test("a sheet of many rows is deflated in pieces and reads back whole")
  func longSheet() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("long.xlsx")
    let workbook = StreamedWorkbook(created: 0)
    let sheet = try workbook.addWorksheet(named: "long")
    for row in 0..<20_000 {
      try sheet.writeRow([.text("第\(row)行"), .number(Double(row))], row: row, column: 0, resolved: [])
    }
    try workbook.close(writingTo: path)
    try WrittenPackage.check(path)
    let book = ReportXLSX(package: XLSXPackage(path: path))
    #expect(try book.cell("A20000", sheet: 1)?.content == "第19999行")
    #expect(try book.cell("B12345", sheet: 1)?.content == "12344")
  }

  @Test("writing out of order, bad names, NaN and an unwritable path are errors, not traps")
  func refusals() throws {
    let workbook = StreamedWorkbook(created: 0)
    let sheet = try workbook.addWorksheet(named: "s")
    #expect(throws: XLSXError.self) { try workbook.addWorksheet(named: "S") }
    #expect(throws: XLSXError.self) { try workbook.addWorksheet(named: "") }
    #expect(throws: XLSXError.self) { try workbook.addWorksheet(named: "a/b") }
    #expect(throws: XLSXError.self) { try workbook.addWorksheet(named: String(repeating: "名", count: 32)) }
    try sheet.write(.text("x"), row: 1, column: 1, resolved: 0)
    #expect(throws: XLSXError.self) { try sheet.write(.text("y"), row: 1, column: 0, resolved: 0) }
    #expect(throws: XLSXError.self) { try sheet.write(.text("y"), row: 0, column: 5, resolved: 0) }
    #expect(throws: XLSXError.self) { try sheet.setColumnWidth(10, column: 0) }
    #expect(throws: XLSXError.self) { try sheet.freezePanes(row: 1, column: 0) }
    #expect(throws: XLSXError.self) { try sheet.setRowHeight(20, row: 1) }
    #expect(throws: XLSXError.self) { try sheet.write(.number(.nan), row: 2, column: 0, resolved: 0) }
    #expect(throws: XLSXError.self) { try sheet.write(.text("z"), row: CellAddress.rowCount, column: 0, resolved: 0) }
    let error = try #require(throws: XLSXError.self) { try workbook.close(writingTo: "/nonexistent-folder/book.xlsx") }
    #expect(error.systemErrorCode == ENOENT)
  }

  @Test("a row with a cell that cannot be written leaves nothing behind; a workbook needs a sheet")
  func failuresLeaveNothingHalfDone() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let workbook = StreamedWorkbook(created: 0)
    let sheet = try workbook.addWorksheet(named: "s")
    #expect(throws: XLSXError.self) {
      try sheet.writeRow([.text("first"), .number(.infinity)], row: 0, column: 0, resolved: [])
    }
    try sheet.writeRow([.text("again")], row: 0, column: 0, resolved: [])
    try workbook.close(writingTo: folder.path("book.xlsx"))
    let xml = try ReportXLSX(package: XLSXPackage(path: folder.path("book.xlsx"))).sheet(1)
    #expect(xml.components(separatedBy: "<c r=").count == 2)
    #expect(xml.contains("<t>again</t>") && !xml.contains("first"))
    #expect(throws: XLSXError.self) { try StreamedWorkbook(created: 0).close(writingTo: folder.path("none.xlsx")) }
  }

  @Test("zlib that cannot start is an error, and the deflater frees its stream once")
  func deflaterRefused() {
    #expect(throws: XLSXError.self) { try Deflater(level: 99) }
  }

  @Test("column widths are stored as Excel stores them for the default font")
  func storedWidths() {
    #expect(StreamedWorksheet.storedWidth(22) == 22.7109375)
    #expect(StreamedWorksheet.storedWidth(8) == 8.7109375)
    #expect(StreamedWorksheet.storedWidth(60) == 60.7109375)
    #expect(StreamedWorksheet.storedWidth(0) == 0)
  }
}

@Suite("XLSX: XML text")
struct XMLBytesTests {
  @Test("text is escaped for XML and for Excel's _xHHHH_ form; numbers and cell names are written plainly")
  func escaping() {
    var xml = XMLBytes()
    xml.appendEscaped("a&b<c>\"d\" 中文 _x00A0_ _x12 \u{7}\t\n")
    #expect(
      String(decoding: xml.bytes, as: UTF8.self) == "a&amp;b&lt;c&gt;&quot;d&quot; 中文 _x005F_x00A0_ _x12 _x0007_\t\n")
    var numbers = XMLBytes()
    numbers.append(0)
    numbers.append(" ")
    numbers.append(-1234567)
    numbers.append(" ")
    numbers.append(Int.min)
    numbers.append(" ")
    numbers.append(2.5)
    numbers.append(" ")
    numbers.append(1e20)
    numbers.append(" ")
    numbers.appendCellName(row: 0, column: 0)
    numbers.append(" ")
    numbers.appendCellName(row: 1_048_575, column: 16_383)
    numbers.append(" ")
    numbers.appendColumnName(26)
    #expect(
      String(decoding: numbers.bytes, as: UTF8.self) == "0 -1234567 -9223372036854775808 2.5 1e+20 A1 XFD1048576 AA")
  }

  @Test("a long text grows the buffer and comes out whole")
  func growth() {
    var xml = XMLBytes()
    let text = String(repeating: "数据问题&", count: 10_000)
    xml.appendEscaped(text)
    xml.append("<end/>")
    #expect(xml.count == 10_000 * ("数据问题".utf8.count + "&amp;".utf8.count) + 6)
    #expect(String(decoding: xml.bytes, as: UTF8.self).hasSuffix("题&amp;<end/>"))
  }
}

/// Collects the text of every element an XML parser reads.
private final class TextCollector: NSObject, XMLParserDelegate {
  var texts: [String] = []
  private var current = ""

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    current = ""
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    current += string
  }

  func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
    texts.append(current)
  }
}

@Suite("XLSX: XML text read back by an XML parser")
struct XMLBytesParserTests {
  /// Text with Excel's `_xHHHH_` escapes turned back into characters.
  private func unescapedExcel(_ text: String) -> String {
    var result = ""
    var rest = Substring(text)
    while let range = rest.range(of: #"_x[0-9A-Fa-f]{4}_"#, options: .regularExpression) {
      result += rest[..<range.lowerBound]
      let hex = rest[range].dropFirst(2).dropLast()
      if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
        result.unicodeScalars.append(scalar)
      }
      rest = rest[range.upperBound...]
    }
    return result + rest
  }

  @Test("random texts of every awkward kind come back from the parser as they went in")
  func randomTexts() throws {
    let pieces = [
      "a", "中", "&", "<", ">", "\"", "'", "_", "_x0041_", "_x00", "x", "\t", "\n", "\r", "\u{1}", "\u{1F}", "\u{7F}",
      " ", "👍🏽", "é", "]]>", "&amp;", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "，",
    ]
    var state: UInt64 = 2026
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % bound
    }
    var texts: [String] = []
    for _ in 0..<500 {
      texts.append((0..<next(12)).map { _ in pieces[next(pieces.count)] }.joined())
    }
    var xml = XMLBytes()
    xml.append("<list>")
    for text in texts {
      xml.append("<t>")
      xml.appendEscaped(text)
      xml.append("</t>")
    }
    xml.append("</list>")
    let parser = XMLParser(data: Data(xml.bytes))
    let collector = TextCollector()
    parser.delegate = collector
    #expect(parser.parse())
    let read = collector.texts.dropLast().map(unescapedExcel)
    #expect(read == texts)
  }

  @Test("U+FFFE and U+FFFF reach libxlsxwriter's sheets in Excel's escape form, so that the XML parses")
  func nonCharactersInTheReportWorkbook() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let text = "1\u{FFFE}2\u{FFFF}_x0041_"
    #expect(Worksheet.libraryText(text) == "1_xFFFE_2_xFFFF__x0041_")
    #expect(Worksheet.libraryText("东街服务点") == "东街服务点")
    for constantMemory in [false, true] {
      let path = folder.path("book-\(constantMemory).xlsx")
      let workbook = try Workbook(path: path, created: 0, constantMemory: constantMemory)
      let sheet = try workbook.addWorksheet(named: "s")
      try sheet.write(text, row: 0, column: 0)
      try workbook.close()
      let package = XLSXPackage(path: path)
      // unzip reads a name holding [ ] as a pattern: [Content_Types].xml is left out.
      for entry in try package.entries() where entry.hasSuffix(".xml") && !entry.hasPrefix("[") {
        let parser = XMLParser(data: Data(try package.text(of: entry).utf8))
        #expect(parser.parse(), "\(entry) does not parse")
      }
    }
  }
}
