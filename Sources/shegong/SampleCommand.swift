import ShegongIngest
import ShegongSample

/// `shegong sample`: write a complete input folder from the seeded generator.
enum SampleCommand: Subcommand {
  /// The text of `shegong sample --help`.
  static let help = Help.sample

  /// Reads the options of `shegong sample` and writes the sample; returns the code to exit with.
  static func run(_ arguments: inout Arguments) throws -> ExitCode {
    guard let out = try arguments.option("--out") else { throw UsageError(description: "sample needs --out DIR") }
    var options = SampleOptions()
    if let scale = try arguments.option("--scale") {
      guard let parsed = SampleOptions.Scale(rawValue: scale) else {
        throw UsageError(description: "--scale must be tiny, county or province, not \(scale)")
      }
      options.scale = parsed
    }
    if let seed = try arguments.option("--seed") {
      guard let parsed = UInt64(seed) else { throw UsageError(description: "--seed must be a whole number ≥ 0") }
      options.seed = parsed
    }
    if let services = try arguments.option("--services") {
      guard let parsed = Int(services), parsed >= 0 else {
        throw UsageError(description: "--services must be a whole number ≥ 0")
      }
      options.services = parsed
    }
    for (name, keyPath) in [("--from", \SampleOptions.from), ("--to", \.to)] {
      guard let text = try arguments.option(name) else { continue }
      guard let month = SampleMonth(text) else { throw UsageError(description: "\(name) must be YYYY-MM, not \(text)") }
      options[keyPath: keyPath] = month
    }
    if let rate = try arguments.option("--error-rate") {
      guard let parsed = Double(rate), parsed >= 0, parsed <= 1 else {
        throw UsageError(description: "--error-rate must be a number from 0 to 1")
      }
      options.errorRate = parsed
    }
    let quiet = arguments.flag("--quiet")
    try arguments.finish()
    try options.validate()
    let summary = try SampleGenerator.write(to: out, options: options)
    if !quiet {
      Terminal.error(
        "shegong: wrote \(summary.files.count) files, \(summary.totalRows) rows "
          + "(\(summary.serviceRows) services) into \(out)")
      if options.errorRate > 0 {
        let planted = summary.plantedIssues.keys.sorted().map { "\($0) \(summary.plantedIssues[$0] ?? 0)" }
        Terminal.error("shegong: planted issues: " + planted.joined(separator: ", "))
      }
    }
    return .success
  }
}
