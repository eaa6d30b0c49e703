import ShegongIngest

/// libFuzzer entry point: decodes the input as a CSV file, finds its header, and reads every
/// record and every cell's raw text, value and string.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let raw = Array(UnsafeBufferPointer(start: data, count: size))
  let file: TextFile
  do {
    file = try TextFile.decode(name: "fuzz.csv", raw: raw)
  } catch {
    return 0
  }
  readRecords(file, delimiter: CSVDialect.delimiter(of: file.bytes))
  guard let source = try? CSVSource(file: file) else { return 0 }
  _ = source.header.map(HeaderName.normalized)
  var reader = CSVReader(
    file: source.file, delimiter: source.delimiter, offset: source.dataOffset, line: source.dataLine)
  readRecords(into: &reader)
  return 0
}

/// Reads every record of `file` from the start with `delimiter`.
func readRecords(_ file: TextFile, delimiter: UInt8) {
  var reader = CSVReader(file: file, delimiter: delimiter)
  readRecords(into: &reader)
}

/// Drains `reader`, touching every field of every record.
func readRecords(into reader: inout CSVReader) {
  let bytes = reader.file.bytes
  var record = CSVRecord()
  var cells = CellText(file: reader.file)
  var total = 0
  while reader.next(into: &record) {
    _ = record.isBlank(in: bytes)
    // Each pass asks for every value once: `CellText`'s scratch area is sized for one pass.
    cells.beginRecord(record)
    for span in record.fields {
      precondition(span.start <= span.end && span.end <= bytes.count, "field span outside the file")
      total &+= cells.raw(span).count
      total &+= cells.value(span).count
    }
    cells.beginRecord(record)
    for span in record.fields { total &+= cells.string(span).utf8.count }
    cells.beginRecord(record)
    for span in record.fields { total &+= HeaderName.normalized(cells.value(span)).utf8.count }
  }
  precondition(total >= 0, "unreachable")
}
