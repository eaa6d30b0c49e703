import ShegongAggregation
import ShegongIngest

/// The run manifest as JSON (SPEC §11), written with the same writer as the metrics.
public enum ManifestJSON {
  /// `manifest-<label>.json`.
  public static func fileName(for period: Period) -> String {
    RunManifest.fileName(label: period.label)
  }

  /// The document, as UTF-8 bytes ending in a line feed: keys in the order of SPEC §11, one file
  /// a line.
  public static func render(_ manifest: RunManifest) -> [UInt8] {
    var json = JSONWriter()
    json.beginObject()
    json.field("schema", RunManifest.schema)
    json.key("tool")
    json.beginObject(inline: true)
    json.field("name", manifest.toolName)
    json.field("version", manifest.toolVersion)
    json.endObject()
    json.key("arguments")
    json.beginArray(inline: true)
    for argument in manifest.arguments { json.string(argument) }
    json.endArray()
    json.field("as_of", manifest.asOf)
    json.key("period")
    json.beginObject(inline: true)
    json.field("label", manifest.period.label)
    json.field("start", manifest.period.start)
    json.field("end", manifest.period.end)
    json.endObject()
    json.key("inputs")
    writeFiles(manifest.inputs, to: &json)
    json.key("outputs")
    writeFiles(manifest.outputs, to: &json)
    json.endObject()
    return json.finish()
  }

  /// A list of files, one inline object each.
  private static func writeFiles(_ files: [RunManifest.File], to json: inout JSONWriter) {
    json.beginArray()
    for file in files {
      json.beginObject(inline: true)
      json.field("file", file.file)
      json.key("bytes")
      json.integer(file.bytes)
      json.field("sha256", file.sha256)
      if let encoding = file.encoding { json.field("encoding", encoding) }
      if let rows = file.rows {
        json.key("rows")
        json.integer(rows)
      }
      json.endObject()
    }
    json.endArray()
  }
}
