import ShegongAggregation

/// `callback-<label>.csv`: the callback sample (SPEC §11), the columns of ``Tables/callback``,
/// UTF-8 with BOM and CRLF like the issues CSV.
public enum CallbackCSV {
  /// `callback-<label>.csv`.
  public static func fileName(for period: Period) -> String {
    "callback-\(period.label).csv"
  }

  /// Writes the list, handing its bytes to `output` in pieces.
  public static func write<Failure: Error>(
    _ rows: [CallbackRow], to output: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) {
    try ListCSV.write(Tables.callback, rows: rows, to: output)
  }

  /// The whole file's bytes.
  public static func bytes(_ rows: [CallbackRow]) -> [UInt8] {
    var bytes: [UInt8] = []
    write(rows) { (piece: [UInt8]) in bytes.append(contentsOf: piece) }
    return bytes
  }
}
