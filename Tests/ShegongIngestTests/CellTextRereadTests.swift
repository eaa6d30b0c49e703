import ShegongIngest
import Testing

@Suite("CellText: a field may be read more than once per record")
struct CellTextRereadTests {
  /// Found by fuzzing: reading rewritten fields repeatedly in one long record overran the
  /// scratch area sized for one pass over the record.
  @Test("repeated reads of rewritten fields in a long record stay correct and keep earlier values valid")
  func repeatedReads() {
    // 40 fields of 100 letters wrapped in ideographic spaces: every value is rewritten (trimmed),
    // and three passes write about 12 KB, more than the scratch area sized for one record.
    let field = "\u{3000}" + String(repeating: "W", count: 100) + "\u{3000}"
    let line = Array(repeating: field, count: 40).joined(separator: ",") + "\n"
    let file = TextFile(name: "long.csv", utf8: Array(line.utf8))
    var reader = CSVReader(file: file, delimiter: UInt8(ascii: ","))
    var record = CSVRecord()
    let found = reader.next(into: &record)
    #expect(found)
    #expect(record.fields.count == 40)
    var cells = CellText(file: file)
    cells.beginRecord(record)
    let expected = Array(String(repeating: "W", count: 100).utf8)
    var held: [UnsafeBufferPointer<UInt8>] = []
    for _ in 0..<3 {
      for span in record.fields {
        let value = cells.value(span)
        #expect(Array(value) == expected)
        held.append(value)
      }
    }
    // Every value handed out during this record still reads correctly.
    #expect(held.count == 120)
    #expect(held.allSatisfy { Array($0) == expected })
  }
}
