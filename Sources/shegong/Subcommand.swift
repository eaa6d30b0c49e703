import ShegongIngest

/// A subcommand of `shegong` (`report`, `validate`, `sample`): its help text and what it does
/// with the arguments after its name, in the manner of swift-argument-parser's `ParsableCommand`.
protocol Subcommand {
  /// The text `--help` prints.
  static var help: String { get }

  /// Reads the options from `arguments` (calling `finish()` once they are read) and runs;
  /// returns the code to exit with.
  static func run(_ arguments: inout Arguments) throws -> ExitCode
}

extension Subcommand {
  /// Prints the help text when `--help` or `-h` is among `words`, else runs with them.
  static func main(_ words: [String]) throws -> ExitCode {
    var arguments = Arguments(words)
    if arguments.flag("--help") || arguments.flag("-h") {
      Terminal.output(help + "\n")
      return .success
    }
    return try run(&arguments)
  }
}
