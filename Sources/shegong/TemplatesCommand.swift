import Foundation
import ShegongIngest
import ShegongRendering

/// `shegong templates`: write the built-in report templates into a folder, for a bureau to edit
/// and pass back with `shegong report --templates DIR` (SPEC §7).
enum TemplatesCommand: Subcommand {
  /// A template file that cannot be written, or one that is there already and is kept.
  struct Failure: CommandError {
    var description: String
    var exitCode: ExitCode { .failure }
  }

  /// The text of `shegong templates --help`.
  static let help = Help.templates

  /// Writes `report.zh.md` and `report.en.md` into `--out`, creating it when needed; a template
  /// file already there is left as it is (it may hold a bureau's edits) and fails the run.
  static func run(_ arguments: inout Arguments) throws -> ExitCode {
    guard let out = try arguments.option("--out") else { throw UsageError(description: "templates needs --out DIR") }
    let quiet = arguments.flag("--quiet")
    try arguments.finish()
    let paths = ReportLanguage.allCases.map { (out.hasSuffix("/") ? out : out + "/") + $0.templateFileName }
    let existing = paths.filter { FileManager.default.fileExists(atPath: $0) }
    guard existing.isEmpty else {
      throw Failure(
        description:
          "\(existing.joined(separator: " and ")) already \(existing.count == 1 ? "exists" : "exist"); nothing was written "
          + "(move the edited templates away, or name another folder)")
    }
    do {
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
      for (language, path) in zip(ReportLanguage.allCases, paths) {
        try Data(ReportTemplates.builtIn(language)).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
      }
    } catch {
      throw Failure(description: "cannot write the templates into \(out): \(error.localizedDescription)")
    }
    if !quiet {
      Terminal.error("shegong: wrote \(paths.joined(separator: " and ")); pass the folder back with --templates \(out)")
    }
    return .success
  }
}
