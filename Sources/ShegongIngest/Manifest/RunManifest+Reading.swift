import Foundation

extension RunManifest {
  /// Why a manifest could not be read.
  public struct ReadingError: Error, Equatable, CustomStringConvertible {
    /// What is wrong, for a person.
    public var description: String
  }

  /// The manifest in the UTF-8 JSON `bytes` (a byte-order mark is skipped); throws when they are
  /// not JSON, declare another schema, or lack a field or give it the wrong type.
  ///
  /// Unknown fields are ignored, so that a later version's additions do not stop this one.
  public static func read(_ bytes: [UInt8]) throws(ReadingError) -> RunManifest {
    var text = bytes
    if text.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst(3) }
    let document: Document
    do {
      document = try JSONDecoder().decode(Document.self, from: Data(text))
    } catch let error as DecodingError {
      throw ReadingError(description: Self.describe(error))
    } catch {
      throw ReadingError(description: "not valid JSON")
    }
    guard document.schema == schema else {
      throw ReadingError(description: "schema is \"\(document.schema)\", not \"\(schema)\"")
    }
    for file in document.inputs + document.outputs {
      guard file.bytes >= 0, file.sha256.utf8.count == 64, file.sha256.utf8.allSatisfy(Self.isLowerHex) else {
        throw ReadingError(description: "\(file.file): bytes must be ≥ 0 and sha256 64 lowercase hex digits")
      }
      guard !file.file.isEmpty, !file.file.hasPrefix("/"), !file.file.split(separator: "/").contains("..") else {
        throw ReadingError(description: "\"\(file.file)\" is not a path inside the folder")
      }
    }
    return RunManifest(
      toolName: document.tool.name, toolVersion: document.tool.version, arguments: document.arguments,
      asOf: document.asOf,
      period: PeriodSpan(label: document.period.label, start: document.period.start, end: document.period.end),
      inputs: document.inputs.map(\.entry), outputs: document.outputs.map(\.entry))
  }

  /// Whether `byte` is `0`–`9` or `a`–`f`.
  private static func isLowerHex(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
  }

  /// A decoding error in a few words naming the field at fault.
  private static func describe(_ error: DecodingError) -> String {
    func path(_ context: DecodingError.Context) -> String {
      let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
      return keys.isEmpty ? "the document" : String(keys.drop { $0 == "." })
    }
    switch error {
    case .keyNotFound(let key, let context):
      let at = path(context)
      return "\(at == "the document" ? "" : at + ".")\(key.stringValue) is missing"
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      return "\(path(context)) has the wrong type"
    case .dataCorrupted(let context):
      return context.codingPath.isEmpty ? "not valid JSON" : "\(path(context)) is not valid"
    @unknown default:
      return "not a manifest"
    }
  }

  /// The document as JSON gives it.
  private struct Document: Decodable {
    struct Tool: Decodable {
      var name: String
      var version: String
    }
    struct Span: Decodable {
      var label: String
      var start: String
      var end: String
    }
    struct Entry: Decodable {
      var file: String
      var bytes: Int
      var sha256: String
      var encoding: String?
      var rows: Int?
      var entry: File { File(file: file, bytes: bytes, sha256: sha256, encoding: encoding, rows: rows) }
    }
    var schema: String
    var tool: Tool
    var arguments: [String]
    var asOf: String
    var period: Span
    var inputs: [Entry]
    var outputs: [Entry]

    enum CodingKeys: String, CodingKey {
      case schema, tool, arguments, period, inputs, outputs
      case asOf = "as_of"
    }
  }
}
