import Foundation
import ShegongIngest
import ShegongRendering

/// Runs the subcommand named by the first argument and returns the process's exit code.
func runCommand(_ arguments: [String]) -> Int32 {
  guard let subcommand = arguments.first else {
    Terminal.error(Help.overview)
    return 2
  }
  let rest = Array(arguments.dropFirst())
  do {
    switch subcommand {
    case "--help", "-h", "help":
      Terminal.output(Help.overview + "\n")
      return 0
    case "--version":
      Terminal.output("shegong \(Version.current)\n")
      return 0
    case "validate":
      return try ValidateCommand.run(rest)
    case "report":
      return try ReportCommand.run(rest)
    case "sample":
      return try SampleCommand.run(rest)
    default:
      throw UsageError(description: "unknown subcommand \(subcommand)")
    }
  } catch let error as UsageError {
    Terminal.error("shegong: \(error.description)\nRun 'shegong --help' for usage.")
    return 2
  } catch let error as IngestError {
    Terminal.error("shegong: \(error.description)")
    return 3
  } catch let error as TemplateError {
    Terminal.error("shegong: \(error.description)")
    return 3
  } catch {
    Terminal.error("shegong: \(error)")
    return 1
  }
}

// With a file size limit (`ulimit -f`) reached, a write fails with EFBIG and is reported; by default
// the signal would kill the run without a word.
signal(SIGXFSZ, SIG_IGN)
LargeBlocks.returnWhenFreed()
exit(runCommand(Array(CommandLine.arguments.dropFirst())))
