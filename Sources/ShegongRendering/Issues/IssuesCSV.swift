import ShegongAggregation
import ShegongValidation

/// The issues CSV of SPEC §7: UTF-8 with BOM, columns file, line, column, severity, code, message,
/// value, station_id.
public enum IssuesCSV {
  /// The header row: the keys of ``Tables/issues``.
  public static let header = Tables.issues.columns.map(\.key)

  /// The file name for `period`: `issues-2026-06.csv`.
  public static func fileName(for period: Period) -> String {
    "issues-\(period.label).csv"
  }

  /// The whole file's bytes for `issues`, in their given order.
  public static func bytes(_ issues: some Sequence<Issue>) -> [UInt8] {
    var out: [UInt8] = []
    write(issues) { out.append(contentsOf: $0) }
    return out
  }

  /// Writes the file for `issues`, in their given order, handing it to `output` in pieces of
  /// about `chunkSize` bytes, each issue worded only as its row is written: the file of a
  /// province's issues is never held whole.
  public static func write<Failure: Error>(
    _ issues: some Sequence<Issue>, chunkSize: Int = 1 << 20, to output: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) {
    var out: [UInt8] = [0xEF, 0xBB, 0xBF]
    out.reserveCapacity(chunkSize + 4096)
    appendRow(header, to: &out)
    let columns = Tables.issues.columns
    for issue in issues {
      appendRow(columns.map { csvText($0.value(issue)) }, to: &out)
      if out.count >= chunkSize {
        try output(out)
        out.removeAll(keepingCapacity: true)
      }
    }
    if !out.isEmpty { try output(out) }
  }

  /// A cell's text in the CSV: figures as plain numbers, codes rather than labels.
  static func csvText(_ value: FieldValue) -> String {
    switch value {
    case .figure(.count(let count)): String(count)
    case .figure(let figure): figure.text
    case .text(let text): text
    case .term(let code, _): code
    case .label(let label): label.chinese
    case .flag(let flag): flag ? "true" : "false"
    case .day(let day): ReportFormat.day(day)
    case .categories(let categories): categories.map(\.code).joined(separator: ";")
    case .none: ""
    }
  }

  /// Appends one CSV row (CRLF-terminated, fields quoted when they hold `,`, `"` or a line break).
  static func appendRow(_ fields: [String], to out: inout [UInt8]) {
    for (index, field) in fields.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      let utf8 = field.utf8
      let needsQuotes = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
      if needsQuotes {
        out.append(UInt8(ascii: "\""))
        for byte in utf8 {
          out.append(byte)
          if byte == UInt8(ascii: "\"") { out.append(byte) }
        }
        out.append(UInt8(ascii: "\""))
      } else {
        out.append(contentsOf: utf8)
      }
    }
    out.append(contentsOf: [13, 10])
  }
}
