import Foundation
import Testing

@Suite("The command line: help, version, usage errors")
struct CommandLineTests {
  @Test("--help and --version exit 0 and print to stdout")
  func helpAndVersion() throws {
    let help = try CommandRunner.run(["--help"])
    #expect(help.status == 0)
    #expect(help.output.contains("shegong report"))
    let version = try CommandRunner.run(["--version"])
    #expect(version.status == 0)
    #expect(version.output.hasPrefix("shegong "))
    for subcommand in ["report", "validate", "sample"] {
      let result = try CommandRunner.run([subcommand, "--help"])
      #expect(result.status == 0, "\(subcommand) --help")
      #expect(result.output.contains("shegong \(subcommand)"))
    }
  }

  @Test(
    "usage errors exit 2 with a message",
    arguments: [
      ["frobnicate"], ["report", "--lang", "fr"], ["report", "--period", "2026-13"], ["report", "--period"],
      ["validate", "--bogus"], ["sample"], ["sample", "--out", "/tmp/x", "--scale", "huge"],
      ["report", "--as-of", "yesterday"],
    ])
  func usageErrors(arguments: [String]) throws {
    let result = try CommandRunner.run(arguments)
    #expect(result.status == 2)
    #expect(result.stderr.contains("shegong:"))
  }
}
