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
}
