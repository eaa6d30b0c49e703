/// Writes the ``SheetBlock``s of one worksheet: column widths first, then every row from top to
/// bottom, giving header rows the height their wrapped text needs.
///
/// A column is as wide as its widest data cell, and at least as wide as its header up to
/// ``headerWidth``; a longer header wraps onto more lines (Chinese text breaks between any two
/// characters, other text between words, so a column is never narrower than a header's longest
/// word). A header written on several lines is given the width of its widest line.
struct SheetWriter {
  /// How many data rows of a block are measured for column widths unless told otherwise; longer
  /// tables are sized by their first rows, which keeps sizing cheap for a million issues.
  static let measuredRows = 2_000
  /// Extra width in a header cell for the autofilter's drop-down button.
  static let filterButtonWidth = 2
  /// Space added to the widest text of a column.
  static let padding = 2
  /// The narrowest column.
  static let minimumWidth = 6
  /// The widest column; longer text is cut off at the cell's edge unless the next cell is empty.
  static let maximumWidth = 60
  /// The width up to which a column widens for its header; a longer header wraps.
  static let headerWidth = 18
  /// The height in points of one line of text in the default font.
  static let lineHeight = 15.0

  /// The blocks, in any order.
  let blocks: [SheetBlock]
  /// Blocks whose headers carry autofilter buttons (by index into `blocks`).
  var filteredBlocks: Set<Int> = []
  /// How many data rows of each block are measured for column widths.
  var measuredRows = SheetWriter.measuredRows

  /// Sets the width of every column that a sizing block covers, then writes all cells to `sheet`.
  func write<Sheet: SheetOutput>(to sheet: Sheet) throws(XLSXError) {
    let measured = measuredCells()
    let widths = columnWidths(measured: measured)
    for (column, width) in widths.sorted(by: { $0.key < $1.key }) {
      try sheet.setColumnWidth(Double(width), column: column, format: nil)
    }
    try writeRows(headerLines: headerLines(widths: widths), measured: measured, to: sheet)
  }

  /// The cells of the data rows that size the columns, by block: the first ``measuredRows`` of
  /// each block that sizes columns, each cell on one line. They are written as they are, so that
  /// no row is made twice.
  private func measuredCells() -> [[[CellValue]]] {
    blocks.map { block in
      guard block.sizedColumns > 0 else { return [] }
      return (0..<min(block.rowCount, measuredRows)).map { Self.oneLine(block.cells($0)) }
    }
  }

  /// The width of each column that a block sizes, from the cells `measured` of each block.
  private func columnWidths(measured: [[[CellValue]]]) -> [Int: Int] {
    var widths: [Int: Int] = [:]
    for (index, block) in blocks.enumerated() where block.sizedColumns > 0 {
      let buttonWidth = filteredBlocks.contains(index) ? Self.filterButtonWidth : 0
      var dataWidths = [Int](repeating: 0, count: block.columnCount)
      for (row, cells) in measured[index].enumerated() {
        let styles = block.styles(ofRow: row)
        for (offset, value) in cells.enumerated() where offset < dataWidths.count {
          let style = offset < styles.count ? styles[offset] : .text
          dataWidths[offset] = max(dataWidths[offset], DisplayWidth.of(style.displayText(of: value)))
        }
      }
      for offset in 0..<min(block.columnCount, block.sizedColumns) {
        var width = dataWidths[offset] + Self.padding
        if offset < block.headers.count {
          let header = block.headers[offset]
          let headerWidth = Self.widestLine(header) + buttonWidth + Self.padding
          let wordWidth = Self.longestWord(header) + buttonWidth + Self.padding
          // A header already broken into lines keeps each line whole.
          let isStacked = Self.lines(header).count > 1
          width = max(width, isStacked ? headerWidth : min(headerWidth, max(Self.headerWidth, wordWidth)))
        }
        width = min(max(width, Self.minimumWidth), Self.maximumWidth)
        let column = block.firstColumn + offset
        widths[column] = max(widths[column] ?? 0, width)
      }
    }
    return widths
  }

  /// The number of lines each header row needs, by row, for rows that need more than one.
  func headerLines(widths: [Int: Int]) -> [Int: Int] {
    var lines: [Int: Int] = [:]
    for (index, block) in blocks.enumerated() where block.sizedColumns > 0 && !block.headers.isEmpty {
      let buttonWidth = filteredBlocks.contains(index) ? Self.filterButtonWidth : 0
      for (offset, header) in block.headers.enumerated() {
        let room = max((widths[block.firstColumn + offset] ?? Self.minimumWidth) - Self.padding, 1)
        let needed = Self.lines(header).reduce(0) { total, line in
          total + max((DisplayWidth.of(line) + buttonWidth + room - 1) / room, 1)
        }
        if needed > 1 {
          lines[block.firstRow] = max(lines[block.firstRow] ?? 1, needed)
        }
      }
    }
    return lines
  }

  /// Writes every block's header and data rows, row by row from the top.
  ///
  /// A header row's height is set just before its cells: in constant-memory mode a row can only
  /// be changed while it is the current one.
  private func writeRows<Sheet: SheetOutput>(
    headerLines: [Int: Int], measured: [[[CellValue]]], to sheet: Sheet
  ) throws(XLSXError) {
    let order = blocks.indices.sorted {
      (blocks[$0].firstRow, blocks[$0].firstColumn) < (blocks[$1].firstRow, blocks[$1].firstColumn)
    }
    guard let top = blocks.map(\.firstRow).min(), let bottom = blocks.map(\.lastRow).max() else { return }
    // Looked up once per block, from the top (a workbook numbers its formats as they are first
    // used): a long table writes millions of cells with these few formats.
    var formats = [[Sheet.ResolvedFormat]](repeating: [], count: blocks.count)
    for index in order {
      for style in blocks[index].styles { formats[index].append(try sheet.resolve(style.format())) }
    }
    var row = top
    while row <= bottom {
      if let lines = headerLines[row] {
        try sheet.setRowHeight(Double(lines) * Self.lineHeight + 3, row: row, format: nil)
      }
      for index in order where blocks[index].firstRow <= row && row <= blocks[index].lastRow {
        try write(row: row, of: blocks[index], formats: formats[index], measured: measured[index], to: sheet)
      }
      row += 1
    }
  }

  /// Writes the cells of `block` on sheet row `row`, taking the cells of its first data rows from
  /// `measured`.
  private func write<Sheet: SheetOutput>(
    row: Int, of block: SheetBlock, formats: [Sheet.ResolvedFormat], measured: [[CellValue]], to sheet: Sheet
  ) throws(XLSXError) {
    if row < block.firstDataRow {
      let headerFormat = try sheet.resolve(block.headerFormat)
      for (offset, header) in block.headers.enumerated() {
        try sheet.write(.text(header), row: row, column: block.firstColumn + offset, resolved: headerFormat)
      }
      return
    }
    let index = row - block.firstDataRow
    let fill = block.fill(index)
    let rowStyles = block.rowStyles(index)
    let cells = index < measured.count ? measured[index] : Self.oneLine(block.cells(index))
    if fill == nil, rowStyles == nil, cells.count <= formats.count {
      // Every cell in its column's format: the row goes to the sheet at once.
      try sheet.writeRow(cells, row: row, column: block.firstColumn, resolved: formats)
      return
    }
    let styles = rowStyles ?? block.styles
    for (offset, value) in cells.enumerated() {
      let style = offset < styles.count ? styles[offset] : .text
      let usesColumnFormat = fill == nil && rowStyles == nil && offset < formats.count
      let format = usesColumnFormat ? formats[offset] : try sheet.resolve(style.format(fill: fill))
      try sheet.write(value, row: row, column: block.firstColumn + offset, resolved: format)
    }
  }

  /// `cells` with each cell on one line (``oneLine(_:)-(CellValue)``); the same array when
  /// none holds a line break, as nearly every row does.
  static func oneLine(_ cells: [CellValue]) -> [CellValue] {
    let breaks = cells.contains { value in
      guard case .text(let text) = value else { return false }
      return holdsLineBreak(text)
    }
    return breaks ? cells.map(oneLine) : cells
  }

  /// `value` with every line break in its text (CR LF, CR, LF and the Unicode separators) turned
  /// into one space: data cells do not wrap, and a spreadsheet would show only one line of a
  /// name such as `东街服务点` + line break + `二号`.
  static func oneLine(_ value: CellValue) -> CellValue {
    guard case .text(let text) = value, holdsLineBreak(text) else {
      return value
    }
    return .text(text.split(whereSeparator: \.isNewline).joined(separator: " "))
  }

  /// Whether the UTF-8 bytes of `text` hold a line break (LF, VT, FF, CR, U+0085, U+2028 or
  /// U+2029), which settles every cell without reading characters.
  static func holdsLineBreak(_ text: String) -> Bool {
    func holdsBreak(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      for (index, byte) in bytes.enumerated() {
        switch byte {
        case 0x0A...0x0D: return true
        case 0xC2: if index + 1 < bytes.count, bytes[index + 1] == 0x85 { return true }
        case 0xE2:
          if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
            return true
          }
        default: continue
        }
      }
      return false
    }
    var text = text
    return text.withUTF8(holdsBreak)
  }

  /// The lines of `text`.
  static func lines(_ text: String) -> [Substring] {
    text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
  }

  /// The display width of the widest line of `text`.
  static func widestLine(_ text: String) -> Int {
    lines(text).map { DisplayWidth.of($0) }.max() ?? 0
  }

  /// The display width of the longest run of `text` that cannot be broken: letters, digits and
  /// punctuation between spaces; Chinese text breaks between any two characters.
  static func longestWord(_ text: String) -> Int {
    var longest = 0
    var current = 0
    for character in text {
      let width = DisplayWidth.of(character)
      if character == " " || character.isNewline || width == 2 {
        longest = max(longest, current, width == 2 ? width : 0)
        current = 0
      } else {
        current += width
      }
    }
    return max(longest, current)
  }
}

extension SheetWriter {
  /// Writes `blocks` to `sheet`, freezes the rows above the first block's data (and `frozenColumns`
  /// columns), and puts an autofilter on the first block when `filtered`.
  ///
  /// The panes and the filter are set before any row: in constant-memory mode libxlsxwriter
  /// refuses ranges above rows already written.
  static func writeTable<Sheet: SheetOutput>(
    _ sheet: Sheet, blocks: [SheetBlock], frozenColumns: Int = 0, filtered: Bool = true,
    measuredRows: Int = SheetWriter.measuredRows
  ) throws(XLSXError) {
    guard let table = blocks.first else { return }
    var writer = SheetWriter(blocks: blocks)
    writer.measuredRows = measuredRows
    try sheet.freezePanes(row: table.firstDataRow, column: frozenColumns)
    if filtered {
      writer.filteredBlocks = [0]
      try sheet.setAutofilter(table.range)
    }
    try writer.write(to: sheet)
  }
}
