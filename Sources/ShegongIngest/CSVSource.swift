/// An opened CSV file: its decoded text, its delimiter and its header, ready to read records.
public struct CSVSource: Sendable {
  /// The decoded file.
  public let file: TextFile
  /// The delimiter detected from the header line.
  public let delimiter: UInt8
  /// The header cells as written (trimmed and folded), in order.
  public let header: [String]
  /// The physical line of the header.
  public let headerLine: Int
  /// Byte offset and line where the first data record starts.
  public let dataOffset: Int
  /// The physical line where the first data record starts.
  public let dataLine: Int

  /// Finds the delimiter and the header (the first non-blank record) of `file`.
  ///
  /// Throws `emptyFile` when the file holds no header, and `undecodable` when the header line
  /// itself breaks the CSV syntax.
  public init(file: TextFile) throws(IngestError) {
    self.file = file
    delimiter = CSVDialect.delimiter(of: file.bytes)
    var reader = CSVReader(file: file, delimiter: delimiter)
    var record = CSVRecord()
    while reader.next(into: &record) {
      if record.isBlank(in: file.bytes) { continue }
      if record.problem != nil {
        throw IngestError(
          .undecodable, file: file.name, line: record.line,
          message: "the header line is not valid CSV (check its quotes)")
      }
      var cells = CellText(file: file)
      cells.beginRecord(record)
      header = record.fields.map { cells.string($0) }
      headerLine = record.line
      dataOffset = reader.offset
      dataLine = reader.line
      return
    }
    throw IngestError(.emptyFile, file: file.name, message: "the file is empty: it has no header line")
  }
}
