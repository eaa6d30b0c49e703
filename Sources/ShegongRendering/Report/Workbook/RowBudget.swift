/// How many rows of a long list fit on a sheet, leaving room for a note when they do not all fit.
struct RowBudget: Equatable {
  /// Excel's rows per worksheet, header included (1 048 576).
  static let excelRowLimit = 1_048_576

  /// The number of items written.
  let shown: Int
  /// Whether some items were left out; a note row then follows the last one shown.
  let isCut: Bool

  /// The budget for `total` items whose first data row is `firstDataRow` (0-based), on a sheet of
  /// `rowLimit` rows.
  ///
  /// When every item fits (`firstDataRow + total <= rowLimit`) all are shown. Otherwise the last
  /// row of the sheet is kept for the note and the rows above it hold items.
  init(total: Int, firstDataRow: Int, rowLimit: Int = RowBudget.excelRowLimit) {
    if firstDataRow + total <= rowLimit {
      shown = total
      isCut = false
    } else {
      shown = max(0, rowLimit - firstDataRow - 1)
      isCut = true
    }
  }
}
