import ShegongAggregation
import ShegongValidation

/// The issues CSV of SPEC §7: UTF-8 with BOM, columns file, line, column, severity, code, message, value.
public enum IssuesCSV {
  /// The header row.
  public static let header = ["file", "line", "column", "severity", "code", "message", "value"]

  /// The file name for `period`: `issues-2026-06.csv`.
  public static func fileName(for period: Period) -> String {
    "issues-\(period.label).csv"
  }

  /// The whole file's bytes for `issues`, in their given order.
  public static func bytes(_ issues: [Issue]) -> [UInt8] {
    var out: [UInt8] = [0xEF, 0xBB, 0xBF]
    out.reserveCapacity(64 + issues.count * 96)
    appendRow(header, to: &out)
    for issue in issues {
      appendRow(
        [
          issue.file, String(issue.line), issue.column, issue.severity.rawValue, issue.code.rawValue, issue.message,
          issue.value,
        ],
        to: &out)
    }
    return out
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
