/// A chart to insert into a worksheet: its kind, title, axis names and data series.
///
/// Series refer to cells by sheet and range, so the chart shows whatever those cells hold
/// when the file is opened.
public struct Chart: Sendable, Hashable {
  /// The chart types this wrapper offers.
  public enum Kind: Sendable, Hashable {
    /// Vertical bars (`LXW_CHART_COLUMN`).
    case column
    /// Lines through the points (`LXW_CHART_LINE`).
    case line
  }

  /// Where the legend goes.
  public enum LegendPosition: Sendable, Hashable {
    /// No legend.
    case none
    /// Above the plot.
    case top
    /// Below the plot.
    case bottom
    /// Left of the plot.
    case left
    /// Right of the plot (Excel's default).
    case right
  }

  /// One data series: a name for the legend, category labels and values.
  public struct Series: Sendable, Hashable {
    /// The legend entry; `nil` lets Excel name it `Series1`, `Series2`, ….
    public var name: String?
    /// The category labels (the x axis), usually a column of names or months.
    public var categories: SheetRange
    /// The values, as many cells as there are categories.
    public var values: SheetRange

    /// Makes a series from its ranges.
    public init(name: String? = nil, categories: SheetRange, values: SheetRange) {
      self.name = name
      self.categories = categories
      self.values = values
    }
  }

  /// The chart type.
  public var kind: Kind
  /// The title above the chart; `nil` for none (Excel then shows a lone series' name).
  public var title: String?
  /// The name shown along the category (x) axis.
  public var categoryAxisName: String?
  /// The name shown along the value (y) axis.
  public var valueAxisName: String?
  /// The data series, drawn in order; at least one is needed.
  public var series: [Series]
  /// Where the legend goes.
  public var legendPosition: LegendPosition
  /// Width relative to libxlsxwriter's default of 480 pixels.
  public var widthScale: Double
  /// Height relative to libxlsxwriter's default of 288 pixels.
  public var heightScale: Double

  /// Makes a chart description.
  public init(
    kind: Kind, title: String? = nil, categoryAxisName: String? = nil, valueAxisName: String? = nil,
    series: [Series], legendPosition: LegendPosition = .bottom, widthScale: Double = 1, heightScale: Double = 1
  ) {
    self.kind = kind
    self.title = title
    self.categoryAxisName = categoryAxisName
    self.valueAxisName = valueAxisName
    self.series = series
    self.legendPosition = legendPosition
    self.widthScale = widthScale
    self.heightScale = heightScale
  }
}
