import Foundation

/// A fresh folder under the system's temporary directory, for one test's files.
struct TemporaryFolder {
  /// The folder.
  let url: URL

  /// Creates a new, empty folder.
  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("shegong-rendering-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// The path of `name` inside the folder.
  func path(_ name: String) -> String {
    url.appendingPathComponent(name).path
  }

  /// Deletes the folder and everything in it.
  func remove() {
    try? FileManager.default.removeItem(at: url)
  }
}

/// A failure to run a helper program.
struct HelperFailure: Error, CustomStringConvertible {
  let description: String
}

/// Runs `executable` with `arguments`, returning its exit status and standard output.
func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: Data) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  let pipe = Pipe()
  process.standardOutput = pipe
  process.standardError = FileHandle.nullDevice
  try process.run()
  let output = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, output)
}

/// An `.xlsx` file read back through `unzip`.
struct XLSXPackage {
  /// The file.
  let path: String

  /// The names of the entries in the ZIP container.
  func entries() throws -> [String] {
    let (status, output) = try run("/usr/bin/unzip", ["-Z1", path])
    guard status == 0 else { throw HelperFailure(description: "unzip -Z1 \(path) exited with \(status)") }
    return String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
  }

  /// The text of one entry, such as `xl/workbook.xml`.
  func text(of entry: String) throws -> String {
    let (status, output) = try run("/usr/bin/unzip", ["-p", path, entry])
    guard status == 0 else { throw HelperFailure(description: "unzip -p \(path) \(entry) exited with \(status)") }
    return String(decoding: output, as: UTF8.self)
  }
}

/// Whether two files hold the same bytes, as `cmp -s` sees it.
func filesAreIdentical(_ first: String, _ second: String) throws -> Bool {
  try run("/usr/bin/cmp", ["-s", first, second]).status == 0
}
