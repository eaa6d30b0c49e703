import ShegongAggregation
import ShegongIngest
import ShegongRendering
import ShegongValidation

/// `shegong report`: validate, compute the figures of one period, write every output at once.
enum ReportCommand: Subcommand {
  /// The options of one report run.
  struct Options {
    var inputs = "Inputs"
    var period: String?
    var out: String?
    /// The folder of edited templates; nil for the built-in ones.
    var templates: String?
    var language = ReportLanguage.chinese
    var asOf: Day = 0
    var strict = false
    var unmasked = false
    var quiet = false
    /// `--callback-sample N`: how many beneficiaries to draw for confirmation calls.
    var callbackSample: Int?
    var sheetRows = ReportWorkbook.defaultSheetRows
    /// `--feedback`: a workbook for each station with issues or overdue people.
    var feedback = false
    /// `--suppress-below N`: small counts hidden in the Markdown, or nil.
    var smallCells: SmallCells?
  }

  /// The text of `shegong report --help`.
  static let help = Help.report

  /// Reads the options of `shegong report` and writes the report; returns the code to exit with.
  static func run(_ arguments: inout Arguments) throws -> ExitCode {
    var options = Options()
    options.inputs = try arguments.option("--inputs") ?? options.inputs
    options.period = try arguments.option("--period")
    options.out = try arguments.option("--out")
    options.templates = try arguments.option("--templates")
    if let language = try arguments.option("--lang") {
      guard let parsed = ReportLanguage(rawValue: language) else {
        throw UsageError(description: "--lang must be zh or en, not \(language)")
      }
      options.language = parsed
    }
    options.asOf = try Dates.asOf(try arguments.option("--as-of"))
    options.strict = arguments.flag("--strict")
    options.unmasked = arguments.flag("--unmasked")
    options.quiet = arguments.flag("--quiet")
    options.feedback = arguments.flag("--feedback")
    if let text = try arguments.option("--callback-sample") {
      guard let count = Int(text), count >= 0 else {
        throw UsageError(description: "--callback-sample must be a whole number ≥ 0, not \(text)")
      }
      options.callbackSample = count
    }
    if let text = try arguments.option("--sheet-rows") {
      guard let rows = Int(text), rows > 0 else {
        throw UsageError(description: "--sheet-rows must be a positive whole number, not \(text)")
      }
      options.sheetRows = rows
    }
    if let text = try arguments.option("--suppress-below") {
      guard let threshold = Int(text), let smallCells = SmallCells(below: threshold) else {
        throw UsageError(description: "--suppress-below must be a whole number of at least 2, not \(text)")
      }
      options.smallCells = smallCells
    }
    try arguments.finish()
    var requested: Period?
    if let text = options.period {
      guard let period = Period(parsing: text) else {
        throw UsageError(description: "--period \(text) is not YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY")
      }
      requested = period
    }
    // Everything that can be checked without the inputs is checked before they are read (SPEC §2).
    let template = try ReportTemplates.load(options.language, from: options.templates)
    try ReportMarkdown.check(
      template, language: options.language, period: requested ?? .month(containing: options.asOf))
    try OutputFolder.checkWritable(options.out ?? requested.map { "Reports/\($0.label)" } ?? "Reports")
    return try report(options, period: requested, arguments: arguments, template: template)
  }

  private static func report(
    _ options: Options, period requested: Period?, arguments: Arguments, template: Template
  ) throws -> ExitCode {
    // Before any other thread starts, so that every thread leaves these signals to it.
    SignalCleanup.shared.start()
    let timer = StageTimer()
    let folder = try InputFolder(path: options.inputs)
    // The inputs are hashed on a thread of their own while they are validated: reading them
    // twice costs less than a pass of its own after validation (the second read comes from the
    // page cache).
    let manifest = ReportManifest(arguments: ["report"] + arguments.given, folder: folder)
    let progress = ProgressLine.start(for: folder, quiet: options.quiet)
    let validated: ValidatedInputs
    do {
      defer { progress?.stop() }
      validated = try Validator.validate(
        folder,
        options: ValidationOptions(
          asOf: options.asOf, unmasked: options.unmasked, progress: progress?.counter, threads: Threads.requested))
    }
    timer.lap("ingest+validate")

    let period: Period
    if let requested {
      period = requested
    } else if let latest = Period.defaultPeriod(for: validated) {
      period = latest
      if !options.quiet { Terminal.error("shegong: period \(period.label) (the latest month with records)") }
    } else {
      period = Period.month(containing: options.asOf)
      if !options.quiet {
        Terminal.error("shegong: no accepted service or activity; reporting on the as-of month \(period.label)")
      }
    }

    let figures = Aggregator.figures(
      for: period, from: validated, options: AggregationOptions(unmasked: options.unmasked, threads: Threads.requested))
    timer.lap("aggregate")
    let outPath = options.out ?? "Reports/\(period.label)"
    let documents = try ReportDocuments(
      figures: figures, validated: validated, language: options.language, sheetRows: options.sheetRows,
      feedback: options.feedback, template: template, smallCells: options.smallCells,
      callback: options.callbackSample.map {
        CallbackSample.rows(count: $0, period: period, from: validated, unmasked: options.unmasked)
      })
    timer.lap("render markdown + callback sample")

    let output = try OutputFolder(path: outPath, quiet: options.quiet)
    try documents.write(into: output, timer: timer)
    try manifest.write(into: output, validated: validated, period: period)
    timer.lap("manifest")
    try output.commit()
    timer.lap("commit")
    timer.report()

    let rows = validated.files.reduce(0) { $0 + $1.rows }
    let rejected = validated.files.reduce(0) { $0 + $1.rejected }
    if !options.quiet {
      let tenths = timer.elapsedTenths
      Terminal.error(
        "shegong: \(period.label): \(rows) rows read, \(rejected) rejected, \(validated.issues.count) issues; "
          + "reports in \(outPath) (\(tenths / 10).\(tenths % 10) s)")
    }
    return options.strict && rejected > 0 ? .rowsRejected : .success
  }
}
