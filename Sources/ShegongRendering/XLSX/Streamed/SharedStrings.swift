import ShegongIngest

/// The texts that cells of a ``StreamedWorkbook`` share, and the `xl/sharedStrings.xml` part that
/// lists them: a cell holding a shared text stores only its number.
///
/// Only texts that repeat in a column are shared (``ColumnRepeats`` finds them without hashing
/// every cell); a text seen once stays in its cell. A station's issue list repeats its file, rule
/// and what-to-fix sentence on every row, so sharing them halves the XML that zlib compresses.
struct SharedStrings {
  /// The shared texts, numbered from 0 in the order they were added.
  private(set) var texts: [String] = []
  /// How many cells refer to a shared text.
  private(set) var references = 0

  /// Adds `text` and returns its number.
  mutating func add(_ text: String) -> Int {
    texts.append(text)
    return texts.count - 1
  }

  /// Counts one more cell referring to a shared text.
  mutating func countReference() {
    references += 1
  }

  /// The `xl/sharedStrings.xml` part.
  func part() -> [UInt8] {
    XMLBytes.part { xml in
      xml.append(#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count=""#)
      xml.append(references)
      xml.append(#"" uniqueCount=""#)
      xml.append(texts.count)
      xml.append(#"">"#)
      for text in texts {
        xml.append(XMLBytes.keepsSpaces(text) ? #"<si><t xml:space="preserve">"# : "<si><t>")
        xml.appendEscaped(text)
        xml.append("</t></si>")
      }
      xml.append("</sst>")
    }
  }
}

/// The texts written last in one column of a sheet, to notice the ones that repeat.
///
/// Holds up to ``capacity`` texts, replacing the oldest. A text found here a second time becomes
/// a shared text; a text not found is written in its cell and remembered.
struct ColumnRepeats {
  /// How many texts a column remembers: more than the kinds of issue or category a station has.
  static let capacity = 8

  /// After this many texts, a column that found less than one in ``giveUpShare`` again stops
  /// looking: its texts (ids, names, values) are each written once.
  static let trial = 64
  /// See ``trial``.
  static let giveUpShare = 8

  /// The remembered texts and, once they repeated, their shared numbers.
  private var entries: [(text: String, shared: Int?)] = []
  /// The entry replaced next when the column is full.
  private var oldest = 0
  /// The entry found last: a list repeats a text on row after row, so it is compared first.
  private var lastFound = 0
  /// How many texts were looked for, and how many were found.
  private var looked = 0
  private var found = 0

  /// The shared number of `text` when it repeats a remembered text (sharing it now if this is
  /// its second time); nil when it is new to the column, which then remembers it, or when the
  /// column has shown that its texts do not repeat.
  mutating func sharedNumber(of text: String, in strings: inout SharedStrings) -> Int? {
    guard looked < Self.trial || found * Self.giveUpShare >= looked else { return nil }
    looked += 1
    let matching =
      lastFound < entries.count && bytewiseEqual(entries[lastFound].text, text)
      ? lastFound : entries.indices.first { bytewiseEqual(entries[$0].text, text) }
    if let index = matching {
      found += 1
      lastFound = index
      if let shared = entries[index].shared { return shared }
      let shared = strings.add(text)
      entries[index].shared = shared
      return shared
    }
    if entries.count < Self.capacity {
      entries.append((text, nil))
    } else {
      entries[oldest] = (text, nil)
      oldest = (oldest + 1) % Self.capacity
    }
    return nil
  }
}
