import ShegongIngest
import Testing

@Suite("CellText: values are unquoted, trimmed and folded; raw is as read")
struct CellTextTests {
  @Test(
    "full-width letters, digits and punctuation fold to ASCII",
    arguments: [
      ("ＳＴ０１", "ST01"), ("１２３", "123"), ("ｓｔ０１", "st01"), ("（Ａ－Ｚ）", "(A-Z)"), ("！", "!"), ("～", "~"),
      ("＿", "_"), ("｀", "`"), ("１．５ｈ", "1.5h"), ("２０２６／１０／５", "2026/10/5"), ("ＳＴ０１站", "ST01站"),
      ("｟", "｟"), ("、。", "、。"), ("全角", "全角"),
    ])
  func folding(text: String, value: String) {
    #expect(Read.value(text) == value)
  }

  @Test(
    "values are trimmed of ASCII, U+3000, U+00A0 and U+200B spaces around them, not inside",
    arguments: [
      (" ST01 ", "ST01"), ("\tST01\t", "ST01"), ("\u{3000}ST01\u{3000}", "ST01"), ("\u{00A0}ST01\u{00A0}", "ST01"),
      ("\u{200B}ST01\u{200B}", "ST01"), (" \u{3000} \u{200B}\u{00A0}ST01 \u{00A0}\u{3000} ", "ST01"),
      ("\u{3000}ＳＴ０１\u{3000}", "ST01"), ("城关\u{3000}社工站", "城关\u{3000}社工站"), ("a b", "a b"),
      ("a\u{00A0}b", "a\u{00A0}b"), ("\u{200B}a\u{200B}b\u{200B}", "a\u{200B}b"), ("\u{3000}", ""), ("  ", ""),
      ("\u{2003}x", "\u{2003}x"),
    ])
  func trimming(text: String, value: String) {
    #expect(Read.value(text) == value)
  }

  @Test("quoted values are unquoted, unescaped, trimmed and folded; raw keeps them as read")
  func quotedValues() throws {
    let text = "\" a \",\"say \"\"hi\"\"\",\"\"\"ＡＢ\"\"\",\"\u{3000}x\u{3000}\",\"\",\"a,b\"\n"
    #expect(Read.values(text) == [["a", "say \"hi\"", "\"AB\"", "x", "", "a,b"]])
    let raw = try #require(Read.records(text).first)
    #expect(raw.fields == [" a ", "say \"hi\"", "\"ＡＢ\"", "\u{3000}x\u{3000}", "", "a,b"])
  }

  @Test("raw values are not trimmed or folded")
  func rawIsAsRead() throws {
    let record = try #require(Read.records(" ＳＴ０１ ,\u{3000}１\u{3000}\n").first)
    #expect(record.fields == [" ＳＴ０１ ", "\u{3000}１\u{3000}"])
  }

  @Test("many values of one record stay valid together")
  func manyValuesPerRecord() {
    let cells = (0..<300).map { "\u{3000}ＡＢ\($0)\"\"" }
    let line = cells.map { "\"\($0)\"" }.joined(separator: ",")
    #expect(Read.values(line + "\n" + line) == Array(repeating: (0..<300).map { "AB\($0)\"" }, count: 2))
  }

  @Test("a record longer than the scratch area is rewritten whole")
  func longRecord() {
    let cell = String(repeating: "Ａ", count: 3_000)
    #expect(
      Read.values("\(cell),\(cell)\n") == [
        [String(repeating: "A", count: 3_000), String(repeating: "A", count: 3_000)]
      ])
  }

  @Test("values of a broken field keep the text after the closing quote")
  func brokenFieldValue() {
    #expect(Read.values("1,\"好的\"吗 ,3\n") == [["1", "\"好的\"吗", "3"]])
  }

  @Test(
    "header names compare trimmed, folded and lower-cased",
    arguments: [
      (" Station_ID ", "station_id"), ("ＮＡＭＥ", "name"), ("站点编号", "站点编号"), ("\u{3000}站点名称\u{00A0}", "站点名称"),
      ("Area_Code", "area_code"), ("ｓｔａｔｉｏｎ＿ｉｄ", "station_id"), ("", ""), ("\u{FEFF}name", "name"),
      ("NaMe\0", "name\0"),
    ])
  func headerName(text: String, normalized: String) {
    #expect(HeaderName.normalized(text) == normalized)
  }

  @Test("header names are lower-cased in ASCII only")
  func headerNameASCIIOnly() {
    #expect(HeaderName.normalized("ÄÖ") == "ÄÖ")
    #expect(HeaderName.normalized("ΣΤ") == "ΣΤ")
  }
}
