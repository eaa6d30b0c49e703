import ShegongAggregation

/// One column of a table of `Item`s: its header, its cell style and how to read a cell.
struct SheetColumn<Item> {
  /// What the column shows; gives the header.
  var column: ReportColumn
  /// The style of the data cells.
  var style: ReportCellStyle
  /// The cell of one item.
  var value: (Item) -> CellValue

  /// A column of `style` reading each cell with `value`.
  init(_ column: ReportColumn, _ style: ReportCellStyle, _ value: @escaping (Item) -> CellValue) {
    self.column = column
    self.style = style
    self.value = value
  }

  /// The header in `language`.
  func header(_ language: ReportLanguage) -> String {
    column.header(language)
  }
}

extension CellValue {
  /// A number cell, or a blank cell for nil (an undefined ratio or amount).
  static func numberOrBlank(_ value: Double?) -> CellValue {
    guard let value else { return .blank }
    return .number(value)
  }

  /// A date cell holding Excel's serial day number for a day (days since 1970-01-01), or a
  /// blank cell for nil.
  static func day(_ day: Int32?) -> CellValue {
    guard let day else { return .blank }
    return .number(Double(Int(day) + excelSerialOf1970))
  }

  /// Excel's serial number of 1970-01-01 (day 1 is 1900-01-01, counting Excel's 1900-02-29).
  static let excelSerialOf1970 = 25_569
}

extension CellValue {
  /// A number cell holding a sum of minutes as hours rounded half-up to two decimals.
  static func hours(minutes: Int) -> CellValue {
    .number(Hundredths.hours(minutes: minutes).doubleValue)
  }

  /// A number cell holding hours or money with two decimals, or a blank cell for nil.
  static func hundredths(_ value: Hundredths?) -> CellValue {
    numberOrBlank(value?.doubleValue)
  }
}
