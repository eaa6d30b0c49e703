/// Masking of beneficiaries' names and ID numbers for outputs, as the privacy rules require.
public enum Masking {
  /// A name with only its first and last character kept and one `*` between them.
  ///
  /// Characters are grapheme clusters: `张三倩` → `张*倩`, `欧阳娜娜` → `欧*娜`; a two-character name
  /// keeps its first (`张三` → `张*`), a one-character name becomes `*`, and an empty name stays empty.
  public static func name(_ name: String) -> String {
    guard let first = name.first, let last = name.last else { return "" }
    switch name.count {
    case 1: return "*"
    case 2: return String(first) + "*"
    default: return String(first) + "*" + String(last)
    }
  }

  /// An ID number with its first 6 and last 4 characters kept and every character between them `*`.
  ///
  /// `370781199001011234` → `370781********1234`. A value of 10 characters or fewer becomes as many
  /// `*` as it has characters; an empty value stays empty.
  public static func idNumber(_ id: String) -> String {
    let count = id.count
    guard count > 10 else { return String(repeating: "*", count: count) }
    return String(id.prefix(6)) + String(repeating: "*", count: count - 10) + String(id.suffix(4))
  }
}
