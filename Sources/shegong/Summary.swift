import ShegongValidation

/// The lines printed on standard error about what was read.
enum Summary {
  /// How many rejected rows are shown on the terminal before the rest is only counted.
  static let shownErrors = 20

  /// The first rejected rows as `file:line:column: code: message`, then one line per file
  /// (encoding, rows, accepted, rejected, warnings) and the issue totals.
  static func printFiles(_ validated: ValidatedInputs) {
    let issues = validated.issues
    let records = issues.records
    let errors = records.indices.filter { records[$0].severity == .error }
    for index in errors.prefix(shownErrors) { Terminal.error(issues[index].positionedMessage) }
    if errors.count > shownErrors {
      Terminal.error("… and \(errors.count - shownErrors) more rejected rows; every issue is in the issues CSV")
    }
    for file in validated.files {
      Terminal.error(
        "\(file.name) (\(file.encoding)): \(file.rows) rows, \(file.accepted) accepted, \(file.rejected) rejected, "
          + "\(file.warnings) warnings")
    }
    let warnings = validated.issues.count - errors.count
    Terminal.error("\(validated.issues.count) issues: \(errors.count) errors (rows rejected), \(warnings) warnings")
  }
}
