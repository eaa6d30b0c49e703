/// Writes the ``SheetBlock``s of one worksheet: column widths first, then every row from top to
/// bottom.
struct SheetWriter {
  /// How many data rows of a block are measured for column widths; longer tables are sized by
  /// their first rows, which keeps sizing cheap for a million issues.
  static let measuredRows = 2_000
  /// Extra width in a header cell for the autofilter's drop-down button.
  static let filterButtonWidth = 2
  /// The narrowest column.
  static let minimumWidth = 6.0
  /// The widest column; longer text is cut off at the cell's edge unless the next cell is empty.
  static let maximumWidth = 60.0

  /// The sheet written to.
  let sheet: Worksheet
  /// The blocks, in any order.
  let blocks: [SheetBlock]
  /// Blocks whose headers carry autofilter buttons (by index into `blocks`).
  var filteredBlocks: Set<Int> = []

  /// Sets the width of every column that a sizing block covers, then writes all cells.
  func write() throws(XLSXError) {
    for (column, width) in columnWidths().sorted(by: { $0.key < $1.key }) {
      try sheet.setColumnWidth(width, column: column)
    }
    try writeRows()
  }

  /// The width of each column: enough for its widest header or measured cell, with CJK text
  /// counting two per character.
  func columnWidths() -> [Int: Double] {
    var widths: [Int: Double] = [:]
    for (index, block) in blocks.enumerated() where block.sizedColumns > 0 {
      let buttonWidth = filteredBlocks.contains(index) ? Self.filterButtonWidth : 0
      var texts = [[String]](repeating: [], count: block.columnCount)
      for (offset, header) in block.headers.enumerated() {
        texts[offset].append(header + String(repeating: " ", count: buttonWidth))
      }
      for row in 0..<min(block.rowCount, Self.measuredRows) {
        let styles = block.styles(ofRow: row)
        for (offset, value) in block.cells(row).enumerated() where offset < texts.count {
          let style = offset < styles.count ? styles[offset] : .text
          texts[offset].append(style.displayText(of: value))
        }
      }
      for (offset, columnTexts) in texts.enumerated() where offset < block.sizedColumns {
        let width = Worksheet.fittingColumnWidth(
          for: columnTexts, minimum: Self.minimumWidth, maximum: Self.maximumWidth)
        widths[block.firstColumn + offset] = max(widths[block.firstColumn + offset] ?? 0, width)
      }
    }
    return widths
  }

  /// Writes every block's header and data rows, row by row from the top.
  private func writeRows() throws(XLSXError) {
    let ordered = blocks.sorted { ($0.firstRow, $0.firstColumn) < ($1.firstRow, $1.firstColumn) }
    guard let top = ordered.map(\.firstRow).min(), let bottom = ordered.map(\.lastRow).max() else { return }
    let formats = ordered.map { block in block.styles.map { $0.format() } }
    var row = top
    while row <= bottom {
      for (index, block) in ordered.enumerated() where block.firstRow <= row && row <= block.lastRow {
        try write(row: row, of: block, formats: formats[index])
      }
      row += 1
    }
  }

  /// Writes the cells of `block` on sheet row `row`.
  private func write(row: Int, of block: SheetBlock, formats: [CellFormat?]) throws(XLSXError) {
    if row < block.firstDataRow {
      for (offset, header) in block.headers.enumerated() {
        try sheet.write(header, row: row, column: block.firstColumn + offset, format: block.headerFormat)
      }
      return
    }
    let index = row - block.firstDataRow
    let fill = block.fill(index)
    let rowStyles = block.rowStyles(index)
    let styles = rowStyles ?? block.styles
    for (offset, value) in block.cells(index).enumerated() {
      let style = offset < styles.count ? styles[offset] : .text
      let usesColumnFormat = fill == nil && rowStyles == nil && offset < formats.count
      let format = usesColumnFormat ? formats[offset] : style.format(fill: fill)
      try sheet.write(value, row: row, column: block.firstColumn + offset, format: format)
    }
  }
}
