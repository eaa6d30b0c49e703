import ShegongAggregation
import ShegongValidation
import Testing

@testable import ShegongRendering

/// The CSV list writer: byte order mark, CRLF, quoting, and streaming in pieces.
struct ListCSVTests {
  /// The bytes of `text` as UTF-8.
  private func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

  /// The bytes of a list written in one pass: the header, then each of `rows` by `row`.
  private func bytes<Row>(header: [String], rows: [Row], row: (Row, inout ListCSV) -> Void) -> [UInt8] {
    var csv = ListCSV(header: header)
    for element in rows {
      row(element, &csv)
      csv.endRow()
    }
    return csv.drain()
  }

  @Test func writesBOMHeaderAndQuotedFields() {
    let rows: [(String, Int)] = [("plain", 1), ("a,b", -20), ("say \"hi\"", 0), ("two\nlines", 7), ("张*倩", 300)]
    let bytes = bytes(header: ["name", "count"], rows: rows) { row, csv in
      csv.text(row.0)
      csv.integer(row.1)
    }
    let expected =
      [0xEF, 0xBB, 0xBF]
      + utf8("name,count\r\nplain,1\r\n\"a,b\",-20\r\n\"say \"\"hi\"\"\",0\r\n\"two\nlines\",7\r\n张*倩,300\r\n")
    #expect(bytes == expected)
  }

  @Test func emptyListIsHeaderOnly() {
    let bytes = bytes(header: ["a", "b"], rows: [Int]()) { _, _ in }
    #expect(bytes == [0xEF, 0xBB, 0xBF] + utf8("a,b\r\n"))
  }

  @Test func emptyFieldsAndDays() throws {
    let day = try #require(CivilDate.dayNumber(year: 2026, month: 10, day: 5))
    let bytes = bytes(header: ["a", "b", "c"], rows: [0]) { _, csv in
      csv.empty()
      csv.day(day)
      csv.value(.none)
    }
    #expect(bytes == [0xEF, 0xBB, 0xBF] + utf8("a,b,c\r\n,2026-10-05,\r\n"))
  }

  @Test("a table worded on every processor in pieces gives the bytes of one pass, pieces in order")
  func piecesOnEveryProcessor() {
    let table = Table<Int>(
      "numbers",
      [
        TableColumn("n", Bilingual("数", "Number"), .count) { .count($0) },
        TableColumn("text", Bilingual("文", "Text")) { .text($0 % 7 == 0 ? "a,\($0)" : "第\($0)行") },
      ])
    let rows = Array(0..<10_007)
    // One pass on one thread, row by row.
    let serial = bytes(header: ["n", "text"], rows: rows) { row, csv in
      for column in table.columns { csv.value(column.value(row)) }
    }
    for perPiece in [1, 999, 10_007, 50_000] {
      var pieces: [[UInt8]] = []
      ListCSV.write(table, rows: rows, rowsPerPiece: perPiece) { (piece: [UInt8]) in pieces.append(piece) }
      #expect(pieces.joined().elementsEqual(serial))
      // The header, then one piece per `perPiece` rows.
      #expect(pieces.count == 1 + (rows.count + perPiece - 1) / perPiece)
    }
    var empty: [UInt8] = []
    ListCSV.write(table, rows: [Int](), rowsPerPiece: 10) { (piece: [UInt8]) in empty += piece }
    #expect(empty == [0xEF, 0xBB, 0xBF] + utf8("n,text\r\n"))
  }
}
