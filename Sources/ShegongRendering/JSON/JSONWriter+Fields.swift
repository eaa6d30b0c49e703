import ShegongAggregation

extension JSONWriter {
  /// Writes a figure: an integer, a ratio (`null` when undefined), or hours with two places.
  public mutating func figure(_ value: FigureValue) {
    switch value {
    case .count(let count): integer(count)
    case .ratio(let ratio): double(ratio)
    case .minutes(let minutes): hours(minutes: minutes)
    case .hundredths(let hundredths): decimal(hundredths)
    }
  }

  /// Writes a table cell as the metrics JSON shows it: codes and Chinese labels, `null` for no value.
  public mutating func field(_ value: FieldValue) {
    switch value {
    case .figure(let figure): self.figure(figure)
    case .text(let text): string(text)
    case .term(let code, _): string(code)
    case .label(let label): string(label.chinese)
    case .flag(let flag): bool(flag)
    case .day(let day): date(day)
    case .none: null()
    case .categories(let categories):
      beginArray(inline: true)
      for category in categories { string(category.code) }
      endArray()
    }
  }
}
