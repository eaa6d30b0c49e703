/// How header cells are compared (SPEC §3): trimmed, full-width folded, ASCII lower-cased.
public enum HeaderName {
  /// The comparable form of a header name given as text.
  public static func normalized(_ text: String) -> String {
    var bytes = Array(text.utf8)
    bytes.append(0)  // never empty, so the buffer has a base address
    // The values point into the file's bytes, which `cells` holds.
    var cells = CellText(file: TextFile(name: "", utf8: bytes))
    cells.beginRecord(spanning: bytes.count)
    return normalized(cells.value(FieldSpan(start: 0, end: bytes.count - 1)))
  }

  /// The comparable form of an already trimmed and folded header cell.
  public static func normalized(_ value: UnsafeBufferPointer<UInt8>) -> String {
    String(decoding: value.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
  }
}
