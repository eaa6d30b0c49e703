import Foundation
import ShegongIngest
import Testing

/// The shared CSV conformance data, read in place from `../shared/conformance` next to the package.
///
/// The files are never copied into the package: one of the two suites carries no licence.
enum Conformance {
  /// The conformance folder, when it exists.
  static let folder: URL? = {
    let packageRoot = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent()  // ShegongIngestTests
      .deletingLastPathComponent()  // Tests
      .deletingLastPathComponent()
    let folder = packageRoot.appendingPathComponent("../shared/conformance").standardizedFileURL
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      return nil
    }
    return folder
  }()

  /// Whether the conformance data is there to read.
  static let isAvailable = folder != nil

  /// csv-spectrum's only broken case: its JSON is one object, not an array, and its expected
  /// phone number is not the one in the CSV (see that folder's README).
  static let spectrumKnownBroken: Set<String> = ["location_coordinates"]

  /// The csv-test-data files that break the CSV syntax itself.
  static let syntaxBad = ["bad-missing-quote", "bad-unescaped-quote", "bad-quotes-with-unescaped-quote"]

  /// Base names of the `.csv` files in `relative`, sorted.
  static func names(in relative: String) -> [String] {
    guard let folder else { return [] }
    let listing = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(relative).path))
    return (listing ?? []).filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }.sorted()
  }

  /// csv-spectrum cases run here: every file but the known broken one.
  static let spectrumCases = names(in: "csv-spectrum/csvs").filter { !spectrumKnownBroken.contains($0) }

  /// csv-test-data cases with an expected JSON (neither `bad-*` nor `header-*`).
  static let plainCases = names(in: "csv-test-data/csv").filter { !$0.hasPrefix("bad-") && !$0.hasPrefix("header-") }

  /// csv-test-data cases read with the header `foo,bar,baz`.
  static let headerCases = names(in: "csv-test-data/csv").filter { $0.hasPrefix("header-") }

  /// The path of a file in the conformance folder.
  static func path(_ relative: String) throws -> String {
    try #require(folder).appendingPathComponent(relative).path
  }

  /// Decodes the JSON file at `relative`.
  static func json<T: Decodable>(_ type: T.Type, _ relative: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(contentsOf: URL(fileURLWithPath: path(relative))))
  }

  /// Reads a conformance CSV with `TextFile.load`.
  static func load(_ relative: String) throws -> TextFile {
    try TextFile.load(path: path(relative), name: relative)
  }
}

@Suite("Conformance (shared CSV suites, read in place)", .enabled(if: Conformance.isAvailable))
struct ConformanceTests {
  @Test("the suites hold the cases their READMEs list")
  func inventory() {
    #expect(Conformance.names(in: "csv-spectrum/csvs").count == 12)
    #expect(Conformance.spectrumCases.count == 11)
    #expect(Conformance.names(in: "csv-test-data/csv").count == 25)
    #expect(Conformance.plainCases.count == 16)
    #expect(Conformance.headerCases == ["header-no-rows", "header-simple"])
    #expect(Conformance.names(in: "csv-test-data/csv").filter { $0.hasPrefix("bad-") }.count == 7)
  }

  @Test("csv-spectrum: raw records keyed by the header match the JSON", arguments: Conformance.spectrumCases)
  func spectrum(name: String) throws {
    let file = try Conformance.load("csv-spectrum/csvs/\(name).csv")
    #expect(file.encoding == .utf8)
    let expected = try Conformance.json([[String: String]].self, "csv-spectrum/json/\(name).json")
    let records = Read.records(file)
    let header = try #require(records.first)
    #expect(records.allSatisfy { $0.problem == nil }, "\(records)")
    #expect(Set(header.fields).count == header.fields.count, "header \(header)")
    let rows = records.dropFirst().map { record in
      Dictionary(zip(header.fields, record.fields), uniquingKeysWith: { first, _ in first })
    }
    #expect(records.dropFirst().allSatisfy { $0.fields.count == header.fields.count }, "\(records)")
    let wanted = expected.map { object in
      Dictionary(uniqueKeysWithValues: object.map { (Bytes($0.key), Bytes($0.value)) })
    }
    #expect(rows == wanted)
  }

  @Test("csv-test-data: raw records, blank ones included, match the JSON", arguments: Conformance.plainCases)
  func testData(name: String) throws {
    let file = try Conformance.load("csv-test-data/csv/\(name).csv")
    let expected = try Conformance.json([[String]].self, "csv-test-data/json/\(name).json")
    let records = Read.records(file)
    #expect(records.allSatisfy { $0.problem == nil }, "\(records)")
    #expect(records.map(\.fields) == expected.map { $0.map { Bytes($0) } })
  }

  @Test("csv-test-data: header cases keyed by foo,bar,baz", arguments: Conformance.headerCases)
  func testDataWithHeader(name: String) throws {
    let file = try Conformance.load("csv-test-data/csv/\(name).csv")
    let expected = try Conformance.json([[String: String]].self, "csv-test-data/json/\(name).json")
    let records = Read.records(file)
    let header = try #require(records.first)
    #expect(header.fields == ["foo", "bar", "baz"])
    let source = try CSVSource(file: file)
    #expect(source.header == ["foo", "bar", "baz"])
    let rows = records.dropFirst().map { record in
      Dictionary(zip(header.fields, record.fields), uniquingKeysWith: { first, _ in first })
    }
    #expect(records.dropFirst().allSatisfy { $0.fields.count == 3 && $0.problem == nil }, "\(records)")
    #expect(rows == expected.map { Dictionary(uniqueKeysWithValues: $0.map { (Bytes($0.key), Bytes($0.value)) }) })
    #expect(Read.dataRecords(source).map(\.fields) == records.dropFirst().map(\.fields))
  }

  @Test("csv-test-data: syntax errors come out with a problem", arguments: Conformance.syntaxBad)
  func syntaxErrors(name: String) throws {
    let file = try Conformance.load("csv-test-data/csv/\(name).csv")
    let records = Read.records(file)
    try #require(records.count == 2, "\(records)")
    #expect(records[0].problem == nil)
    #expect(records[0].fields == ["foo", "bar", "baz"])
    let expected: SyntaxProblem =
      switch name {
      case "bad-missing-quote": .unclosedQuote(lastLine: 2)
      case "bad-unescaped-quote": .quoteInUnquotedField(field: 1)
      default: .textAfterClosingQuote(field: 1)
      }
    #expect(records[1].problem == expected)
    #expect(records[1].line == 2)
    #expect(!records[1].isBlank)
    // The header is fine, so the file opens; the problem belongs to the data record.
    let source = try CSVSource(file: file)
    #expect(Read.dataRecords(source).map(\.problem) == [expected])
  }

  @Test("csv-test-data: bad-header-less-fields has a 2-field record under a 3-field header")
  func lessFields() throws {
    let source = try CSVSource(file: Conformance.load("csv-test-data/csv/bad-header-less-fields.csv"))
    #expect(source.header == ["foo", "bar", "baz"])
    let data = Read.dataRecords(source)
    #expect(data.map(\.fields.count) == [2])
    #expect(data.map(\.line) == [2])
    #expect(data.allSatisfy { $0.problem == nil })
  }

  @Test("csv-test-data: bad-header-more-fields has a 4-field record under a 3-field header")
  func moreFields() throws {
    let source = try CSVSource(file: Conformance.load("csv-test-data/csv/bad-header-more-fields.csv"))
    #expect(source.header == ["foo", "bar", "baz"])
    let data = Read.dataRecords(source)
    #expect(data.map(\.fields.count) == [4])
    #expect(data.first?.fields.last == "4")
    #expect(data.allSatisfy { $0.problem == nil })
  }

  @Test("csv-test-data: bad-header-no-header is an empty file")
  func noHeader() throws {
    let file = try Conformance.load("csv-test-data/csv/bad-header-no-header.csv")
    #expect(file.bytes.isEmpty)
    let error = Read.ingestError { () throws(IngestError) in try CSVSource(file: file) }
    #expect(error?.kind == .emptyFile)
    #expect(error?.file == "csv-test-data/csv/bad-header-no-header.csv")
  }

  @Test("csv-test-data: bad-header-wrong-header names other columns")
  func wrongHeader() throws {
    let source = try CSVSource(file: Conformance.load("csv-test-data/csv/bad-header-wrong-header.csv"))
    #expect(source.header == ["qux", "quux", "quuz"])
    #expect(source.header.map(HeaderName.normalized) != ["foo", "bar", "baz"])
    #expect(Read.dataRecords(source).isEmpty)
  }
}
