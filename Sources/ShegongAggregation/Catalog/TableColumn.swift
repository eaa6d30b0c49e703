import ShegongValidation

/// One column of a table: its key, its header in both languages, its format, where it is shown
/// and how its value is read from a row.
///
/// The metrics JSON writes the key as the member's name, the workbook the header over the
/// column, and the Markdown report's templates name the value by ``templateName``.
public struct TableColumn<Row>: Sendable {
  /// The JSON key (or CSV header) of the column.
  public let key: String
  /// The name the Markdown templates use; the key unless it differs.
  public let templateName: String
  /// The workbook's header.
  public let header: Bilingual
  /// How the workbook formats the column's cells.
  public let format: ColumnFormat
  /// The outputs that show the column.
  public let outputs: ColumnOutputs
  /// Whether the Markdown report gets a flag its templates test (`{{#group}}`) rather than the
  /// words yes or no.
  public let isCondition: Bool
  /// What the workbook and the Markdown report show for ``FieldValue/none``; nil shows an empty
  /// cell and `—`.
  public let missing: Bilingual?
  /// The value of the column in `row`.
  public let value: @Sendable (Row) -> FieldValue

  /// A column named `key`, headed `header`, whose value `value` reads.
  public init(
    _ key: String, _ header: Bilingual, _ format: ColumnFormat = .text, in outputs: ColumnOutputs = .all,
    templateName: String? = nil, isCondition: Bool = false, missing: Bilingual? = nil,
    value: @escaping @Sendable (Row) -> FieldValue
  ) {
    self.key = key
    self.templateName = templateName ?? key
    self.header = header
    self.format = format
    self.outputs = outputs
    self.isCondition = isCondition
    self.missing = missing
    self.value = value
  }

  /// A column with `key`'s JSON key and format, but a header of its own and a value read by
  /// `value`: a figure measured like the headline one but not restricted from it (a worker's own
  /// service hours).
  public init(
    _ key: HeadlineKey, _ header: Bilingual, value: @escaping @Sendable (Row) -> FieldValue
  ) {
    self.init(key.rawValue, header, ColumnFormat(key.measure), value: value)
  }
}

extension TableColumn where Row: FigureRow {
  /// The headline figure `key` restricted to the row, with the key's name, unit and format.
  public static func figure(_ key: HeadlineKey, in outputs: ColumnOutputs = .all) -> TableColumn {
    TableColumn(key.rawValue, key.title, ColumnFormat(key.measure), in: outputs) { row in
      row[key].map(FieldValue.figure) ?? .none
    }
  }
}
