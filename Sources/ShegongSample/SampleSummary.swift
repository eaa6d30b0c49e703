import ShegongIngest

/// What one `SampleGenerator.write` produced: the files, their rows, and the planted errors.
public struct SampleSummary: Sendable, Equatable {
  /// One file written into the output folder.
  public struct File: Sendable, Equatable {
    /// The path relative to the output folder, `/`-separated (`services/2026-07.csv`).
    public let name: String
    /// The encoding the file is written in.
    public let encoding: TextEncoding
    /// Data rows written (the header and blank lines excluded; 0 for `policy.json`).
    public let rows: Int
    /// Rows that were broken on purpose so that validation rejects them.
    public let plantedRejections: Int
    /// The size of the file in bytes.
    public let bytes: Int
  }

  /// The files written, in the order the generator wrote them.
  public var files: [File]
  /// Issues the planted errors should raise, by SPEC §4 code (`"worker-overlap"`: 3).
  ///
  /// A plant raises exactly the issues counted here when the data is validated as of any
  /// day after the last month: one issue per planted row, except `worker-day-over-limit`,
  /// which counts every accepted service of the worker-day that was pushed over the limit.
  public var plantedIssues: [String: Int]

  /// Data rows written over all files.
  public var totalRows: Int { files.reduce(0) { $0 + $1.rows } }

  /// Data rows written over the files of the services table.
  public var serviceRows: Int {
    files.filter { $0.name == "services.csv" || $0.name.hasPrefix("services/") }.reduce(0) { $0 + $1.rows }
  }
}
