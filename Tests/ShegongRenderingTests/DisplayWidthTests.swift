import ShegongRendering
import Testing

@Suite("Column widths")
struct DisplayWidthTests {
  @Test("Chinese and full-width characters count 2, others 1")
  func widths() {
    #expect(DisplayWidth.of("abc") == 3)
    #expect(DisplayWidth.of("城关镇") == 6)
    #expect(DisplayWidth.of("东街站A1") == 8)
    #expect(DisplayWidth.of("（１）") == 6)
    #expect(DisplayWidth.of("") == 0)
  }

  @Test("a fitting width takes the widest line, adds padding and stays within bounds")
  func fittingWidth() {
    #expect(Worksheet.fittingColumnWidth(for: ["站点名称", "abc"]) == 10)
    #expect(Worksheet.fittingColumnWidth(for: ["短\n一个很长的第二行"]) == 18)
    #expect(Worksheet.fittingColumnWidth(for: ["a"]) == 6)
    #expect(Worksheet.fittingColumnWidth(for: [String(repeating: "长", count: 100)]) == 60)
    #expect(Worksheet.fittingColumnWidth(for: [String(repeating: "长", count: 100)], maximum: 80) == 80)
    #expect(Worksheet.fittingColumnWidth(for: []) == 6)
  }
}
