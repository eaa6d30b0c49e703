import ShegongIngest
import ShegongValidation

/// How one services file is written: as each station's export tool would write it.
struct ServiceLayout {
  /// The file's encoding.
  let encoding: TextEncoding
  /// The file's line ends.
  let lineEnd: ByteSink.LineEnd
  /// Chinese header aliases instead of English names.
  let chinese: Bool
  /// The columns in file order; `note` is always last.
  let columns: [ServiceColumn]
  /// Percent of vocabulary values written as Chinese labels.
  let labelPercent: Int
  /// The usual date spelling.
  let dateStyle: DateStyle
  /// Percent of rows whose date is spelled in some other accepted way.
  let otherDatePercent: Int
  /// Percent of rows that give a start time.
  let startPercent: Int

  private static let standardOrder = ServiceColumn.allCases
  private static let exportOrder: [ServiceColumn] = [
    .date, .recordID, .stationID, .workerID, .beneficiaryID, .serviceType, .startTime, .duration, .caseStage, .note,
  ]

  /// The layout of the single `services.csv` of a small sample.
  static let single = ServiceLayout(
    encoding: .utf8WithBOM, lineEnd: .lf, chinese: false, columns: standardOrder, labelPercent: 15, dateStyle: .iso,
    otherDatePercent: 15, startPercent: 85)

  /// The layout of the month file at `index` (0 for the first month): four kinds in turn,
  /// the second of them GB18030 with Chinese headers and labels.
  static func month(_ index: Int) -> ServiceLayout {
    switch index % 4 {
    case 0:
      return ServiceLayout(
        encoding: .utf8WithBOM, lineEnd: .lf, chinese: false, columns: standardOrder, labelPercent: 0,
        dateStyle: .iso, otherDatePercent: 5, startPercent: 90)
    case 1:
      return ServiceLayout(
        encoding: .gb18030, lineEnd: .crlf, chinese: true, columns: exportOrder, labelPercent: 100,
        dateStyle: .slash, otherDatePercent: 0, startPercent: 80)
    case 2:
      return ServiceLayout(
        encoding: .utf8, lineEnd: .lf, chinese: false, columns: standardOrder, labelPercent: 30,
        dateStyle: .compact, otherDatePercent: 5, startPercent: 90)
    default:
      return ServiceLayout(
        encoding: .utf8WithBOM, lineEnd: .crlf, chinese: true, columns: standardOrder, labelPercent: 100,
        dateStyle: .chinese, otherDatePercent: 0, startPercent: 85)
    }
  }
}
