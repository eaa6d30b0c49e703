import ShegongIngest

/// A column of the services table, with its English name and Chinese alias.
enum ServiceColumn {
  case record, date, worker, beneficiary, type, duration, station, start, stage, note

  /// The header cell, in English or Chinese.
  func name(chinese: Bool) -> StaticString {
    switch self {
    case .record: return chinese ? "记录编号" : "record_id"
    case .date: return chinese ? "服务日期" : "date"
    case .worker: return chinese ? "服务人员编号" : "worker_id"
    case .beneficiary: return chinese ? "对象编号" : "beneficiary_id"
    case .type: return chinese ? "服务类型" : "service_type"
    case .duration: return chinese ? "服务时长" : "duration"
    case .station: return chinese ? "服务站点" : "station_id"
    case .start: return chinese ? "开始时间" : "start_time"
    case .stage: return chinese ? "个案阶段" : "case_stage"
    case .note: return chinese ? "备注" : "note"
    }
  }
}

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

  private static let standardOrder: [ServiceColumn] = [
    .record, .date, .worker, .beneficiary, .type, .duration, .station, .start, .stage, .note,
  ]
  private static let exportOrder: [ServiceColumn] = [
    .date, .record, .station, .worker, .beneficiary, .type, .start, .duration, .stage, .note,
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
