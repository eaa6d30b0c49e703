/// One column of a table kept as columns (`Table`), so that what every column takes alike
/// (reserving room, appending rows of another table) is written once for all of them.
struct TableColumn<Table> {
  /// Reserves room for a number of rows in the column.
  let reserve: (inout Table, Int) -> Void
  /// Appends rows of another table's column.
  let append: (inout Table, Table, Range<Int>) -> Void

  /// The column at `column`.
  init<Element>(_ column: WritableKeyPath<Table, [Element]>) {
    reserve = { table, count in table[keyPath: column].reserveCapacity(count) }
    append = { table, other, rows in table[keyPath: column].append(contentsOf: other[keyPath: column][rows]) }
  }
}

extension Array {
  /// Reserves room for `count` rows in each of these columns of `table`.
  func reserve<Table>(_ count: Int, in table: inout Table) where Element == TableColumn<Table> {
    for column in self { column.reserve(&table, count) }
  }

  /// Appends rows `rows` (runs of rows, in order) of `other` to each of these columns of `table`.
  func append<Table>(_ rows: [Range<Int>], of other: Table, to table: inout Table) where Element == TableColumn<Table> {
    for column in self {
      for run in rows { column.append(&table, other, run) }
    }
  }
}
