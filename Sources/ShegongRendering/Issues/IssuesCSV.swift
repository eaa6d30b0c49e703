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

  /// Writes the file for `issues`, in their given order, handing its bytes to `output` in pieces,
  /// each issue worded as its row is written, on every processor
  /// (``ListCSV/write(_:rows:rowsPerPiece:to:)``).
  public static func write<Issues: RandomAccessCollection<Issue> & Sendable, Failure: Error>(
    _ issues: Issues, rowsPerPiece: Int = ListCSV.rowsPerPiece, to output: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) where Issues.Index == Int {
    try ListCSV.write(Tables.issues, rows: issues, rowsPerPiece: rowsPerPiece, to: output)
  }

  /// The whole file's bytes for `issues`, in their given order.
  public static func bytes<Issues: RandomAccessCollection<Issue> & Sendable>(
    _ issues: Issues
  ) -> [UInt8] where Issues.Index == Int {
    var bytes: [UInt8] = []
    write(issues) { (piece: [UInt8]) in bytes.append(contentsOf: piece) }
    return bytes
  }
}
