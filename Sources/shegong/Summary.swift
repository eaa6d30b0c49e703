import ShegongValidation

/// The lines printed on standard error about what was read.
enum Summary {
  /// One line per file: encoding, rows, accepted, rejected, warnings; then issue totals.
  static func printFiles(_ validated: ValidatedInputs) {
    for file in validated.files {
      Terminal.error(
        "\(file.name) (\(file.encoding)): \(file.rows) rows, \(file.accepted) accepted, \(file.rejected) rejected, "
          + "\(file.warnings) warnings")
    }
    let errors = validated.issues.filter { $0.severity == .error }.count
    let warnings = validated.issues.count - errors
    Terminal.error("\(validated.issues.count) issues: \(errors) errors (rows rejected), \(warnings) warnings")
  }
}
