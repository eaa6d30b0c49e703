import ShegongRendering
import Testing

/// Renders `source` with `context`, failing the test on any error.
private func render(_ source: String, _ context: TemplateValue) throws -> String {
  try Template(source: source, fileName: "test.md").render(context)
}

@Suite("Template rendering")
struct TemplateRenderingTests {
  @Test("variables are replaced without escaping")
  func variables() throws {
    let output = try render("本月入户探访 {{visits}} 户，{{note}}。", ["visits": "1,234", "note": "a|b <c> & \"d\""])
    #expect(output == "本月入户探访 1,234 户，a|b <c> & \"d\"。")
  }

  @Test("spaces inside tags and the triple and ampersand forms mean the same")
  func tagForms() throws {
    let output = try render("{{ name }}/{{{name}}}/{{& name }}", ["name": "<b>"])
    #expect(output == "<b>/<b>/<b>")
  }

  @Test("dotted names descend into objects")
  func dottedNames() throws {
    let context: TemplateValue = ["period": ["label": "2024-05", "range": ["start": "2024-05-01"]]]
    #expect(try render("{{period.label}} from {{period.range.start}}", context) == "2024-05 from 2024-05-01")
  }

  @Test("{{.}} is the current list item")
  func currentItem() throws {
    #expect(
      try render("{{#codes}}[{{.}}]{{/codes}}", ["codes": ["elderly_alone", "dibao"]]) == "[elderly_alone][dibao]")
  }

  @Test("sections over lists of objects nest, and names resolve outward")
  func nestedSections() throws {
    let context: TemplateValue = [
      "unit": "户",
      "townships": [
        ["name": "城关镇", "stations": [["name": "东街站", "visits": "3"], ["name": "西街站", "visits": "5"]]],
        ["name": "河口乡", "stations": []],
      ],
    ]
    let source = "{{#townships}}{{name}}:{{#stations}} {{name}}={{visits}}{{unit}}{{/stations}};{{/townships}}"
    #expect(try render(source, context) == "城关镇: 东街站=3户 西街站=5户;河口乡:;")
  }

  @Test("a dotted name resolves its first key outward, then descends")
  func dottedNameFromOuterScope() throws {
    let context: TemplateValue = ["period": ["label": "2024-Q2"], "rows": [["id": "S1"], ["id": "S2"]]]
    #expect(try render("{{#rows}}{{id}}@{{period.label}} {{/rows}}", context) == "S1@2024-Q2 S2@2024-Q2 ")
  }

  @Test("true, objects and non-empty text render a section once; false, [] and \"\" skip it")
  func sectionTruthiness() throws {
    let context: TemplateValue = [
      "yes": true, "no": false, "empty": [], "blank": "", "word": "x", "object": ["k": "v"],
    ]
    let source =
      "{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#empty}}E{{/empty}}{{#blank}}B{{/blank}}"
      + "{{#word}}W{{.}}{{/word}}{{#object}}O{{k}}{{/object}}"
    #expect(try render(source, context) == "YWxOv")
  }

  @Test("inverted sections render for false, empty lists and empty text only")
  func invertedSections() throws {
    let context: TemplateValue = [
      "no": false, "empty": [], "blank": "", "yes": true, "some": ["a"], "word": "x", "object": [:],
    ]
    let source =
      "{{^no}}1{{/no}}{{^empty}}2{{/empty}}{{^blank}}3{{/blank}}"
      + "{{^yes}}4{{/yes}}{{^some}}5{{/some}}{{^word}}6{{/word}}{{^object}}7{{/object}}"
    #expect(try render(source, context) == "123")
  }

  @Test("comments leave nothing behind, even across lines")
  func comments() throws {
    #expect(try render("a{{! a note }}b{{!\nspans\nlines }}c", [:]) == "abc")
  }

  @Test("standalone section, closing and comment lines are removed with their line break")
  func standaloneLines() throws {
    let source = """
      | 站点 | 服务人次 |
      |---|---|
        {{! one row per station }}
      {{#rows}}
      | {{name}} | {{count}} |
      {{/rows}}
      {{^rows}}
      | （无） | 0 |
      {{/rows}}
      合计 {{total}}
      """
    let context: TemplateValue = [
      "rows": [["name": "东街站", "count": "3"], ["name": "西街站", "count": "5"]], "total": "8",
    ]
    let expected = """
      | 站点 | 服务人次 |
      |---|---|
      | 东街站 | 3 |
      | 西街站 | 5 |
      合计 8
      """
    #expect(try render(source, context) == expected)
    let empty: TemplateValue = ["rows": [], "total": "0"]
    #expect(try render(source, empty) == "| 站点 | 服务人次 |\n|---|---|\n| （无） | 0 |\n合计 0")
  }

  @Test("standalone removal handles CRLF, a tag on the last line, and keeps variable-only lines")
  func standaloneEdges() throws {
    #expect(try render("a\r\n  {{#x}}  \r\nb\r\n{{/x}}", ["x": true]) == "a\r\nb\r\n")
    #expect(try render("{{v}}\n{{#x}}\nc\n{{/x}}\n", ["v": "", "x": true]) == "\nc\n")
  }

  @Test("a tag sharing its line with text is not standalone")
  func notStandalone() throws {
    #expect(try render("- {{#x}}y{{/x}}\n", ["x": true]) == "- y\n")
    #expect(try render(" {{#x}} y\n{{/x}} z", ["x": true]) == "  y\n z")
  }

  @Test("the same template renders twice with different contexts")
  func reusable() throws {
    let template = try Template(source: "{{n}}", fileName: "t.md")
    #expect(try template.render(["n": "1"]) == "1")
    #expect(try template.render(["n": "2"]) == "2")
    #expect(template.fileName == "t.md")
  }
}
