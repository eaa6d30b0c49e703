/// What one report run read and wrote, with every file's size and SHA-256 (SPEC §11,
/// `manifest-<label>.json`): enough for anyone to check later that a report folder, and the
/// inputs it came from, are what the run left.
///
/// The manifest holds no clock, so two runs with the same inputs and arguments write the same one.
public struct RunManifest: Sendable, Equatable {
  /// The schema the document declares.
  public static let schema = "shegong.manifest/1"

  /// One file with its size and digest; inputs also carry their encoding and data rows.
  public struct File: Sendable, Equatable {
    /// The path: for an input, its name in reports (`services/a.csv`); for an output, relative
    /// to the report folder (`feedback/S01-2026-10.xlsx`).
    public var file: String
    /// The size in bytes.
    public var bytes: Int
    /// The SHA-256 of the bytes, in lowercase hexadecimal.
    public var sha256: String
    /// The encoding detected (inputs only).
    public var encoding: String?
    /// The data rows read (inputs only).
    public var rows: Int?

    /// Creates a file entry.
    public init(file: String, bytes: Int, sha256: String, encoding: String? = nil, rows: Int? = nil) {
      self.file = file
      self.bytes = bytes
      self.sha256 = sha256
      self.encoding = encoding
      self.rows = rows
    }
  }

  /// The period reported on: its label and first and last days (`YYYY-MM-DD`).
  public struct PeriodSpan: Sendable, Equatable {
    /// `2026-10`, `2026-Q3`, …
    public var label: String
    /// The first day.
    public var start: String
    /// The last day.
    public var end: String

    /// Creates a period entry.
    public init(label: String, start: String, end: String) {
      self.label = label
      self.start = start
      self.end = end
    }
  }

  /// The tool's name.
  public var toolName: String
  /// The tool's version.
  public var toolVersion: String
  /// The command's arguments as given, the subcommand first.
  public var arguments: [String]
  /// The as-of day, `YYYY-MM-DD`.
  public var asOf: String
  /// The period reported on.
  public var period: PeriodSpan
  /// The input files, in reading order.
  public var inputs: [File]
  /// Every other file the run wrote, relative to the report folder, sorted bytewise.
  public var outputs: [File]

  /// Creates a manifest; the outputs are sorted bytewise by path.
  public init(
    toolName: String, toolVersion: String, arguments: [String], asOf: String, period: PeriodSpan, inputs: [File],
    outputs: [File]
  ) {
    self.toolName = toolName
    self.toolVersion = toolVersion
    self.arguments = arguments
    self.asOf = asOf
    self.period = period
    self.inputs = inputs
    self.outputs = outputs.sorted { bytewiseLess($0.file, $1.file) }
  }

  /// The file name of the manifest of the period labelled `label`.
  public static func fileName(label: String) -> String {
    "manifest-\(label).json"
  }
}
