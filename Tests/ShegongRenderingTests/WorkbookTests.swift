import Foundation
import ShegongRendering
import Testing

/// 2024-06-30T16:00:00Z, the end of June 2024 in China Standard Time.
private let juneEnd = 1_719_763_200

/// Writes a small two-table workbook with two charts to `path`.
private func writeSampleWorkbook(to path: String, created: Int = juneEnd) throws {
  let workbook = try Workbook(path: path, created: created)
  let summary = try workbook.addWorksheet(named: "汇总")
  let stations = try workbook.addWorksheet(named: "站点")
  let trend = try workbook.addWorksheet(named: "月度趋势")

  try summary.writeRow([.text("指标"), .text("本期")], row: 0, formats: [.bold, .bold])
  try summary.write("服务覆盖率", row: 1, column: 0)
  try summary.write(0.125, row: 1, column: 1, format: .percentage)
  try summary.write("社工工时", row: 2, column: 0)
  try summary.write(12.5, row: 2, column: 1, format: .hours)
  try summary.write("=SUM(A1)", row: 3, column: 0)
  try summary.write("+8613800000000", row: 3, column: 1)
  try summary.write("-x", row: 4, column: 0)
  try summary.write("@x", row: 4, column: 1)
  try summary.write(true, row: 5, column: 0)
  try summary.writeBlank(row: 5, column: 1, format: .bold)
  try summary.setRowHeight(30, row: 0)

  let header = CellFormat(bold: true, wrapsText: true, horizontalAlignment: .center, backgroundColor: 0xDDEBF7)
  try stations.writeRow([.text("站点"), .text("覆盖率"), .text("服务人次")], row: 0, formats: [header, header, header])
  let rows: [(String, Double, Int)] = [("东街站", 0.5, 123), ("西街站", 0.25, 45), ("河口站", 0, 6)]
  for (offset, (name, coverage, records)) in rows.enumerated() {
    try stations.writeRow(
      [.text(name), .number(coverage), .integer(records)], row: offset + 1, formats: [nil, .percentage, .integer])
  }
  try stations.freezePanes(row: 1, column: 0)
  try stations.setAutofilter(CellRange(firstRow: 0, firstColumn: 0, lastRow: 3, lastColumn: 2))
  // The widest name, 东街站, is 6 wide; 2 more for padding.
  try stations.setColumnWidth(8, column: 0)
  try stations.insertChart(
    Chart(
      kind: .column, title: "各站点服务人次", categoryAxisName: "站点", valueAxisName: "人次",
      series: [
        Chart.Series(
          name: "服务人次", categories: SheetRange(sheetName: "站点", cells: CellRange(rows: 1...3, column: 0)),
          values: SheetRange(sheetName: "站点", cells: CellRange(rows: 1...3, column: 2)))
      ]),
    row: 5, column: 0)

  try trend.writeRow([.text("月份"), .text("服务人次")], row: 0, formats: [.bold, .bold])
  for (offset, month) in ["2024-01", "2024-02", "2024-03"].enumerated() {
    try trend.writeRow([.text(month), .integer(100 + offset * 10)], row: offset + 1)
  }
  try trend.insertChart(
    Chart(
      kind: .line, title: "月度趋势", categoryAxisName: "月份", valueAxisName: "人次",
      series: [
        Chart.Series(
          categories: SheetRange(sheetName: "月度趋势", cells: CellRange(rows: 1...3, column: 0)),
          values: SheetRange(sheetName: "月度趋势", cells: CellRange(rows: 1...3, column: 1)))
      ], legendPosition: .none, widthScale: 1.5),
    row: 0, column: 3)
  try workbook.close()
}

@Suite("XLSX workbook")
struct WorkbookTests {
  @Test("sheets, strings, numbers, formats, panes, filters and charts reach the file")
  func contents() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("report.xlsx")
    try writeSampleWorkbook(to: path)
    let package = XLSXPackage(path: path)

    let workbookXML = try package.text(of: "xl/workbook.xml")
    #expect(workbookXML.contains(#"<sheet name="汇总" sheetId="1""#))
    #expect(workbookXML.contains(#"<sheet name="站点" sheetId="2""#))
    #expect(workbookXML.contains(#"<sheet name="月度趋势" sheetId="3""#))

    let strings = try package.text(of: "xl/sharedStrings.xml")
    #expect(strings.contains("<t>东街站</t>"))
    #expect(strings.contains("<t>服务覆盖率</t>"))

    let summary = try package.text(of: "xl/worksheets/sheet1.xml")
    #expect(summary.contains(try Regex(#"<c r="B2" s="\d+"><v>0\.125</v></c>"#)))
    #expect(summary.contains(try Regex(#"<c r="B3" s="\d+"><v>12\.5</v></c>"#)))
    #expect(summary.contains(try Regex(#"<c r="A6" t="b"><v>1</v></c>"#)))
    #expect(summary.contains(try Regex(#"<c r="B6" s="\d+"/>"#)))
    #expect(summary.contains(try Regex(#"<row r="1"[^>]* ht="30" customHeight="1""#)))

    let sheet = try package.text(of: "xl/worksheets/sheet2.xml")
    #expect(sheet.contains(try Regex(#"<c r="C2" s="\d+"><v>123</v></c>"#)))
    #expect(sheet.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
    #expect(sheet.contains(#"<autoFilter ref="A1:C4"/>"#))
    #expect(sheet.contains(try Regex(#"<col min="1" max="1" width="[0-9.]+" customWidth="1"/>"#)))
    #expect(sheet.contains("<drawing r:id=\"rId1\"/>"))

    let styles = try package.text(of: "xl/styles.xml")
    #expect(styles.contains(#"formatCode="0.0%""#))
    #expect(styles.contains(#"formatCode="0.00""#))
    #expect(styles.contains(##"formatCode="#,##0""##))
    #expect(styles.contains("<b/>"))
    #expect(styles.contains(#"<fgColor rgb="FFDDEBF7"/>"#))

    let entries = try package.entries()
    #expect(entries.contains("xl/charts/chart1.xml"))
    #expect(entries.contains("xl/charts/chart2.xml"))
    let column = try package.text(of: "xl/charts/chart1.xml")
    #expect(column.contains("<c:barDir val=\"col\"/>"))
    #expect(column.contains("<a:t>各站点服务人次</a:t>"))
    #expect(column.contains("<a:t>人次</a:t>"))
    #expect(column.contains("<c:f>'站点'!$A$2:$A$4</c:f>"))
    #expect(column.contains("<c:f>'站点'!$C$2:$C$4</c:f>"))
    #expect(column.contains("<c:v>服务人次</c:v>"))
    #expect(column.contains("<c:legendPos val=\"b\"/>"))
    let line = try package.text(of: "xl/charts/chart2.xml")
    #expect(line.contains("<c:lineChart>"))
    #expect(line.contains("<a:t>月度趋势</a:t>"))
    #expect(!line.contains("<c:legend>"))
  }

  @Test("text that looks like a formula or a number stays a literal string")
  func formulaLookingText() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("literal.xlsx")
    try writeSampleWorkbook(to: path)
    let package = XLSXPackage(path: path)
    let summary = try package.text(of: "xl/worksheets/sheet1.xml")
    #expect(!summary.contains("<f>"))
    for cell in ["A4", "B4", "A5", "B5"] {
      #expect(summary.contains(try Regex(#"<c r="\#(cell)" t="s"><v>\d+</v></c>"#)))
    }
    let strings = try package.text(of: "xl/sharedStrings.xml")
    for text in ["=SUM(A1)", "+8613800000000", "-x", "@x"] {
      #expect(strings.contains("<t>\(text)</t>"))
    }
  }

  @Test("two writes with the same content and creation time are byte-identical")
  func deterministic() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try writeSampleWorkbook(to: folder.path("first.xlsx"))
    try writeSampleWorkbook(to: folder.path("second.xlsx"))
    try writeSampleWorkbook(to: folder.path("later.xlsx"), created: juneEnd + 86_400)
    #expect(try filesAreIdentical(folder.path("first.xlsx"), folder.path("second.xlsx")))
    #expect(try !filesAreIdentical(folder.path("first.xlsx"), folder.path("later.xlsx")))
    let core = try XLSXPackage(path: folder.path("first.xlsx")).text(of: "docProps/core.xml")
    #expect(core.contains(#"<dcterms:created xsi:type="dcterms:W3CDTF">2024-06-30T16:00:00Z</dcterms:created>"#))
  }

  @Test("NaN and infinities are refused with an error, and the workbook still closes")
  func nonFiniteNumbers() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("nan.xlsx")
    let workbook = try Workbook(path: path, created: juneEnd)
    let sheet = try workbook.addWorksheet(named: "数据")
    for value in [Double.nan, .infinity, -.infinity] {
      let error = #expect(throws: XLSXError.self) { try sheet.write(value, row: 2, column: 1) }
      #expect(error?.function == "worksheet_write_number")
      #expect(error?.libraryCode == nil)
      #expect(error?.description.contains("数据!B3") == true)
    }
    try sheet.write(1.5, row: 0, column: 0)
    try workbook.close()
    let xml = try XLSXPackage(path: path).text(of: "xl/worksheets/sheet1.xml")
    #expect(xml.contains("<v>1.5</v>"))
    #expect(!xml.contains("r=\"B3\""))
  }

  @Test("constant-memory mode writes inline strings and refuses rows out of order")
  func constantMemory() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("big.xlsx")
    let workbook = try Workbook(
      path: path, created: juneEnd, constantMemory: true, temporaryDirectory: folder.url.path)
    #expect(workbook.isConstantMemory)
    let sheet = try workbook.addWorksheet(named: "数据问题")
    for row in 0..<100 {
      try sheet.writeRow([.text("第\(row)行"), .integer(row)], row: row)
    }
    let error = #expect(throws: XLSXError.self) { try sheet.write("late", row: 3, column: 0) }
    #expect(error?.function == "worksheet_write_string")
    #expect(error?.libraryCode != nil)
    try workbook.close()
    let xml = try XLSXPackage(path: path).text(of: "xl/worksheets/sheet1.xml")
    #expect(xml.contains(#"<c r="A100" t="inlineStr"><is><t>第99行</t></is></c>"#))
    #expect(xml.contains(#"<c r="B100"><v>99</v></c>"#))
    #expect(!xml.contains("late"))
  }
}
