import Testing

@testable import ShegongValidation

@Suite("ValueParser.boolean")
struct ValuesBooleanTests {
  @Test(
    "true words",
    arguments: ["yes", "Yes", "YES", "yEs", "true", "True", "TRUE", "tRuE", "y", "Y", "1", "是"]
  )
  func trueWords(text: String) {
    #expect(ValueParser.boolean(text) == true)
    #expect(parseBytes(text) { ValueParser.boolean($0) } == true)
  }

  @Test(
    "false words",
    arguments: ["no", "No", "NO", "nO", "false", "False", "FALSE", "fAlSe", "n", "N", "0", "否"]
  )
  func falseWords(text: String) {
    #expect(ValueParser.boolean(text) == false)
    #expect(parseBytes(text) { ValueParser.boolean($0) } == false)
  }

  @Test(
    "rejected values",
    arguments: [
      "", " ", "ye", "yess", "yes ", " yes", "tru", "truee", "fals", "falsey", "t", "f", "T", "F", "2", "-1",
      "01", "00", "10", "1.0", "+1", "是的", "不是", "否否", "对", "错", "有", "无", "√", "×", "ok", "on",
      "off", "x", "nein", "ja", "\u{11}", "\u{19}", "9", "o", "Ｙ",
    ]
  )
  func rejected(text: String) {
    #expect(ValueParser.boolean(text) == nil)
    #expect(parseBytes(text) { ValueParser.boolean($0) } == nil)
  }

  @Test("the byte parser stops at the end of its buffer")
  func bufferEnd() {
    #expect(parseBytes("y", followedBy: "es") { ValueParser.boolean($0) } == true)
    #expect(parseBytes("no", followedBy: "t") { ValueParser.boolean($0) } == false)
    #expect(parseBytes("", followedBy: "1") { ValueParser.boolean($0) } == nil)
  }
}
