import ShegongAggregation
import ShegongRendering
import Testing

/// The error thrown by checking `source` against the report's shape in `language`, or `nil`.
private func checkError(_ source: String, _ language: ReportLanguage = .chinese) throws -> TemplateError? {
  let template = try Template(source: source, fileName: "edited/report.zh.md")
  let period = try #require(Period(parsing: "2026-10"))
  do {
    try ReportMarkdown.check(template, language: language, period: period)
    return nil
  } catch {
    return error
  }
}

@Suite("Template checks before the inputs are read")
struct TemplateCheckTests {
  @Test("the built-in templates parse and pass the check in both languages")
  func builtInTemplatesPass() throws {
    for language in ReportLanguage.allCases {
      let template = try ReportTemplates.load(language, from: nil)
      #expect(template.fileName == "built-in report.\(language.rawValue).md")
      try ReportMarkdown.check(template, language: language, period: try #require(Period(parsing: "2026-Q3")))
    }
  }

  @Test("a name inside a list that is empty without inputs is still checked")
  func nameInsideEmptyList() throws {
    // With no inputs there are no stations, no overdue people and no files; each list's item is
    // still checked against its columns.
    #expect(try checkError("{{#stations}}\n{{station_id}}\n{{/stations}}\n") == nil)
    let error = try checkError("# 报告\n{{#stations}}\n{{station_id}}\n{{no_such_column}}\n{{/stations}}\n")
    #expect(error?.kind == .unknownName("no_such_column"))
    #expect(error?.line == 4)
    let overdue = try checkError("{{#overdue.rows}}{{beneficiary_id}} {{nam}}{{/overdue.rows}}")
    #expect(overdue?.kind == .unknownName("nam"))
  }

  @Test("names inside a false flag, an inverted section and a true flag are all checked")
  func everyBranchChecked() throws {
    #expect(try checkError("{{#overdue.any}}{{bogus1}}{{/overdue.any}}")?.kind == .unknownName("bogus1"))
    #expect(try checkError("{{^overdue.any}}{{bogus2}}{{/overdue.any}}")?.kind == .unknownName("bogus2"))
    #expect(try checkError("{{#period.is_month}}{{bogus3}}{{/period.is_month}}")?.kind == .unknownName("bogus3"))
    #expect(try checkError("{{#period.is_year}}{{bogus4}}{{/period.is_year}}")?.kind == .unknownName("bogus4"))
  }

  @Test("a list shown as text fails the check")
  func listAsText() throws {
    #expect(try checkError("{{stations}}")?.kind == .notText(name: "stations", kind: "a list"))
  }

  @Test("a folder without the language's template is an error naming the file")
  func missingFile() throws {
    do {
      _ = try ReportTemplates.load(.english, from: "/nonexistent-folder")
      Issue.record("a missing template must throw")
    } catch {
      #expect(error.kind == .unreadableFile)
      #expect(error.fileName == "/nonexistent-folder/report.en.md")
    }
  }
}
