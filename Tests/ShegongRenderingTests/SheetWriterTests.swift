import Synchronization
import Testing

@testable import ShegongRendering

/// A sheet that records what ``SheetWriter`` asks of it, in order.
private final class RecordingSheet: SheetOutput {
  /// A cell as written: where, what and in which format.
  struct Cell: Equatable {
    var row: Int
    var column: Int
    var value: CellValue
    var format: CellFormat?
  }

  private(set) var resolved: [CellFormat?] = []
  private(set) var cells: [Cell] = []
  private(set) var widths: [Int: Double] = [:]

  func resolve(_ format: CellFormat?) -> CellFormat? {
    resolved.append(format)
    return format
  }

  func write(_ value: CellValue, row: Int, column: Int, resolved: CellFormat?) {
    cells.append(Cell(row: row, column: column, value: value, format: resolved))
  }

  func writeRow(_ values: [CellValue], row: Int, column: Int, resolved: [CellFormat?]) {
    for (offset, value) in values.enumerated() {
      write(value, row: row, column: column + offset, resolved: offset < resolved.count ? resolved[offset] : nil)
    }
  }

  func setColumnWidth(_ width: Double, column: Int, format: CellFormat?) { widths[column] = width }
  func setRowHeight(_ height: Double, row: Int, format: CellFormat?) {}
  func freezePanes(row: Int, column: Int) {}
  func setAutofilter(_ range: CellRange) {}
}

@Suite("Sheet writer: measured rows are made once and written as measured, top to bottom")
struct SheetWriterTests {
  /// The text of data row `index` of the upper block: a line break in a measured row (1) and in
  /// one written after the measured rows (3).
  private static func upperText(_ index: Int) -> String {
    switch index {
    case 1: "东街\n服务点"
    case 3: "西街\r\n二号"
    default: "站点\(index)"
    }
  }

  @Test("every row of each block is made once, one-lined, in place, with formats resolved from the top")
  func rowsMadeOnce() throws {
    let made = Mutex<[String: Int]>([:])
    func count(_ key: String) { made.withLock { $0[key, default: 0] += 1 } }
    // Given out of order: the lower block (with a fill and its own styles on some rows) first.
    var lower = SheetBlock(
      firstRow: 8, headers: ["数值"], styles: [.integer], rowCount: 2,
      cells: { index in
        count("lower \(index)")
        return [.number(Double(index + 10))]
      })
    lower.fill = { index in index == 1 ? 0xFFEEEE : nil }
    let upper = SheetBlock(
      firstRow: 0, headers: ["站点", "行"], styles: [.text, .integer], rowCount: 5,
      cells: { index in
        count("upper \(index)")
        return [.text(Self.upperText(index)), .number(Double(index))]
      })
    var writer = SheetWriter(blocks: [lower, upper])
    writer.measuredRows = 2
    let sheet = RecordingSheet()
    try writer.write(to: sheet)

    // Each data row was asked for once: the measured ones are not made again for writing.
    #expect(
      made.withLock { $0 } == [
        "upper 0": 1, "upper 1": 1, "upper 2": 1, "upper 3": 1, "upper 4": 1, "lower 0": 1, "lower 1": 1,
      ])
    // The upper block's formats are resolved before the lower one's, whatever the blocks' order.
    let upperFormats = upper.styles.map { $0.format() }
    #expect(Array(sheet.resolved.prefix(2)) == upperFormats)
    #expect(sheet.resolved[2] == lower.styles[0].format())

    // The cells, row by row from the top, each text on one line.
    let data = sheet.cells.filter { $0.row >= 1 && $0.row <= 5 }
    #expect(data.map(\.row) == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5])
    #expect(
      data.filter { $0.column == 0 }.map(\.value) == [
        .text("站点0"), .text("东街 服务点"), .text("站点2"), .text("西街 二号"), .text("站点4"),
      ])
    #expect(data.filter { $0.column == 1 }.map(\.value) == (0..<5).map { .number(Double($0)) })
    #expect(data.allSatisfy { $0.format == upperFormats[$0.column] })
    #expect(sheet.cells.map(\.row) == sheet.cells.map(\.row).sorted())
    // The lower block's filled row has the fill's format; the other keeps the column's.
    let lowerCells = sheet.cells.filter { $0.row >= 9 }
    #expect(lowerCells.map(\.value) == [.number(10), .number(11)])
    #expect(lowerCells[0].format == lower.styles[0].format())
    #expect(lowerCells[1].format == lower.styles[0].format(fill: 0xFFEEEE))
    // The measured rows size the first column: "东街 服务点" (11 wide) and 2 of padding.
    #expect(sheet.widths[0] == 13)
  }
}
