import ShegongAggregation

/// How the cells of one workbook column look: their number format and how wide their text is.
enum ReportCellStyle: Sendable, Equatable {
  /// Text, left as Excel shows it.
  case text
  /// A whole number, `#,##0`.
  case integer
  /// A ratio shown as a percentage, `0.0%`.
  case ratio
  /// A signed relative change, `+0.0%;-0.0%;0.0%`.
  case change
  /// A signed difference of ratios in percentage points, followed by `suffix`: `+0.0"个百分点"`.
  case points(suffix: String)
  /// Hours or an amount of money with two decimals, `0.00`.
  case hours
  /// A date, `yyyy-mm-dd`.
  case date

  /// The number format of a date cell.
  static let dateFormat = "yyyy-mm-dd"
  /// The number format of a change cell: the sign is always shown.
  static let changeFormat = "+0.0%;-0.0%;0.0%"

  /// The number format of a percentage-point cell: the sign is always shown, and `suffix` after
  /// the number.
  static func pointsFormat(suffix: String) -> String {
    let unit = "\"\(suffix)\""
    return "+0.0\(unit);-0.0\(unit);0.0\(unit)"
  }

  /// The cell format for a data cell of this style; `fill` adds a background colour.
  func format(fill: UInt32? = nil) -> CellFormat? {
    var format: CellFormat
    switch self {
    case .text: format = CellFormat()
    case .integer: format = .integer
    case .ratio: format = .percentage
    case .change: format = CellFormat(numberFormat: Self.changeFormat)
    case .points(let suffix): format = CellFormat(numberFormat: Self.pointsFormat(suffix: suffix))
    case .hours: format = .hours
    case .date: format = CellFormat(numberFormat: Self.dateFormat)
    }
    format.backgroundColor = fill
    return format.isPlain ? nil : format
  }

  /// The text a spreadsheet shows for `value` in this style, for sizing the column.
  func displayText(of value: CellValue) -> String {
    switch value {
    case .text(let text): return text
    case .bool(let flag): return flag ? "TRUE" : "FALSE"
    case .blank: return ""
    case .number(let number):
      switch self {
      case .text: return String(number)
      case .integer: return ReportFormat.integer(Int(number.rounded()))
      case .ratio: return ReportFormat.percent(number)
      case .change: return ReportFormat.change(number)
      case .points(let suffix): return ReportFormat.points(number) + suffix
      case .hours: return ReportFormat.hours(Hundredths(Int((number * 100).rounded())))
      case .date: return "0000-00-00"
      }
    }
  }
}

extension HeadlineKey {
  /// The cell style of the key's values: integer, percentage or hours.
  var cellStyle: ReportCellStyle {
    switch measure {
    case .count: .integer
    case .ratio: .ratio
    case .hours: .hours
    }
  }
}
