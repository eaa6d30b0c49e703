import ShegongAggregation
import ShegongValidation

/// The overdue CSV of SPEC §5 and §7, `overdue-<label>.csv`: every beneficiary overdue on the
/// period's last day, in the list's order, as a ``ListCSV`` of the columns of ``Tables/overdue``.
///
/// Names are masked unless the figures were computed with `--unmasked`; each row is worded from
/// the register only as it is written.
public enum OverdueCSV {
  /// The header row: the keys of ``Tables/overdue``.
  public static let header = Tables.overdue.columns(in: .json).map(\.key)

  /// The file name for `period`: `overdue-2026-06.csv`.
  public static func fileName(for period: Period) -> String {
    "overdue-\(period.label).csv"
  }

  /// Writes the file for `rows`, handing its bytes to `output` in pieces, the rows worded on every
  /// processor (``ListCSV/write(_:rows:rowsPerPiece:to:)``).
  public static func write<Rows: RandomAccessCollection & Sendable, Failure: Error>(
    _ rows: Rows, rowsPerPiece: Int = ListCSV.rowsPerPiece, to output: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) where Rows.Element == OverdueRow, Rows.Index == Int {
    try ListCSV.write(Tables.overdue, rows: rows, rowsPerPiece: rowsPerPiece, to: output)
  }

  /// The whole file's bytes for `rows`.
  public static func bytes<Rows: RandomAccessCollection & Sendable>(
    _ rows: Rows
  ) -> [UInt8] where Rows.Element == OverdueRow, Rows.Index == Int {
    var bytes: [UInt8] = []
    write(rows) { (piece: [UInt8]) in bytes.append(contentsOf: piece) }
    return bytes
  }
}
