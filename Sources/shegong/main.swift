import Foundation
import ShegongIngest

/// Runs the subcommand named by the first argument and returns the code the process exits with.
///
/// Every error ends here: its message goes to standard error, a usage error's with a pointer to
/// `--help`, and the process exits with the error's ``CommandError/exitCode`` (1 for an error
/// of any other type).
func runCommand(_ arguments: [String]) -> ExitCode {
  guard let subcommand = arguments.first else {
    Terminal.error(Help.overview)
    return .usage
  }
  let rest = Array(arguments.dropFirst())
  do {
    switch subcommand {
    case "--help", "-h", "help":
      Terminal.output(Help.overview + "\n")
      return .success
    case "--version":
      Terminal.output("shegong \(Version.current)\n")
      return .success
    case "validate":
      return try ValidateCommand.main(rest)
    case "report":
      return try ReportCommand.main(rest)
    case "verify":
      return try VerifyCommand.main(rest)
    case "sample":
      return try SampleCommand.main(rest)
    case "templates":
      return try TemplatesCommand.main(rest)
    default:
      throw UsageError(description: "unknown subcommand \(subcommand)")
    }
  } catch {
    let code = (error as? any CommandError)?.exitCode ?? .failure
    Terminal.error("shegong: \(error)" + (code == .usage ? "\nRun 'shegong --help' for usage." : ""))
    return code
  }
}

// With a file size limit (`ulimit -f`) reached, a write fails with EFBIG and is reported; by default
// the signal would kill the run without a word.
signal(SIGXFSZ, SIG_IGN)
LargeBlocks.returnWhenFreed()
exit(runCommand(Array(CommandLine.arguments.dropFirst())).rawValue)
