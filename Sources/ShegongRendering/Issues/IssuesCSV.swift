import ShegongAggregation
import ShegongValidation

/// The issues CSV of SPEC §7: a ``ListCSV`` of the columns of ``Tables/issues``.
public enum IssuesCSV {
  /// The header row: the keys of ``Tables/issues``.
  public static let header = Tables.issues.columns(in: .json).map(\.key)

  /// The file name for `period`: `issues-2026-06.csv`.
  public static func fileName(for period: Period) -> String {
    "issues-\(period.label).csv"
  }

  /// Writes the file for `issues`, in their given order, handing its bytes to `output` in pieces.
  public static func write<Failure: Error>(
    _ issues: some Sequence<Issue>, chunkSize: Int = 1 << 20, to output: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) {
    try ListCSV.write(Tables.issues, rows: issues, chunkSize: chunkSize, to: output)
  }

  /// The whole file's bytes for `issues`, in their given order.
  public static func bytes(_ issues: some Sequence<Issue>) -> [UInt8] {
    var bytes: [UInt8] = []
    write(issues, chunkSize: .max) { (piece: [UInt8]) in bytes.append(contentsOf: piece) }
    return bytes
  }
}
