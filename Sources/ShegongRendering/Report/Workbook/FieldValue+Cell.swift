import ShegongAggregation
import ShegongValidation

extension ReportLabels {
  /// The workbook cell of a table cell: a number, or text in this language; for no value,
  /// `missing` (the column's wording for it, or an empty cell).
  func cell(_ value: FieldValue, missing: CellValue) -> CellValue {
    switch value {
    case .figure(let figure): .numberOrBlank(figure.cellNumber)
    case .text(let text): .text(text)
    case .term(_, let label), .label(let label): .text(label.text(language))
    case .flag(let flag): .text(self.flag(flag))
    case .day(let day): .day(day)
    case .categories(let categories): .text(categories.map { label($0) }.joined(separator: listSeparator))
    case .none: missing
    }
  }
}

extension CellValue {
  /// A number cell, or a blank cell for nil (an undefined ratio or amount).
  static func numberOrBlank(_ value: Double?) -> CellValue {
    guard let value else { return .blank }
    return .number(value)
  }

  /// A date cell holding Excel's serial day number for a day (days since 1970-01-01).
  static func day(_ day: Int32) -> CellValue {
    .number(Double(Int(day) + excelSerialOf1970))
  }

  /// Excel's serial number of 1970-01-01 (day 1 is 1900-01-01, counting Excel's 1900-02-29).
  static let excelSerialOf1970 = 25_569
}

extension ReportCellStyle {
  /// The style of a table column's cells.
  init(_ format: ColumnFormat) {
    switch format {
    case .text: self = .text
    case .count: self = .integer
    case .ratio: self = .ratio
    case .hours: self = .hours
    case .date: self = .date
    }
  }
}
