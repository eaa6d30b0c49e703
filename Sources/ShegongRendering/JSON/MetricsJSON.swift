import ShegongAggregation
import ShegongValidation

/// The `metrics-<label>.json` document of SPEC §7: every figure, with the keys of SPEC §5.
///
/// Keys come out in the order SPEC lists them; dates are `YYYY-MM-DD`; hours are numbers with two
/// places rounded half-up from exact minute sums; ratios are unrounded, `null` when undefined.
/// Labels are the Chinese ones whatever the report language, as the keys are, so that programs
/// reading the file see the same text on every run.
public enum MetricsJSON {
  /// The value of the `schema` key.
  public static let schema = "shegong.metrics/1"

  /// The document's top-level keys, in order.
  public static let topLevelKeys = [
    "schema", "period", "previous_period", "as_of", "metrics", "previous", "ytd", "by_station", "by_township",
    "by_category", "by_disability", "by_service_type", "by_activity_group", "by_worker", "trend", "overdue",
    "non_reporting_stations", "data_quality",
  ]

  /// The document for `figures`, as UTF-8 bytes ending in a line feed.
  public static func render(_ figures: Figures) -> [UInt8] {
    var json = JSONWriter()
    json.beginObject()
    json.field("schema", schema)
    json.key("period")
    writePeriod(figures.period, to: &json)
    json.key("previous_period")
    writePeriod(figures.previousPeriod, to: &json)
    json.field("as_of", CivilDate.string(figures.asOf))
    json.key("metrics")
    writeHeadline(figures.metrics, to: &json)
    json.key("previous")
    writeHeadline(figures.previous, to: &json)
    json.key("ytd")
    writeHeadline(figures.ytd, to: &json)
    writeRows("by_station", figures.byStation, to: &json, row: writeStation)
    writeRows("by_township", figures.byTownship, to: &json, row: writeTownship)
    writeRows("by_category", figures.byCategory, to: &json, row: writeCategory)
    writeRows("by_disability", figures.byDisability, to: &json, row: writeDisability)
    writeRows("by_service_type", figures.byServiceType, to: &json, row: writeServiceType)
    writeRows("by_activity_group", figures.byActivityGroup, to: &json, row: writeActivityGroup)
    writeRows("by_worker", figures.byWorker, to: &json, row: writeWorker)
    writeRows("trend", figures.trend, to: &json, row: writeTrend)
    writeRows("overdue", figures.overdue, to: &json, row: writeOverdue)
    writeRows("non_reporting_stations", figures.nonReportingStations, to: &json, row: writeNonReporting)
    json.key("data_quality")
    writeDataQuality(figures.dataQuality, to: &json)
    json.endObject()
    return json.finish()
  }

  /// `{"label", "start", "end"}` of a period.
  static func writePeriod(_ period: Period, to json: inout JSONWriter) {
    json.beginObject(inline: true)
    json.field("label", period.label)
    json.field("start", CivilDate.string(period.start))
    json.field("end", CivilDate.string(period.end))
    json.endObject()
  }

  /// A headline block, its keys in the order of SPEC §5's table.
  static func writeHeadline(_ headline: Headline, to json: inout JSONWriter) {
    json.beginObject()
    for (key, value) in headline.keyedValues {
      json.key(key)
      switch value {
      case .count(let count): json.integer(count)
      case .ratio(let ratio): json.double(ratio)
      case .minutes(let minutes): json.hours(minutes: minutes)
      case .decimal(let decimal): json.decimal(decimal)
      }
    }
    json.endObject()
  }

  /// `name: [...]`, one row per line.
  static func writeRows<Row>(
    _ name: String, _ rows: [Row], to json: inout JSONWriter, row write: (Row, inout JSONWriter) -> Void
  ) {
    json.key(name)
    json.beginArray()
    for row in rows {
      json.beginObject(inline: true)
      write(row, &json)
      json.endObject()
    }
    json.endArray()
  }

  /// `data_quality`: `files` in reading order and `issues_by_code`.
  static func writeDataQuality(_ quality: DataQuality, to json: inout JSONWriter) {
    json.beginObject()
    json.key("files")
    json.beginArray()
    for file in quality.files {
      json.beginObject(inline: true)
      json.field("file", file.name)
      json.field("encoding", file.encoding)
      json.field("rows", file.rows)
      json.field("accepted", file.accepted)
      json.field("rejected", file.rejected)
      json.field("warnings", file.warnings)
      json.endObject()
    }
    json.endArray()
    json.key("issues_by_code")
    json.beginObject()
    for issue in quality.issuesByCode { json.field(issue.code.rawValue, issue.count) }
    json.endObject()
    json.endObject()
  }
}
