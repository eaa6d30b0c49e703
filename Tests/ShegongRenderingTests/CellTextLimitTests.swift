import Foundation
import ShegongRendering
import Testing

@Suite("XLSX: text longer than a cell holds is cut with a visible …")
struct CellTextLimitTests {
  @Test("text that fits, up to 32 767 UTF-16 code units, is unchanged")
  func fits() {
    let limit = String(repeating: "a", count: 32_767)
    #expect(Worksheet.fittingCell(limit) == limit)
    // 16 383 characters of 2 UTF-16 code units each: 32 766 units, 65 532 UTF-8 bytes.
    let wide = String(repeating: "😀", count: 16_383)
    #expect(Worksheet.fittingCell(wide) == wide)
    // 32 767 Chinese characters: 98 301 UTF-8 bytes, but 32 767 units.
    let chinese = String(repeating: "长", count: 32_767)
    #expect(Worksheet.fittingCell(chinese) == chinese)
  }

  @Test("longer text keeps 32 766 code units of whole characters and ends in …")
  func cut() {
    let long = String(repeating: "W", count: 33_000)
    #expect(Worksheet.fittingCell(long) == String(repeating: "W", count: 32_766) + "…")
    // "a" then 20 000 two-unit characters: 1 + 2 × 16 382 = 32 765 units fit before the …;
    // one more would make 32 767 and leave no room for it.
    let surrogates = "a" + String(repeating: "😀", count: 20_000)
    let cut = Worksheet.fittingCell(surrogates)
    #expect(cut == "a" + String(repeating: "😀", count: 16_382) + "…")
    #expect(cut.utf16.count == 32_766)
    // A character of several scalars (flag: 4 units) is kept whole or not at all.
    let flags = String(repeating: "🇨🇳", count: 9_000)
    #expect(Worksheet.fittingCell(flags) == String(repeating: "🇨🇳", count: 8_191) + "…")
  }

  @Test("a workbook with a 40 000-character cell is written, the cell cut")
  func writtenWorkbook() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("long.xlsx")
    let workbook = try Workbook(path: path, created: 1)
    let sheet = try workbook.addWorksheet(named: "S")
    try sheet.write(String(repeating: "x", count: 40_000), row: 0, column: 0)
    try sheet.write(.text(String(repeating: "y", count: 40_000)), row: 1, column: 0)
    try workbook.close()
    let strings = try XLSXPackage(path: path).text(of: "xl/sharedStrings.xml")
    #expect(strings.contains(">" + String(repeating: "x", count: 32_766) + "…<"))
    #expect(strings.contains(">" + String(repeating: "y", count: 32_766) + "…<"))
  }
}
