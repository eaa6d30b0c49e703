import ShegongIngest

/// The validation stage: reads an inputs folder and returns its accepted rows and issues.
public enum Validator {
  /// Validates every file of `folder` in SPEC §4's order: areas, stations, workers,
  /// beneficiaries, activities, attendance, services.
  ///
  /// Throws only what makes the inputs unusable (exit 3); everything else becomes an issue.
  public static func validate(_ folder: InputFolder, options: ValidationOptions) throws(IngestError) -> ValidatedInputs
  {
    var policy = Policy()
    if let entry = folder.policy {
      let file = try TextFile.load(path: entry.path, name: entry.name)
      policy = try PolicyReader.parse(Array(file.bytes), file: entry.name)
    }
    let run = ValidationRun(options: options, policy: policy)
    try run.validateAreas(folder.areas)
    try run.validateStations(folder.stations)
    try run.validateWorkers(folder.workers)
    try run.validateBeneficiaries(folder.beneficiaries)
    if let activities = folder.activities { try run.validateActivities(activities) }
    try run.validateAttendance(folder.attendance)
    try run.validateServices(folder.services)
    run.inputs.issues = run.sortedIssues()
    return run.inputs
  }
}
