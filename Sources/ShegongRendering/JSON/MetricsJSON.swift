import ShegongAggregation
import ShegongValidation

/// The `metrics-<label>.json` document of SPEC §7: every figure, with the keys of SPEC §5, and no
/// person-level list (the overdue beneficiaries go to ``OverdueCSV``).
///
/// Keys come out in the order SPEC lists them; dates are `YYYY-MM-DD`; hours are numbers with two
/// places rounded half-up from exact minute sums; ratios are unrounded, `null` when undefined.
/// Labels are the Chinese ones whatever the report language, as the keys are, so that programs
/// reading the file see the same text on every run.
public enum MetricsJSON {
  /// The value of the `schema` key.
  public static let schema = "shegong.metrics/2"

  /// The file name for `period`: `metrics-2026-06.json`.
  public static func fileName(for period: Period) -> String {
    "metrics-\(period.label).json"
  }

  /// The document for `figures`, as UTF-8 bytes ending in a line feed.
  public static func render(_ figures: Figures) -> [UInt8] {
    var document: [UInt8] = []
    write(figures, chunkSize: .max) { document.append(contentsOf: $0) }
    return document
  }

  /// Writes the document for `figures` in pieces of about `chunkSize` bytes, handing each to `output`
  /// as soon as it is ready, so that a province's tables of stations and workers never sit in memory twice.
  ///
  /// The pieces, joined, are exactly the bytes of `render(_:)`.
  public static func write<Failure: Error>(
    _ figures: Figures, chunkSize: Int = 1 << 20, to output: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) {
    var stream = Stream(chunkSize: chunkSize)
    try stream.document(figures, output: output)
  }

  /// A writer that hands its bytes on whenever a piece is full.
  private struct Stream: ~Copyable {
    var json: JSONWriter
    let chunkSize: Int

    init(chunkSize: Int) {
      self.chunkSize = chunkSize
      json = JSONWriter(capacity: min(chunkSize, 1 << 20) + 4_096)
    }

    mutating func document<Failure: Error>(
      _ figures: Figures, output: ([UInt8]) throws(Failure) -> Void
    ) throws(Failure) {
      json.beginObject()
      json.field("schema", schema)
      json.key("region")
      writeRegion(figures.region, to: &json)
      json.key("period")
      writePeriod(figures.period, to: &json)
      json.key("previous_period")
      writePeriod(figures.previousPeriod, to: &json)
      json.key("year_ago_period")
      writePeriod(figures.yearAgoPeriod, to: &json)
      json.field("as_of", date: figures.asOf)
      json.key("metrics")
      writeHeadline(figures.metrics, to: &json)
      json.key("previous")
      writeHeadline(figures.previous, to: &json)
      json.key("year_ago")
      writeHeadline(figures.yearAgo, to: &json)
      json.key("ytd")
      writeHeadline(figures.ytd, to: &json)
      for table in TableRows.all(figures) { try rows(table, output: output) }
      json.key("data_quality")
      writeDataQuality(figures.dataQuality, to: &json)
      json.endObject()
      try output(json.finish())
    }

    /// `table.key: [...]`, one row per line.
    mutating func rows<Failure: Error>(_ table: TableRows, output: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
      json.key(table.key)
      json.beginArray()
      for index in 0..<table.count {
        table.write(index, &json)
        if json.byteCount >= chunkSize { try output(json.drain()) }
      }
      json.endArray()
    }
  }

  /// `{"name", "code", "level"}` of the region.
  static func writeRegion(_ region: Region, to json: inout JSONWriter) {
    json.beginObject(inline: true)
    json.field("name", region.name)
    json.field("code", region.code)
    json.field("level", region.level.rawValue)
    json.endObject()
  }

  /// `{"label", "start", "end"}` of a period.
  static func writePeriod(_ period: Period, to json: inout JSONWriter) {
    json.beginObject(inline: true)
    json.field("label", period.label)
    json.field("start", date: period.start)
    json.field("end", date: period.end)
    json.endObject()
  }

  /// A headline block, its keys in the order of SPEC §5's table.
  static func writeHeadline(_ headline: Headline, to json: inout JSONWriter) {
    json.beginObject()
    for key in HeadlineKey.allCases {
      json.key(key.rawValue)
      json.figure(headline[key])
    }
    json.endObject()
  }

  /// `data_quality`: `files` in reading order and `issues_by_code`.
  static func writeDataQuality(_ quality: DataQuality, to json: inout JSONWriter) {
    json.beginObject()
    json.key(Tables.files.key)
    json.beginArray()
    let files = RowWriter(Tables.files)
    for file in quality.files { files.write(file, to: &json) }
    json.endArray()
    json.key(Tables.issuesByCode.key)
    json.beginObject()
    writeIssuesByCode(quality.issuesByCode, to: &json)
    json.endObject()
    json.key(Tables.issueStations.key)
    json.beginArray()
    let stations = RowWriter(Tables.issueStations)
    for station in quality.stations {
      stations.write(station, to: &json) { json in
        json.key(Tables.issuesByCode.key)
        json.beginObject(inline: true)
        writeIssuesByCode(station.issuesByCode, to: &json)
        json.endObject()
      }
    }
    json.endArray()
    json.endObject()
  }

  /// The members of an `issues_by_code` object: each code that occurred and its count.
  static func writeIssuesByCode(_ counts: [IssueCount], to json: inout JSONWriter) {
    for issue in counts {
      json.key(issue.code.rawValue)
      json.integer(issue.count)
    }
  }

  /// One table of the document: its key, its number of rows and how to write row `index`.
  ///
  /// Made where the row type is known, so that writing a row runs code made for that type.
  struct TableRows {
    /// The table's JSON key.
    let key: String
    /// The number of rows.
    let count: Int
    /// Writes row `index`.
    let write: (_ index: Int, _ json: inout JSONWriter) -> Void

    /// The rows of `table`.
    init<Rows: RandomAccessCollection>(_ table: Table<Rows.Element>, _ rows: Rows) where Rows.Index == Int {
      key = table.key
      count = rows.count
      let writer = RowWriter(table)
      write = { index, json in writer.write(rows[rows.startIndex + index], to: &json) }
    }

    /// The tables of the document, in order.
    static func all(_ figures: Figures) -> [TableRows] {
      [
        TableRows(Tables.byStation, figures.byStation),
        TableRows(Tables.byTownship, figures.byTownship),
        TableRows(Tables.byCategory, figures.byCategory),
        TableRows(Tables.byDisability, figures.byDisability),
        TableRows(Tables.byServiceType, figures.byServiceType),
        TableRows(Tables.byActivityGroup, figures.byActivityGroup),
        TableRows(Tables.byWorker, figures.byWorker),
        TableRows(Tables.trend, figures.trend),
        TableRows(Tables.nonReportingStations, figures.nonReportingStations),
        TableRows(Tables.stationAnomalies, figures.stationAnomalies),
      ]
    }
  }

  /// Writes the rows of one table, each an inline object of the columns the JSON shows.
  struct RowWriter<Row> {
    /// The keys of the columns written, encoded once, one after another.
    private let keys: [UInt8]
    /// Where each column's key ends in `keys`.
    private let keyEnds: [Int]
    /// How each column's value is read.
    private let values: [@Sendable (Row) -> FieldValue]

    /// A writer for the rows of `table`.
    init(_ table: Table<Row>) {
      let columns = table.columns(in: .json)
      var keys: [UInt8] = []
      var keyEnds: [Int] = []
      for column in columns {
        keys.append(contentsOf: column.key.utf8)
        keyEnds.append(keys.count)
      }
      self.keys = keys
      self.keyEnds = keyEnds
      values = columns.map(\.value)
    }

    /// Writes `row` as `{"key": value, ...}` on one line, with whatever members `more` adds last.
    func write(_ row: Row, to json: inout JSONWriter, more: (inout JSONWriter) -> Void = { _ in }) {
      json.beginObject(inline: true)
      var start = 0
      for column in values.indices {
        json.key(utf8: keys, start..<keyEnds[column])
        json.field(values[column](row))
        start = keyEnds[column]
      }
      more(&json)
      json.endObject()
    }
  }
}
