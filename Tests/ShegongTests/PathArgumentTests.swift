import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Runs `shegong validate` on `inputs` under `timeout`, so that a read that hangs fails the test
/// instead of stopping the suite.
private func validateWithTimeout(_ inputs: String) throws -> CommandRunner.Result {
  try CommandRunner.launch(
    URL(fileURLWithPath: "/usr/bin/timeout"),
    ["60", CommandRunner.executable.path, "validate", "--inputs", inputs], describing: ["validate", inputs])
}

@Suite("paths and options: special files, an empty --out, --inputs naming a file, a repeated option")
struct PathArgumentTests {
  @Test("an input that is a FIFO or a device is an exit-3 error naming it, never a hang")
  func specialInputFiles() throws {
    let inputs = try CommandRunner.copyOfInputs()
    try FileManager.default.removeItem(atPath: inputs + "/services")
    try #require(mkfifo(inputs + "/services.csv", 0o644) == 0)
    let fifo = try validateWithTimeout(inputs)
    #expect(fifo.status == 3, "\(fifo.stderr)")
    #expect(fifo.stderr.contains("services.csv is a FIFO (named pipe), not a regular file"), "\(fifo.stderr)")

    try FileManager.default.removeItem(atPath: inputs + "/services.csv")
    try FileManager.default.copyItem(atPath: CommandRunner.inputs + "/services", toPath: inputs + "/services")
    try #require(mkfifo(inputs + "/services/2026-11.csv", 0o644) == 0)
    let inFolder = try validateWithTimeout(inputs)
    #expect(inFolder.status == 3, "\(inFolder.stderr)")
    #expect(inFolder.stderr.contains("services/2026-11.csv is a FIFO"), "\(inFolder.stderr)")

    try FileManager.default.removeItem(atPath: inputs + "/services/2026-11.csv")
    try FileManager.default.removeItem(atPath: inputs + "/policy.json")
    try FileManager.default.createSymbolicLink(atPath: inputs + "/policy.json", withDestinationPath: "/dev/zero")
    let device = try validateWithTimeout(inputs)
    #expect(device.status == 3, "\(device.stderr)")
    #expect(device.stderr.contains("policy.json is a device, not a regular file"), "\(device.stderr)")
  }

  @Test("--inputs naming a file says it is a file, not that it does not exist")
  func inputsIsAFile() throws {
    let result = try CommandRunner.run(["validate", "--inputs", CommandRunner.inputs + "/areas.csv"])
    #expect(result.status == 3)
    #expect(result.stderr.contains("--inputs names a file, not the folder that holds the inputs"), "\(result.stderr)")
    #expect(!result.stderr.contains("does not exist"))
  }

  @Test(
    "an empty --out (or any empty option value) is a usage error, exit 2",
    arguments: [
      ["--out", ""], ["--out="], ["--inputs", ""], ["--period="],
    ])
  func emptyValue(_ arguments: [String]) throws {
    let result = try CommandRunner.run(["report"] + arguments)
    #expect(result.status == 2, "\(result.stderr)")
    #expect(result.stderr.contains("needs a value, not an empty one"), "\(result.stderr)")
  }

  @Test(
    "an option or flag given twice is named as repeated, exit 2",
    arguments: [
      (["--period", "2026-10", "--period", "2026-09"], "--period"),
      (["--lang", "en", "--lang=zh"], "--lang"),
      (["--strict", "--strict"], "--strict"),
    ])
  func repeatedOption(_ arguments: [String], name: String) throws {
    let result = try CommandRunner.run(["report"] + arguments)
    #expect(result.status == 2, "\(result.stderr)")
    #expect(result.stderr.contains("\(name) is given more than once"), "\(result.stderr)")
    #expect(!result.stderr.contains("unknown option"))
  }
}
