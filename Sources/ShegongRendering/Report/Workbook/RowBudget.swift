/// How many rows of a long list a sheet shows, leaving room for a note when they do not all fit.
struct RowBudget: Equatable {
  /// Excel's rows per worksheet, header included (1 048 576).
  static let excelRowLimit = 1_048_576

  /// The number of items written.
  let shown: Int
  /// Whether some items were left out; a note row then follows the last one shown.
  let isCut: Bool

  /// The budget for `total` items whose first data row is `firstDataRow` (0-based), on a sheet
  /// of `rowLimit` rows that shows at most `sheetRows` items (`--sheet-rows`).
  ///
  /// When every item fits (`total <= sheetRows` and `firstDataRow + total <= rowLimit`) all are
  /// shown. Otherwise the sheet shows `sheetRows` items, or as many as leave the sheet's last row
  /// for the note, whichever is fewer, and the note follows them.
  init(total: Int, firstDataRow: Int, rowLimit: Int = RowBudget.excelRowLimit, sheetRows: Int = .max) {
    if total <= sheetRows, firstDataRow + total <= rowLimit {
      shown = total
      isCut = false
    } else {
      shown = max(0, min(sheetRows, rowLimit - firstDataRow - 1))
      isCut = true
    }
  }
}
