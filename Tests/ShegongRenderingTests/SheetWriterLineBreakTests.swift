import Testing

@testable import ShegongRendering

@Suite("Sheet cells: line breaks become spaces")
struct SheetWriterLineBreakTests {
  @Test(
    "the byte pre-check finds every line break Character.isNewline knows, and passes plain text",
    arguments: [
      ("a\nb", true), ("a\r\nb", true), ("a\rb", true), ("a\u{0B}b", true), ("a\u{0C}b", true), ("x\u{85}y", true),
      ("x\u{2028}y", true), ("x\u{2029}y", true), ("张三", false), ("abc", false), ("", false), ("a\tb", false),
    ])
  func preCheck(text: String, hasBreak: Bool) {
    #expect(text.contains(where: \.isNewline) == hasBreak)
    // The pre-check may say yes for text without a break (such as "…"), never no for text with one.
    if hasBreak { #expect(SheetWriter.mayHoldLineBreak(text)) }
    if !hasBreak && text.unicodeScalars.allSatisfy({ $0.value < 0x80 || $0.value >= 0x3000 }) {
      #expect(!SheetWriter.mayHoldLineBreak(text))
    }
  }

  @Test("cells with line breaks are written on one line")
  func oneLine() {
    #expect(SheetWriter.oneLine(.text("东街服务点\n二号")) == .text("东街服务点 二号"))
    #expect(SheetWriter.oneLine(.text("A\u{2028}B\r\nC")) == .text("A B C"))
    #expect(SheetWriter.oneLine(.text("王五…")) == .text("王五…"))
    #expect(SheetWriter.oneLine(.number(3)) == .number(3))
  }
}
