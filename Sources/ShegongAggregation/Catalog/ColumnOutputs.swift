/// A set of outputs.
public struct ColumnOutputs: OptionSet, Sendable {
  /// The bits.
  public let rawValue: UInt8
  /// Makes a set from its bits.
  public init(rawValue: UInt8) { self.rawValue = rawValue }
  /// The metrics JSON, or for a person-level list its CSV file.
  public static let json = ColumnOutputs(rawValue: 1)
  /// The workbook.
  public static let workbook = ColumnOutputs(rawValue: 2)
  /// The Markdown report.
  public static let markdown = ColumnOutputs(rawValue: 4)
  /// Every output.
  public static let all: ColumnOutputs = [.json, .workbook, .markdown]
  /// The two reports, not the JSON.
  public static let reports: ColumnOutputs = [.workbook, .markdown]
}
