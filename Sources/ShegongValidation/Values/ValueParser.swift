/// Parsers for the typed cell values of the input files: dates, times, durations, integers and booleans.
///
/// Each parser takes the UTF-8 bytes of one cell that has already been trimmed and had its
/// full-width characters (U+FF01–U+FF5E) folded to ASCII, and returns nil when the value does not
/// parse (a `type-error`). The byte parsers never allocate; the `String` overloads are conveniences
/// for callers that hold text.
public enum ValueParser {}
