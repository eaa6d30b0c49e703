/// The seeded sample-data generator behind `shegong sample` (SPEC §8).
///
/// `write(to:options:)` writes a complete input folder (SPEC §3): `areas.csv`,
/// `stations.csv`, `workers.csv`, `beneficiaries.csv`, the services table (`services.csv` at
/// tiny scale, else `services/<YYYY-MM>.csv`), `activities.csv`, `attendance.csv` and
/// `policy.json`. The same options always give the same bytes.
///
/// With an error rate of 0 the data raises no issue of SPEC §4 when validated as of any day
/// after the last month. With a rate above 0, about that share of the service, activity and
/// attendance rows is broken, every code of SPEC §4 at least once, and a few broken rows that
/// nothing references are appended to the master files; `SampleSummary.plantedIssues` tells
/// how many issues of each code to expect.
public enum SampleGenerator {
  /// Writes a sample input folder into `directory` (created if needed) and describes it.
  ///
  /// Files of an earlier run that this run does not replace (the other form of the services
  /// table, month files outside the period) are removed; a `services/` folder holding files
  /// the generator did not write makes it stop with `SampleError.conflictingOutput` before
  /// anything is written.
  public static func write(to directory: String, options: SampleOptions) throws(SampleError) -> SampleSummary {
    try options.validate()
    let builder = SampleBuilder(options: options, directory: directory)
    let monthFiles = Set(builder.months.map { "\($0).csv" })
    try OutputFolder.prepare(directory, servicesFolder: builder.plan.servicesFolder, monthFiles: monthFiles)
    builder.buildRegion()
    builder.sizeIDs()
    try builder.writeAreas()
    try builder.writeStations()
    try builder.writeWorkers()
    try builder.writeBeneficiaries()
    try builder.writeActivities()
    try builder.writeServices()
    try builder.writePolicy()
    return SampleSummary(files: builder.writtenFiles, plantedIssues: builder.ledger.byCodeString)
  }
}
