import Foundation
import ShegongIngest
import ShegongSample

/// A fresh temporary folder for one test, removed by `remove()`.
struct ScratchFolder {
  let path: String

  init() {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("shegong-sample-\(UUID().uuidString)").path
  }

  /// Deletes the folder and everything in it.
  func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Generates a sample into the folder (or a subfolder).
  func write(_ options: SampleOptions, into subfolder: String = "") throws -> SampleSummary {
    try SampleGenerator.write(to: subfolder.isEmpty ? path : path + "/" + subfolder, options: options)
  }

  /// The raw bytes of a file of the folder.
  func bytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path + "/" + name)))
  }

  /// The file's text decoded from `encoding` (a byte-order mark dropped).
  func text(_ name: String, _ encoding: TextEncoding) throws -> String {
    var raw = try bytes(name)
    switch encoding {
    case .utf8WithBOM:
      if raw.starts(with: [0xEF, 0xBB, 0xBF]) { raw.removeFirst(3) }
    case .utf16LE, .utf16BE:
      raw.removeFirst(min(2, raw.count))
    case .utf8, .gb18030:
      break
    }
    let utf8: [UInt8]
    if encoding == .utf8 || encoding == .utf8WithBOM {
      utf8 = raw
    } else {
      utf8 = try raw.withUnsafeBytes { try Transcoder.utf8(from: $0, encoding: encoding) }
    }
    return String(decoding: utf8, as: UTF8.self)
  }

  /// The file's lines (CRLF or LF), without lines that hold nothing but delimiters.
  func lines(_ name: String, _ encoding: TextEncoding) throws -> [String] {
    try text(name, encoding)
      .split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
      .map(String.init)
      .filter { !$0.allSatisfy { $0 == "," } }
  }

  /// Names of the regular files directly in a subfolder, sorted.
  func listing(_ subfolder: String = "") -> [String] {
    let folder = subfolder.isEmpty ? path : path + "/" + subfolder
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
  }
}

/// Splits one CSV line into cells (RFC 4180 quotes; no line breaks inside quotes).
func csvCells(_ line: String) -> [String] {
  var cells: [String] = []
  var cell = ""
  var quoted = false
  var iterator = Array(line).makeIterator()
  var pending: Character? = nil
  while let character = pending ?? iterator.next() {
    pending = nil
    if quoted {
      if character == "\"" {
        if let next = iterator.next() {
          if next == "\"" {
            cell.append("\"")
          } else {
            quoted = false
            pending = next
          }
        } else {
          quoted = false
        }
      } else {
        cell.append(character)
      }
    } else if character == "\"" && cell.isEmpty {
      quoted = true
    } else if character == "," {
      cells.append(cell)
      cell = ""
    } else {
      cell.append(character)
    }
  }
  cells.append(cell)
  return cells
}

/// The GB 11643 check character of the first 17 digits of an ID number.
func idCheckCharacter(_ number: String) -> Character? {
  let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  let digits = number.prefix(17).compactMap { $0.wholeNumberValue }
  guard digits.count == 17 else { return nil }
  let sum = zip(weights, digits).reduce(0) { $0 + $1.0 * $1.1 }
  return Array("10X98765432")[sum % 11]
}

extension SampleSummary {
  /// The file with this relative name, if one was written.
  func file(named name: String) -> File? {
    files.first { $0.name == name }
  }
}
