import Foundation
import Testing

/// Runs the built `shegong` executable and captures what it prints.
struct CommandRunner {
  /// What one run produced.
  struct Result {
    var status: Int32
    var stdout: Data
    var stderr: String
    var output: String { String(decoding: stdout, as: UTF8.self) }
  }

  /// The package root, found from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The committed sample.
  static let inputs = packageRoot.appendingPathComponent("Inputs").path
  /// The committed templates.
  static let templates = packageRoot.appendingPathComponent("Templates").path

  /// The `shegong` binary beside the test bundle (the same build products folder).
  static let executable: URL = {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for folder in [bundle, bundle.deletingLastPathComponent()] {
      let candidate = folder.appendingPathComponent("shegong")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return packageRoot.appendingPathComponent(".build/debug/shegong")
  }()

  /// Runs `shegong` with `arguments`; the process must end by exiting, never by a signal.
  static func run(_ arguments: [String], in directory: String? = nil) throws -> Result {
    try launch(executable, arguments, in: directory, describing: arguments)
  }

  /// Runs `shegong` with `arguments` through `/bin/sh -c "<setup> && exec shegong …"`, so that
  /// `setup` (such as `ulimit -f 100`) applies to it; it too must end by exiting.
  static func run(_ arguments: [String], after setup: String) throws -> Result {
    try launch(
      URL(fileURLWithPath: "/bin/sh"), ["-c", setup + " && exec \"$0\" \"$@\"", executable.path] + arguments,
      in: nil, describing: arguments)
  }

  /// Runs another program (such as a shell script that runs `shegong`), which must end by exiting.
  static func launch(
    _ executable: URL, _ arguments: [String], in directory: String? = nil, describing shown: [String]
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    // Output goes to files, so that a large output can never block the process on a full pipe.
    let base = NSTemporaryDirectory() + "shegong-run-" + UUID().uuidString
    _ = FileManager.default.createFile(atPath: base + ".out", contents: nil)
    _ = FileManager.default.createFile(atPath: base + ".err", contents: nil)
    defer {
      try? FileManager.default.removeItem(atPath: base + ".out")
      try? FileManager.default.removeItem(atPath: base + ".err")
    }
    let out = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".out"))
    let err = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".err"))
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    let stdout = try Data(contentsOf: URL(fileURLWithPath: base + ".out"))
    let stderr = try Data(contentsOf: URL(fileURLWithPath: base + ".err"))
    #expect(process.terminationReason == .exit, "shegong \(shown.joined(separator: " ")) died of a signal")
    return Result(status: process.terminationStatus, stdout: stdout, stderr: String(decoding: stderr, as: UTF8.self))
  }

  /// A fresh temporary folder.
  static func temporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "shegong-e2e-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// A copy of the committed sample in a temporary folder, to break on purpose.
  static func copyOfInputs() throws -> String {
    let path = try temporaryFolder() + "/inputs"
    try FileManager.default.copyItem(atPath: inputs, toPath: path)
    return path
  }
}

/// Reads a CSV produced by the tool (quoted fields, CRLF) into rows of fields; test-side only.
func parseCSV(_ text: String) -> [[String]] {
  var rows: [[String]] = []
  var row: [String] = []
  var field = ""
  var quoted = false
  var iterator = Array(text.unicodeScalars.drop { $0 == "\u{FEFF}" }).makeIterator()
  var pending: Unicode.Scalar?
  while let scalar = pending ?? iterator.next() {
    pending = nil
    if quoted {
      if scalar == "\"" {
        if let next = iterator.next() {
          if next == "\"" {
            field.unicodeScalars.append("\"")
          } else {
            quoted = false
            pending = next
          }
        } else {
          quoted = false
        }
      } else {
        field.unicodeScalars.append(scalar)
      }
      continue
    }
    switch scalar {
    case "\"": quoted = true
    case ",":
      row.append(field)
      field = ""
    case "\r": break
    case "\n":
      row.append(field)
      rows.append(row)
      row = []
      field = ""
    default: field.unicodeScalars.append(scalar)
    }
  }
  if !field.isEmpty || !row.isEmpty {
    row.append(field)
    rows.append(row)
  }
  return rows
}
