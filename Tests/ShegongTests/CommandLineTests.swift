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
      ["report", "--as-of", "yesterday"], ["report", "--sheet-rows", "0"], ["report", "--sheet-rows", "-5"],
      ["report", "--sheet-rows", "1.5"], ["report", "--sheet-rows", "many"],
    ])
  func usageErrors(arguments: [String]) throws {
    let result = try CommandRunner.run(arguments)
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("shegong: "))
    #expect(result.stderr.hasSuffix("\nRun 'shegong --help' for usage.\n"))
  }

  @Test("sample options that contradict each other are a usage error, with the generator's message")
  func contradictorySampleOptions() throws {
    let folder = try CommandRunner.temporaryFolder()
    let result = try CommandRunner.run(["sample", "--out", folder + "/in", "--from", "2026-10", "--to", "2026-07"])
    #expect(result.status == 2)
    #expect(result.stderr == "shegong: --to 2026-07 is before --from 2026-10\nRun 'shegong --help' for usage.\n")
    #expect(!FileManager.default.fileExists(atPath: folder + "/in"))
  }

  @Test("no subcommand: the overview on standard error, exit 2")
  func noSubcommand() throws {
    let result = try CommandRunner.run([])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("shegong — "))
    #expect(result.output.isEmpty)
  }
}
