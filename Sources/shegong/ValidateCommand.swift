import ShegongIngest
import ShegongRendering
import ShegongValidation

/// `shegong validate`: checks only; the issues CSV on standard output.
enum ValidateCommand: Subcommand {
  /// The text of `shegong validate --help`.
  static let help = Help.validate

  /// Reads the options of `shegong validate` and checks the inputs; returns the code to exit with.
  static func run(_ arguments: inout Arguments) throws -> ExitCode {
    let inputs = try arguments.option("--inputs") ?? "Inputs"
    let asOf = try Dates.asOf(try arguments.option("--as-of"))
    let unmasked = arguments.flag("--unmasked")
    let quiet = arguments.flag("--quiet")
    try arguments.finish()

    let folder = try InputFolder(path: inputs)
    let validated = try Validator.validate(
      folder, options: ValidationOptions(asOf: asOf, unmasked: unmasked, threads: Threads.requested))
    // Streamed in pieces, each issue worded as its row is written: never the whole file at once.
    IssuesCSV.write(validated.issues) { (piece: [UInt8]) in Terminal.write(piece, to: 1) }
    if !quiet { Summary.printFiles(validated) }
    return validated.files.contains { $0.rejected > 0 } ? .rowsRejected : .success
  }
}
