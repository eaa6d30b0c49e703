/// A character encoding that input files may use, named as the reports name it.
public enum TextEncoding: String, Sendable, CaseIterable {
  /// UTF-8 without a byte-order mark.
  case utf8 = "UTF-8"
  /// UTF-8 behind the byte-order mark `EF BB BF`.
  case utf8WithBOM = "UTF-8-BOM"
  /// UTF-16, little-endian, behind the mark `FF FE`.
  case utf16LE = "UTF-16LE"
  /// UTF-16, big-endian, behind the mark `FE FF`.
  case utf16BE = "UTF-16BE"
  /// GB18030 (a superset of GBK and GB2312), as Excel and WPS save on Chinese Windows.
  case gb18030 = "GB18030"

  /// The name glibc `iconv_open` knows this encoding by.
  var iconvName: String {
    switch self {
    case .utf8, .utf8WithBOM: return "UTF-8"
    case .utf16LE: return "UTF-16LE"
    case .utf16BE: return "UTF-16BE"
    case .gb18030: return "GB18030"
    }
  }
}
