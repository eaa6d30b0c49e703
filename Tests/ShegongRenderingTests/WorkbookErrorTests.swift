import Foundation
import ShegongRendering
import Testing

@Suite("XLSX errors")
struct WorkbookErrorTests {
  @Test("bad and repeated sheet names are refused with libxlsxwriter's reason")
  func sheetNames() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let workbook = try Workbook(path: folder.path("names.xlsx"), created: 1)
    _ = try workbook.addWorksheet(named: "站点")
    for name in ["a/b", "站点", String(repeating: "长", count: 32), "'quoted'"] {
      let error = #expect(throws: XLSXError.self) { _ = try workbook.addWorksheet(named: name) }
      #expect(error?.function == "workbook_validate_sheet_name")
      #expect(error?.libraryCode != nil)
      #expect(error?.message.isEmpty == false)
    }
    let empty = #expect(throws: XLSXError.self) { _ = try workbook.addWorksheet(named: "") }
    #expect(empty?.message == "a worksheet name cannot be empty")
    #expect(workbook.worksheetNames == ["站点"])
  }

  @Test("cells outside the sheet are refused before reaching the library")
  func outOfRange() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let workbook = try Workbook(path: folder.path("range.xlsx"), created: 1)
    let sheet = try workbook.addWorksheet(named: "S")
    let negative = #expect(throws: XLSXError.self) { try sheet.write("x", row: -1, column: 0) }
    #expect(negative?.message == "row -1 is outside 0…1048575")
    let wide = #expect(throws: XLSXError.self) { try sheet.write(1, row: 0, column: 16_384) }
    #expect(wide?.function == "worksheet_write_number")
    #expect(throws: XLSXError.self) { try sheet.freezePanes(row: 1_048_576, column: 0) }
    #expect(throws: XLSXError.self) {
      try sheet.setAutofilter(CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: -2))
    }
    #expect(throws: XLSXError.self) { try sheet.setColumnWidth(-1, column: 0) }
  }

  @Test("closing into a missing folder fails, and a closed workbook refuses further use")
  func closeFailures() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let workbook = try Workbook(path: folder.path("missing/out.xlsx"), created: 1)
    let sheet = try workbook.addWorksheet(named: "S")
    try sheet.write("x", row: 0, column: 0)
    let error = #expect(throws: XLSXError.self) { try workbook.close() }
    #expect(error?.function == "workbook_close")
    #expect(error?.libraryCode != nil)
    // A failed file operation carries its system error, in the message too.
    #expect(error?.systemErrorCode == ENOENT)
    #expect(error?.message.hasSuffix(": No such file or directory") == true, "\(String(describing: error))")
    #expect(workbook.isClosed)
    let afterClose = #expect(throws: XLSXError.self) { try sheet.write("y", row: 1, column: 0) }
    #expect(afterClose?.message.contains("already closed") == true)
    #expect(throws: XLSXError.self) { try workbook.close() }
    #expect(throws: XLSXError.self) { _ = try workbook.addWorksheet(named: "T") }
  }

  @Test("a workbook released without closing writes nothing")
  func releasedWithoutClose() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("never.xlsx")
    do {
      let workbook = try Workbook(path: path, created: 1)
      try workbook.addWorksheet(named: "S").write("x", row: 0, column: 0)
    }
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test("charts without series, with missing sheets or bad ranges are refused")
  func badCharts() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("charts.xlsx")
    let workbook = try Workbook(path: path, created: 1)
    let sheet = try workbook.addWorksheet(named: "S")
    try sheet.write(1, row: 0, column: 0)
    let good = SheetRange(sheetName: "S", cells: CellRange(rows: 0...0, column: 0))
    let empty = #expect(throws: XLSXError.self) {
      try sheet.insertChart(Chart(kind: .column, series: []), row: 2, column: 0)
    }
    #expect(empty?.message == "a chart needs at least one series")
    let missing = SheetRange(sheetName: "Nope", cells: CellRange(rows: 0...0, column: 0))
    let noSheet = #expect(throws: XLSXError.self) {
      try sheet.insertChart(Chart(kind: .line, series: [.init(categories: good, values: missing)]), row: 2, column: 0)
    }
    #expect(noSheet?.message.contains("\"Nope\"") == true)
    let reversed = SheetRange(sheetName: "S", cells: CellRange(firstRow: 3, firstColumn: 0, lastRow: 1, lastColumn: 0))
    #expect(throws: XLSXError.self) {
      try sheet.insertChart(Chart(kind: .line, series: [.init(categories: good, values: reversed)]), row: 2, column: 0)
    }
    #expect(throws: XLSXError.self) {
      try sheet.insertChart(
        Chart(kind: .line, series: [.init(categories: good, values: good)], widthScale: 0), row: 2, column: 0)
    }
    try workbook.close()
    #expect(try !XLSXPackage(path: path).entries().contains { $0.hasPrefix("xl/charts/") })
  }
}
