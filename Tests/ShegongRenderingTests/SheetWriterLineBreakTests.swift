import Testing

@testable import ShegongRendering

@Suite("Sheet cells: line breaks become spaces")
struct SheetWriterLineBreakTests {
  @Test(
    "the byte check finds exactly the line breaks Character.isNewline knows",
    arguments: [
      ("a\nb", true), ("a\r\nb", true), ("a\rb", true), ("a\u{0B}b", true), ("a\u{0C}b", true), ("x\u{85}y", true),
      ("x\u{2028}y", true), ("x\u{2029}y", true), ("张三", false), ("abc", false), ("", false), ("a\tb", false),
      ("王五…", false), ("“引号”—", false), ("\u{A0}\u{2027}\u{202A}", false), ("\u{C2}\u{84}", false),
      ("末尾\u{2029}", true),
    ])
  func preCheck(text: String, hasBreak: Bool) {
    #expect(text.contains(where: \.isNewline) == hasBreak)
    #expect(SheetWriter.holdsLineBreak(text) == hasBreak)
  }

  @Test("cells with line breaks are written on one line")
  func oneLine() {
    #expect(SheetWriter.oneLine(.text("东街服务点\n二号")) == .text("东街服务点 二号"))
    #expect(SheetWriter.oneLine(.text("A\u{2028}B\r\nC")) == .text("A B C"))
    #expect(SheetWriter.oneLine(.text("王五…")) == .text("王五…"))
    #expect(SheetWriter.oneLine(.number(3)) == .number(3))
  }
}
