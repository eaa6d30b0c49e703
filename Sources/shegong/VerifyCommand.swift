import ShegongIngest

/// `shegong verify`: checks a report folder (and optionally its inputs) against its manifests.
enum VerifyCommand: Subcommand {
  /// The text of `shegong verify --help`.
  static let help = Help.verify

  /// Reads the options of `shegong verify` and checks; returns 0 when every file matches, 5 when
  /// one is changed, missing or unlisted (each named on standard error).
  static func run(_ arguments: inout Arguments) throws -> ExitCode {
    guard let out = try arguments.option("--out") else {
      throw UsageError(description: "verify needs --out DIR, the report folder to check")
    }
    let inputs = try arguments.option("--inputs")
    let period = try arguments.option("--period")
    let quiet = arguments.flag("--quiet")
    try arguments.finish()

    let check = try ReportFolderCheck(out: out, period: period)
    var findings = check.checkOutputs()
    if let inputs { findings += check.checkInputs(inputs) }
    for finding in findings {
      let source = finding.manifest.isEmpty ? "listed in no manifest of \(out)" : "against \(finding.manifest)"
      Terminal.error("shegong: \(finding.kind.rawValue): \(finding.path) (\(source))")
    }
    if !quiet {
      let names = check.manifests.map(\.name).joined(separator: ", ")
      let files = check.manifests.reduce(0) {
        $0 + $1.manifest.outputs.count + (inputs == nil ? 0 : $1.manifest.inputs.count)
      }
      Terminal.error(
        findings.isEmpty
          ? "shegong: verify: \(files) files match \(names)"
          : "shegong: verify: \(findings.count) of the files differ from \(names)")
    }
    return findings.isEmpty ? .success : .reportChanged
  }
}
