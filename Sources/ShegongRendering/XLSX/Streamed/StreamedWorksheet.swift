/// One sheet of a ``StreamedWorkbook``, made by ``StreamedWorkbook/addWorksheet(named:)``.
///
/// The sheet's XML is written as its cells are and deflated in pieces of 64 KiB, so a sheet of a
/// million rows holds only its compressed bytes. Hence the order: column widths, panes, the
/// filter and printing first; then rows from the top, and within a row columns from the left.
/// Writing out of that order throws. Rows and columns are zero-based.
///
/// Not thread-safe: use a sheet from one task at a time, like its workbook.
final class StreamedWorksheet {
  /// The workbook's formats and shared texts.
  let tables: WorkbookTables
  /// The sheet's name, as shown on its tab.
  let name: String
  /// The sheet's position among the workbook's sheets, from 0.
  let position: Int
  /// The column widths set so far, in Excel's units, and their default style index.
  private var columns: [Int: (width: Double, style: Int)] = [:]
  /// The first row and column below and right of the frozen panes.
  private var frozen: (row: Int, column: Int)?
  /// The range with filter buttons on its first row; the workbook names it too.
  private(set) var autofilter: CellRange?
  /// Pages across and rows repeated at the top of every printed page, when set up for printing.
  private(set) var printing: (pagesWide: Int, repeatedRows: Int)?
  /// The XML not yet deflated.
  private var xml = XMLBytes()
  /// The deflated XML.
  private let deflater: Deflater
  /// Whether `<sheetData>` has begun: no more widths, panes or filters.
  private var hasBegunData = false
  /// The open row, or -1.
  private var currentRow = -1
  /// The last column written in the open row, or -1.
  private var lastColumn = -1
  /// The texts written last in each column, for sharing the ones that repeat.
  private var repeats: [ColumnRepeats] = []

  /// How many bytes of XML are kept before they are deflated.
  private static let flushSize = 1 << 16

  init(tables: WorkbookTables, name: String, position: Int) throws(XLSXError) {
    self.tables = tables
    self.name = name
    self.position = position
    deflater = try Deflater()
  }

  /// The style index of `format` in this workbook, for writing many cells with it.
  func resolve(_ format: CellFormat?) -> Int {
    tables.styles.index(of: format)
  }

  /// Sets the width of one column (and, with `format`, its default format).
  ///
  /// - Throws: ``XLSXError`` after the first row, for a column outside the sheet or a width that
  ///   is not one.
  func setColumnWidth(_ width: Double, column: Int, format: CellFormat? = nil) throws(XLSXError) {
    let function = "StreamedWorksheet.setColumnWidth"
    try checkBeforeData(function)
    try Self.check(row: 0, column: column, for: function)
    guard width.isFinite, width >= 0 else {
      throw XLSXError(function: function, message: "column width \(width) is not a width")
    }
    columns[column] = (width, resolve(format))
  }

  /// Keeps the rows above `row` and the columns left of `column` in view while scrolling.
  ///
  /// - Throws: ``XLSXError`` after the first row or for a cell outside the sheet.
  func freezePanes(row: Int, column: Int) throws(XLSXError) {
    let function = "StreamedWorksheet.freezePanes"
    try checkBeforeData(function)
    try Self.check(row: row, column: column, for: function)
    frozen = row == 0 && column == 0 ? nil : (row, column)
  }

  /// Adds filter buttons to the first row of `range`.
  ///
  /// - Throws: ``XLSXError`` after the first row or for a range outside the sheet.
  func setAutofilter(_ range: CellRange) throws(XLSXError) {
    let function = "StreamedWorksheet.setAutofilter"
    try checkBeforeData(function)
    try Self.check(row: range.firstRow, column: range.firstColumn, for: function)
    try Self.check(row: range.lastRow, column: range.lastColumn, for: function)
    autofilter = range
  }

  /// Prints landscape, `width` pages wide, with the first `repeatedRows` rows on every page.
  ///
  /// - Throws: ``XLSXError`` after the first row or for a count that is not one.
  func setUpPrinting(pagesWide width: Int = 1, repeatedRows: Int = 1) throws(XLSXError) {
    let function = "StreamedWorksheet.setUpPrinting"
    try checkBeforeData(function)
    guard width >= 1, width <= Int(UInt16.max), repeatedRows >= 0, repeatedRows <= CellAddress.rowCount else {
      throw XLSXError(function: function, message: "\(width) pages wide with \(repeatedRows) rows repeated")
    }
    printing = (width, repeatedRows)
  }

  /// Sets the height of `row` in points (and, with `format`, its default format); the row must be
  /// below every row written so far.
  ///
  /// - Throws: ``XLSXError`` for a row already written or outside the sheet, or a height that is
  ///   not one.
  func setRowHeight(_ height: Double, row: Int, format: CellFormat? = nil) throws(XLSXError) {
    let function = "StreamedWorksheet.setRowHeight"
    try Self.check(row: row, column: 0, for: function)
    guard height.isFinite, height >= 0 else {
      throw XLSXError(function: function, message: "row height \(height) is not a height")
    }
    guard row > currentRow else {
      throw XLSXError(function: function, message: "row \(row + 1) of \(name) is already written")
    }
    openRow(row, height: height, style: resolve(format))
  }

  /// Writes one cell with a style index from ``resolve(_:)``. Text is stored as text (never read
  /// as a formula): in the cell, or as a shared string when it repeats a text written lately in
  /// the same column (``SharedStrings``); it is cut as ``Worksheet/fittingCell(_:)`` says; empty text and blank cells
  /// without a style leave the cell empty.
  ///
  /// - Throws: ``XLSXError`` for a cell at or left of one already written, outside the sheet, or
  ///   a number that is not finite.
  func write(_ value: CellValue, row: Int, column: Int, resolved style: Int) throws(XLSXError) {
    try writeRow([value], row: row, column: column, resolved: [style])
  }

  /// Writes `values` on `row` from `column` rightwards, each with the style index at the same
  /// position in `styles` (none past its end), as ``write(_:row:column:resolved:)`` writes one.
  ///
  /// - Throws: ``XLSXError`` as ``write(_:row:column:resolved:)`` does.
  func writeRow(_ values: [CellValue], row: Int, column: Int, resolved styles: [Int]) throws(XLSXError) {
    guard !values.isEmpty else { return }
    let function = "StreamedWorksheet.write"
    try Self.check(row: row, column: column + values.count - 1, for: function)
    if row != currentRow {
      guard row > currentRow else {
        throw XLSXError(function: function, message: "row \(row + 1) of \(name) is already written")
      }
      openRow(row, height: nil, style: 0)
    }
    guard column > lastColumn else {
      throw XLSXError(
        function: function,
        message: "\(name)!\(CellAddress.name(row: row, column: column)) is left of a cell already written")
    }
    // Every cell is checked before any is written, so that a refused row leaves nothing behind.
    for (offset, value) in values.enumerated() {
      if case .number(let number) = value, !number.isFinite {
        throw XLSXError(
          function: function,
          message: "refusing to write \(number) to \(name)!\(CellAddress.name(row: row, column: column + offset))")
      }
    }
    // The buffer and the columns' texts are taken out of the sheet for the row: one access to each
    // stored property instead of one per appended piece.
    var xml = XMLBytes()
    swap(&xml, &self.xml)
    defer { swap(&xml, &self.xml) }
    if column + values.count > repeats.count {
      repeats += Array(repeating: ColumnRepeats(), count: column + values.count - repeats.count)
    }
    var repeats: [ColumnRepeats] = []
    swap(&repeats, &self.repeats)
    defer { swap(&repeats, &self.repeats) }
    for (offset, value) in values.enumerated() {
      let style = offset < styles.count ? styles[offset] : 0
      appendCell(value, row: row, column: column + offset, style: style, to: &xml, repeats: &repeats[column + offset])
    }
    lastColumn = column + values.count - 1
    if xml.count >= Self.flushSize { try Self.deflate(&xml, into: deflater) }
  }

  /// Appends the `<c>` element of one cell to `xml`, its number checked to be finite; nothing for a
  /// cell left empty.
  private func appendCell(
    _ value: CellValue, row: Int, column: Int, style: Int, to xml: inout XMLBytes, repeats: inout ColumnRepeats
  ) {
    switch value {
    case .text(let text) where !text.isEmpty:
      Self.beginCell(row: row, column: column, style: style, in: &xml)
      let fitted = Worksheet.fittingCell(text)
      if let shared = repeats.sharedNumber(of: fitted, in: &tables.strings) {
        tables.strings.countReference()
        xml.append(#" t="s"><v>"#)
        xml.append(shared)
        xml.append("</v></c>")
      } else {
        xml.append(
          XMLBytes.keepsSpaces(fitted) ? #" t="inlineStr"><is><t xml:space="preserve">"# : #" t="inlineStr"><is><t>"#)
        xml.appendEscaped(fitted)
        xml.append("</t></is></c>")
      }
    case .number(let number):
      Self.beginCell(row: row, column: column, style: style, in: &xml)
      xml.append("><v>")
      xml.append(number)
      xml.append("</v></c>")
    case .bool(let flag):
      Self.beginCell(row: row, column: column, style: style, in: &xml)
      xml.append(flag ? #" t="b"><v>1</v></c>"# : #" t="b"><v>0</v></c>"#)
    case .text, .blank:
      guard style != 0 else { return }
      Self.beginCell(row: row, column: column, style: style, in: &xml)
      xml.append("/>")
    }
  }

  /// Ends the sheet's XML and its deflate stream; called by the workbook when it closes.
  ///
  /// - Throws: ``XLSXError`` when zlib fails.
  func finish() throws(XLSXError) -> Deflater {
    closeRow()
    xml.append("</sheetData>")
    if let autofilter {
      xml.append(#"<autoFilter ref=""#)
      xml.appendCellName(row: autofilter.firstRow, column: autofilter.firstColumn)
      xml.append(":")
      xml.appendCellName(row: autofilter.lastRow, column: autofilter.lastColumn)
      xml.append(#""/>"#)
    }
    xml.append(#"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#)
    if let printing {
      xml.append(#"<pageSetup"#)
      if printing.pagesWide != 1 {
        xml.append(#" fitToWidth=""#)
        xml.append(printing.pagesWide)
        xml.append(#"""#)
      }
      xml.append(#" fitToHeight="0" orientation="landscape"/>"#)
    }
    xml.append("</worksheet>")
    try Self.deflate(&xml, into: deflater)
    try deflater.finish()
    return deflater
  }

  /// Throws when rows have begun: `function` sets something written before them.
  private func checkBeforeData(_ function: String) throws(XLSXError) {
    guard !hasBegunData else {
      throw XLSXError(function: function, message: "\(name) already has rows; set this before the first")
    }
  }

  /// Throws when a cell lies outside a worksheet.
  private static func check(row: Int, column: Int, for function: String) throws(XLSXError) {
    guard (0..<CellAddress.rowCount).contains(row) else {
      throw XLSXError(function: function, message: "row \(row) is outside 0…\(CellAddress.rowCount - 1)")
    }
    guard (0..<CellAddress.columnCount).contains(column) else {
      throw XLSXError(function: function, message: "column \(column) is outside 0…\(CellAddress.columnCount - 1)")
    }
  }

  /// Closes the open row and opens `row`.
  private func openRow(_ row: Int, height: Double?, style: Int) {
    closeRow()
    // The buffer is taken out of the sheet for the row's start: one access instead of one per piece.
    var xml = XMLBytes()
    swap(&xml, &self.xml)
    defer { swap(&xml, &self.xml) }
    xml.append(#"<row r=""#)
    xml.append(row + 1)
    xml.append(#"""#)
    if let height {
      xml.append(#" ht=""#)
      xml.append(height)
      xml.append(#"" customHeight="1""#)
    }
    if style != 0 {
      xml.append(#" s=""#)
      xml.append(style)
      xml.append(#"" customFormat="1""#)
    }
    xml.append(">")
    currentRow = row
    lastColumn = -1
  }

  /// `<c r="B2"` and, when styled, ` s="3"`, leaving the element open.
  private static func beginCell(row: Int, column: Int, style: Int, in xml: inout XMLBytes) {
    xml.append(#"<c r=""#)
    xml.appendCellName(row: row, column: column)
    if style != 0 {
      xml.append(#"" s=""#)
      xml.append(style)
    }
    xml.append(#"""#)
  }

  /// Hands the XML of `xml` to `deflater` and empties it.
  private static func deflate(_ xml: inout XMLBytes, into deflater: Deflater) throws(XLSXError) {
    try xml.withBytes { (bytes) throws(XLSXError) in try deflater.append(bytes) }
    xml.removeAll()
  }

  /// Begins the rows if they have not begun, and ends the open row if there is one.
  private func closeRow() {
    beginDataIfNeeded()
    if currentRow >= 0 { xml.append("</row>") }
  }

  /// Writes everything before the rows, once: the declaration, printing's fit-to-page flag, the
  /// view with its panes, the column widths, and `<sheetData>`.
  private func beginDataIfNeeded() {
    guard !hasBegunData else { return }
    hasBegunData = true
    xml.append(StreamedWorkbook.declaration)
    xml.append(#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#)
    xml.append(#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#)
    if printing != nil { xml.append(#"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#) }
    xml.append(
      position == 0
        ? #"<sheetViews><sheetView tabSelected="1" workbookViewId="0">"#
        : #"<sheetViews><sheetView workbookViewId="0">"#)
    if let frozen { appendPane(frozen) }
    xml.append(#"</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>"#)
    if !columns.isEmpty {
      xml.append("<cols>")
      for (column, setting) in columns.sorted(by: { $0.key < $1.key }) {
        xml.append(#"<col min=""#)
        xml.append(column + 1)
        xml.append(#"" max=""#)
        xml.append(column + 1)
        xml.append(#"" width=""#)
        xml.append(Self.storedWidth(setting.width))
        if setting.style != 0 {
          xml.append(#"" style=""#)
          xml.append(setting.style)
        }
        xml.append(#"" customWidth="1"/>"#)
      }
      xml.append("</cols>")
    }
    xml.append("<sheetData>")
  }

  /// The `<pane>` and `<selection>` elements of frozen panes.
  private func appendPane(_ frozen: (row: Int, column: Int)) {
    let pane: StaticString =
      switch (frozen.row > 0, frozen.column > 0) {
      case (true, true): "bottomRight"
      case (true, false): "bottomLeft"
      default: "topRight"
      }
    xml.append("<pane")
    if frozen.column > 0 {
      xml.append(#" xSplit=""#)
      xml.append(frozen.column)
      xml.append(#"""#)
    }
    if frozen.row > 0 {
      xml.append(#" ySplit=""#)
      xml.append(frozen.row)
      xml.append(#"""#)
    }
    xml.append(#" topLeftCell=""#)
    xml.appendCellName(row: frozen.row, column: frozen.column)
    xml.append(#"" activePane=""#)
    xml.append(pane)
    xml.append(#"" state="frozen"/><selection pane=""#)
    xml.append(pane)
    xml.append(#""/>"#)
  }

  /// A width in characters as Excel stores it: with the padding of the default font (Calibri 11,
  /// whose digits are 7 pixels wide, with 5 pixels of padding), in 256ths of a character.
  static func storedWidth(_ width: Double) -> Double {
    guard width > 0 else { return 0 }
    let digit = 7.0
    let padding = 5.0
    let pixels = width < 1 ? (width * (digit + padding)).rounded() : (width * digit).rounded() + padding
    return (pixels / digit * 256).rounded(.down) / 256
  }
}
