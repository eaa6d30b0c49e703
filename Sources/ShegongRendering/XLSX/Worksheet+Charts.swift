import CXLSXWriter

extension Worksheet {
  /// The shape of `chart_series_set_categories` and `chart_series_set_values`.
  private typealias SeriesRangeSetter = (
    UnsafeMutablePointer<lxw_chart_series>?, UnsafePointer<CChar>?, lxw_row_t, lxw_col_t, lxw_row_t, lxw_col_t
  ) -> Void

  /// Inserts `chart` with its top-left corner at the given cell.
  ///
  /// Calls `workbook_add_chart`, `chart_title_set_name`, `chart_axis_get` and
  /// `chart_axis_set_name`, `chart_add_series` with `chart_series_set_categories`,
  /// `chart_series_set_values` and `chart_series_set_name` for each series,
  /// `chart_legend_set_position`, and finally `worksheet_insert_chart_opt`.
  ///
  /// The chart is checked before anything is handed to libxlsxwriter: it needs at least one
  /// series, every range must lie inside a sheet and name a worksheet of this workbook, and
  /// the scales must be positive.
  ///
  /// - Throws: ``XLSXError`` for a chart that fails those checks, a cell outside the sheet, or
  ///   a NULL chart, axis or series from libxlsxwriter.
  public func insertChart(_ chart: Chart, row: Int, column: Int) throws(XLSXError) {
    let function = "worksheet_insert_chart_opt"
    let (cRow, cColumn, _) = try prepare(row: row, column: column, format: nil, for: function)
    try validate(chart)
    let chartHandle = try XLSXError.nonNull(
      workbook_add_chart(workbook.handle, Self.chartType(chart.kind)), from: "workbook_add_chart",
      "cannot add a chart")
    if let title = chart.title {
      chart_title_set_name(chartHandle, title)
    }
    try setAxisName(chart.categoryAxisName, axis: LXW_CHART_AXIS_TYPE_X, of: chartHandle)
    try setAxisName(chart.valueAxisName, axis: LXW_CHART_AXIS_TYPE_Y, of: chartHandle)
    for series in chart.series {
      let seriesHandle = try XLSXError.nonNull(
        chart_add_series(chartHandle, nil, nil), from: "chart_add_series", "cannot add a chart series")
      try Self.setRange(series.categories, of: seriesHandle, using: chart_series_set_categories)
      try Self.setRange(series.values, of: seriesHandle, using: chart_series_set_values)
      if let name = series.name {
        chart_series_set_name(seriesHandle, name)
      }
    }
    chart_legend_set_position(chartHandle, Self.legendCode(chart.legendPosition))
    var options = lxw_chart_options()
    options.x_scale = chart.widthScale
    options.y_scale = chart.heightScale
    try XLSXError.check(worksheet_insert_chart_opt(handle, cRow, cColumn, chartHandle, &options), from: function)
  }

  /// Throws when `chart` would make libxlsxwriter warn or write a broken chart.
  private func validate(_ chart: Chart) throws(XLSXError) {
    guard !chart.series.isEmpty else {
      throw XLSXError(function: "chart_add_series", message: "a chart needs at least one series")
    }
    for scale in [chart.widthScale, chart.heightScale] where !(scale.isFinite && scale > 0) {
      throw XLSXError(function: "worksheet_insert_chart_opt", message: "chart scale \(scale) is not positive")
    }
    for range in chart.series.flatMap({ [$0.categories, $0.values] }) {
      guard workbook.worksheetNames.contains(range.sheetName) else {
        throw XLSXError(
          function: "chart_series_set_values", message: "chart data refers to a missing sheet \"\(range.sheetName)\"")
      }
      let cells = range.cells
      guard cells.firstRow <= cells.lastRow, cells.firstColumn <= cells.lastColumn else {
        throw XLSXError(function: "chart_series_set_values", message: "chart data range is empty or reversed")
      }
    }
  }

  /// Names one axis of `chart`; calls `chart_axis_get` and `chart_axis_set_name`.
  private func setAxisName(
    _ name: String?, axis: lxw_chart_axis_type, of chart: UnsafeMutablePointer<lxw_chart>
  ) throws(XLSXError) {
    guard let name else { return }
    let axisHandle = try XLSXError.nonNull(
      chart_axis_get(chart, axis), from: "chart_axis_get", "chart has no such axis")
    chart_axis_set_name(axisHandle, name)
  }

  /// Applies `range` to a series with `chart_series_set_categories` or
  /// `chart_series_set_values` (both take a sheet name and two corners).
  private static func setRange(
    _ range: SheetRange, of series: UnsafeMutablePointer<lxw_chart_series>,
    using setter: SeriesRangeSetter
  ) throws(XLSXError) {
    let function = "chart_series_set_values"
    let cells = range.cells
    let firstRow = try CellAddress.row(cells.firstRow, for: function)
    let firstColumn = try CellAddress.column(cells.firstColumn, for: function)
    let lastRow = try CellAddress.row(cells.lastRow, for: function)
    let lastColumn = try CellAddress.column(cells.lastColumn, for: function)
    setter(series, range.sheetName, firstRow, firstColumn, lastRow, lastColumn)
  }

  /// The `lxw_chart_type` value for a chart kind.
  private static func chartType(_ kind: Chart.Kind) -> UInt8 {
    switch kind {
    case .column: UInt8(LXW_CHART_COLUMN.rawValue)
    case .line: UInt8(LXW_CHART_LINE.rawValue)
    }
  }

  /// The `lxw_chart_legend_position` value for a legend position.
  private static func legendCode(_ position: Chart.LegendPosition) -> UInt8 {
    switch position {
    case .none: UInt8(LXW_CHART_LEGEND_NONE.rawValue)
    case .top: UInt8(LXW_CHART_LEGEND_TOP.rawValue)
    case .bottom: UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue)
    case .left: UInt8(LXW_CHART_LEGEND_LEFT.rawValue)
    case .right: UInt8(LXW_CHART_LEGEND_RIGHT.rawValue)
    }
  }
}
