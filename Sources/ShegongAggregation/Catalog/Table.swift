/// A table: its JSON key and its columns, in order.
public struct Table<Row>: Sendable {
  /// The JSON key of the table, such as `by_station`.
  public let key: String
  /// Every column, in the order of SPEC §5 (the JSON's order); the workbook and the Markdown
  /// report take those shown in them in the same order.
  public let columns: [TableColumn<Row>]

  /// A table named `key` with `columns`.
  public init(_ key: String, _ columns: [TableColumn<Row>]) {
    self.key = key
    self.columns = columns
  }

  /// The columns that `output` shows, in order.
  public func columns(in output: ColumnOutputs) -> [TableColumn<Row>] {
    columns.filter { $0.outputs.contains(output) }
  }
}
