import ShegongValidation

/// The value of one cell of a table row, as every output reads it.
///
/// Each output shows it its own way: the metrics JSON writes codes and Chinese labels, the
/// workbook and the Markdown report labels in the report's language.
public enum FieldValue: Sendable, Equatable {
  /// A figure: a count, a ratio, hours.
  case figure(FigureValue)
  /// Text shown as it is: an id, a name, a code.
  case text(String)
  /// A vocabulary value: JSON writes its code, the reports its label.
  case term(code: String, label: Bilingual)
  /// A label: JSON writes the Chinese one, the reports the one of their language.
  case label(Bilingual)
  /// A yes-or-no fact.
  case flag(Bool)
  /// A day.
  case day(Day)
  /// A beneficiary's categories: JSON writes their codes, the reports their labels.
  case categories([ShegongValidation.Category])
  /// No value: JSON writes `null`; the reports show the column's ``TableColumn/missing`` text or nothing.
  case none

  /// A vocabulary value's code and labels.
  static func term(_ value: some Vocabulary) -> FieldValue {
    .term(code: value.code, label: Bilingual(value))
  }

  /// A count.
  public static func count(_ value: Int) -> FieldValue {
    .figure(.count(value))
  }
}
