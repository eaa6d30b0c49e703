import Foundation
import ShegongIngest
import Testing

/// Text compared byte for byte, printed as a string when a test fails.
struct Bytes: Equatable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
  var bytes: [UInt8]

  init(_ bytes: [UInt8]) { self.bytes = bytes }
  init(_ text: String) { bytes = Array(text.utf8) }
  init(stringLiteral text: String) { self.init(text) }

  var description: String { String(decoding: bytes, as: UTF8.self).debugDescription }
}

/// One record as the reader returned it, with its fields as `CellText.raw` gives them.
struct RawRecord: Equatable, CustomStringConvertible {
  var line: Int
  var fields: [Bytes]
  var problem: SyntaxProblem?
  var isBlank: Bool

  var description: String {
    "line \(line) \(fields)" + (problem.map { " \($0)" } ?? "") + (isBlank ? " blank" : "")
  }
}

/// Reading helpers shared by the suites.
enum Read {
  /// Wraps UTF-8 text (no byte-order mark) as a file named `test.csv`.
  static func file(_ text: String) -> TextFile { TextFile(name: "test.csv", utf8: Array(text.utf8)) }

  /// Wraps UTF-8 bytes as a file named `test.csv`.
  static func file(bytes: [UInt8]) -> TextFile { TextFile(name: "test.csv", utf8: bytes) }

  /// Every record of `file`, blank ones included, with the delimiter the header line shows
  /// unless one is given.
  static func records(_ file: TextFile, delimiter: UInt8? = nil) -> [RawRecord] {
    withExtendedLifetime(file) {
      var reader = CSVReader(file: file, delimiter: delimiter ?? CSVDialect.delimiter(of: file.bytes))
      let cells = CellText(file: file)
      var record = CSVRecord()
      var out: [RawRecord] = []
      while reader.next(into: &record) {
        out.append(
          RawRecord(
            line: record.line, fields: record.fields.map { Bytes(cells.raw($0)) }, problem: record.problem,
            isBlank: record.isBlank(in: file.bytes)))
      }
      return out
    }
  }

  /// Every record of UTF-8 `text`, blank ones included.
  static func records(_ text: String, delimiter: UInt8? = nil) -> [RawRecord] {
    records(file(text), delimiter: delimiter)
  }

  /// The values (`CellText.value`) of every record of `file`, blank ones included.
  static func values(_ file: TextFile, delimiter: UInt8? = nil) -> [[String]] {
    withExtendedLifetime(file) {
      var reader = CSVReader(file: file, delimiter: delimiter ?? CSVDialect.delimiter(of: file.bytes))
      var cells = CellText(file: file)
      var record = CSVRecord()
      var out: [[String]] = []
      while reader.next(into: &record) {
        cells.beginRecord(record)
        var row: [String] = []
        for field in record.fields { row.append(cells.string(field)) }
        out.append(row)
      }
      return out
    }
  }

  /// The values of every record of UTF-8 `text`.
  static func values(_ text: String, delimiter: UInt8? = nil) -> [[String]] {
    values(file(text), delimiter: delimiter)
  }

  /// The single value of a one-field file holding `text`.
  static func value(_ text: String) -> String? {
    let rows = values(text, delimiter: UInt8(ascii: ","))
    guard rows.count == 1, rows[0].count == 1 else { return nil }
    return rows[0][0]
  }

  /// The data records of `source`, after its header, as raw fields, blank ones included.
  static func dataRecords(_ source: CSVSource) -> [RawRecord] {
    withExtendedLifetime(source.file) {
      var reader = CSVReader(
        file: source.file, delimiter: source.delimiter, offset: source.dataOffset, line: source.dataLine)
      let cells = CellText(file: source.file)
      var record = CSVRecord()
      var out: [RawRecord] = []
      while reader.next(into: &record) {
        out.append(
          RawRecord(
            line: record.line, fields: record.fields.map { Bytes(cells.raw($0)) }, problem: record.problem,
            isBlank: record.isBlank(in: source.file.bytes)))
      }
      return out
    }
  }

  /// Runs `body`, returning the `IngestError` it throws, or `nil` when it throws nothing.
  static func ingestError<T>(_ body: () throws(IngestError) -> T) -> IngestError? {
    do {
      _ = try body()
      return nil
    } catch {
      return error
    }
  }
}

/// The bundled fixtures.
enum Fixtures {
  /// The fixtures folder inside the test bundle.
  static func url(_ name: String) throws -> URL {
    let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return folder.appendingPathComponent(name)
  }

  /// The exact bytes of fixture `name`.
  static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: url(name)))
  }

  /// Fixture `name` read with `TextFile.load`.
  static func load(_ name: String) throws -> TextFile {
    try TextFile.load(path: url(name).path, name: name)
  }
}
