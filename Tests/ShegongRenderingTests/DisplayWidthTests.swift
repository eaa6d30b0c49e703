import Testing

@testable import ShegongRendering

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

@Suite("Column widths: the scalar count agrees with the character count")
struct DisplayWidthFastPathTests {
  @Test(
    "counting scalars gives what counting characters gives, or declines",
    arguments: [
      "", "abc", "城关镇", "东街站A1", "（１）", "a\r\nb", "e\u{301}", "の\u{3099}", "한글", "\u{1100}\u{1161}",
      "👍🏽", "🇨🇳", "a\u{200D}b", "Ünïcödé", "“引号”…", "〇〡〢", "ｶﾞ", "x\u{FE0F}", "\u{0600}1", "tab\tend",
    ])
  func agrees(text: String) {
    let byCharacters = text.reduce(0) { $0 + DisplayWidth.of($1) }
    #expect(DisplayWidth.of(text) == byCharacters)
    if let byScalars = DisplayWidth.scalarWidth(of: text) {
      #expect(byScalars == byCharacters)
    }
  }

  @Test("plain ASCII, Latin and CJK text take the scalar count")
  func fastPathTaken() {
    #expect(DisplayWidth.scalarWidth(of: "services/2026-10.csv") == 20)
    #expect(DisplayWidth.scalarWidth(of: "核对该工作人员，改正。") == 22)
    #expect(DisplayWidth.scalarWidth(of: "Müller") == 6)
    #expect(DisplayWidth.scalarWidth(of: "a\r\nb") == nil)
    #expect(DisplayWidth.scalarWidth(of: "e\u{301}") == nil)
  }
}
