import ShegongRendering
import Testing

/// The error thrown by parsing `source`, or `nil` when it parses.
private func parseError(_ source: String) -> TemplateError? {
  do {
    _ = try Template(source: source, fileName: "Templates/report.zh.md")
    return nil
  } catch {
    return error
  }
}

/// The error thrown by rendering `source` (which must parse) with `context`, or `nil`.
private func renderError(_ source: String, _ context: TemplateValue) throws -> TemplateError? {
  let template = try Template(source: source, fileName: "Templates/report.zh.md")
  do {
    _ = try template.render(context)
    return nil
  } catch {
    return error
  }
}

@Suite("Template errors")
struct TemplateErrorTests {
  @Test("an unknown name is reported with file and line")
  func unknownName() throws {
    let error = try renderError("# 报告\n\n{{period.label}}\n{{foo.bar}}\n", ["period": ["label": "2024-05"]])
    #expect(error?.kind == .unknownName("foo.bar"))
    #expect(error?.line == 4)
    #expect(error?.description == "Templates/report.zh.md:4: unknown name \"foo.bar\"")
  }

  @Test("a dotted name whose later key is missing is unknown, not looked up further out")
  func unknownNestedKey() throws {
    let context: TemplateValue = ["a": ["x": "1"], "rows": [["a": ["y": "2"]]]]
    let error = try renderError("{{#rows}}\n{{a.x}}\n{{/rows}}", context)
    #expect(error?.kind == .unknownName("a.x"))
    #expect(error?.line == 2)
  }

  @Test("unknown names are errors in sections and inverted sections too")
  func unknownSectionNames() throws {
    #expect(try renderError("x\n{{#missing}}{{/missing}}", [:])?.kind == .unknownName("missing"))
    let inverted = try renderError("x\n\n{{^missing}}none{{/missing}}", [:])
    #expect(inverted?.kind == .unknownName("missing"))
    #expect(inverted?.line == 3)
    #expect(try renderError("{{^list}}{{nope}}{{/list}}", ["list": []])?.kind == .unknownName("nope"))
  }

  @Test("showing a list, an object or a flag with {{name}} is an error")
  func notText() throws {
    let error = try renderError("\n{{rows}}", ["rows": ["a"]])
    #expect(error?.kind == .notText(name: "rows", kind: "a list"))
    #expect(error?.line == 2)
    #expect(try renderError("{{.}}", [:])?.kind == .notText(name: ".", kind: "an object"))
    #expect(try renderError("{{flag}}", ["flag": true])?.kind == .notText(name: "flag", kind: "a flag"))
  }

  @Test("an unclosed section is found at parse time, at the line it opens")
  func unclosedSection() {
    let error = parseError("# 标题\n{{#stations}}\n| {{name}} |\n")
    #expect(error?.kind == .unclosedSection("stations"))
    #expect(error?.line == 2)
    #expect(error?.description == "Templates/report.zh.md:2: section \"stations\" is never closed; add {{/stations}}")
  }

  @Test("a closing tag that does not match is reported at its own line")
  func mismatchedClosingTag() {
    let error = parseError("{{#a}}\n{{#b}}\n{{/a}}\n{{/b}}")
    #expect(error?.kind == .mismatchedClosingTag(found: "a", open: "b", openedOnLine: 2))
    #expect(error?.line == 3)
    #expect(
      error?.message == "closing tag {{/a}} does not match section \"b\" opened on line 2; close it with {{/b}} first")
  }

  @Test("a closing tag with no open section is an error")
  func unexpectedClosingTag() {
    let error = parseError("a\nb {{/a}}")
    #expect(error?.kind == .unexpectedClosingTag("a"))
    #expect(error?.line == 2)
  }

  @Test("an unclosed {{ is reported at the line it starts")
  func unclosedTag() {
    let error = parseError("ok {{a}}\n\nthen {{b\n more")
    #expect(error?.kind == .unclosedTag(opener: "{{"))
    #expect(error?.line == 3)
    #expect(parseError("{{{a}}")?.kind == .unclosedTag(opener: "{{{"))
    #expect(parseError("end {{")?.kind == .unclosedTag(opener: "{{"))
  }

  @Test("empty and malformed names and unsupported tags are parse errors")
  func invalidTags() {
    #expect(parseError("{{}}")?.kind == .invalidName(""))
    #expect(parseError("{{#}}{{/}}")?.kind == .invalidName(""))
    #expect(parseError("{{a..b}}")?.kind == .invalidName("a..b"))
    #expect(parseError("{{a b}}")?.kind == .invalidName("a b"))
    #expect(parseError("{{> header}}")?.kind == .unsupportedTag("partials ({{>…}})"))
    #expect(parseError("{{=<% %>=}}")?.kind == .unsupportedTag("delimiter changes ({{=…=}})"))
  }

  @Test("line numbers count lines removed as standalone")
  func linesAfterStandalone() throws {
    let source = "{{! c }}\n{{#rows}}\n{{/rows}}\n{{missing}}"
    #expect(try renderError(source, ["rows": []])?.line == 4)
  }
}
