import ShegongIngest

/// What a column of an input file is (SPEC §3): its names in a header, whether every row must give
/// it a value, and whether it holds personal data.
public struct ColumnDefinition: Sendable {
  /// The English name of SPEC §3.
  public let name: String
  /// Other names accepted in the header (Chinese first).
  public let aliases: [String]
  /// Whether the header must have the column (and every row a value).
  let isRequired: Bool
  /// The personal data the column holds, masked in issues unless unmasked; nil for none.
  let personalData: PersonalData?

  /// A column named `name` (or any of `aliases`), optional unless `required`, holding `personalData`.
  init(_ name: String, _ aliases: [String], required: Bool = false, personalData: PersonalData? = nil) {
    self.name = name
    self.aliases = aliases
    self.isRequired = required
    self.personalData = personalData
  }
}

/// A kind of personal data a column can hold, each masked its own way in issues (SPEC §7).
enum PersonalData: Sendable {
  /// A person's name (`张三倩` → `张*倩`).
  case name
  /// An ID number (`370781199001011234` → `370781********1234`).
  case idNumber

  /// `text` masked.
  func masked(_ text: String) -> String {
    switch self {
    case .name: Masking.name(text)
    case .idNumber: Masking.idNumber(text)
    }
  }
}

/// The columns of one kind of input file, one case per column in SPEC §3 order (the raw value is
/// the column's place in that order).
public protocol InputColumn: RawRepresentable<Int>, CaseIterable, Sendable where AllCases == [Self] {
  /// The column's names, requirement and personal data.
  var definition: ColumnDefinition { get }
  /// Whether a row of the file can hold a beneficiary's name or ID number somewhere (in a column
  /// of personal data, a note, or a column the header does not name), so that the text of a
  /// broken row is never quoted (SPEC §7 Privacy).
  static var mayHoldNames: Bool { get }
}

extension InputColumn {
  /// No, unless the file's columns say so.
  public static var mayHoldNames: Bool { false }

  /// The column's header cell as an export writes it: its English name, or its first (Chinese)
  /// alias.
  public func headerName(chinese: Bool) -> String {
    chinese ? definition.aliases.first ?? definition.name : definition.name
  }
}

extension InputColumn {
  /// Where each column sits in `header`, by column (nil when absent).
  ///
  /// Throws `missingColumn` for an absent required column and `duplicateColumn` when two header
  /// cells name the same column.
  static func positions(in header: [String], file: String, line: Int) throws(IngestError) -> [Int?] {
    let columns = allCases.map(\.definition)
    var positions = [Int?](repeating: nil, count: columns.count)
    for (position, cell) in header.enumerated() {
      let name = HeaderName.normalized(cell)
      guard !name.isEmpty else { continue }
      guard
        let column = columns.firstIndex(where: { spec in
          spec.name == name || spec.aliases.contains { HeaderName.normalized($0) == name }
        })
      else { continue }
      if let earlier = positions[column] {
        throw IngestError(
          .duplicateColumn, file: file, line: line, column: cell,
          message: "header cells \(earlier + 1) (\"\(header[earlier])\") and \(position + 1) (\"\(cell)\") "
            + "both name column \(columns[column].name)")
      }
      positions[column] = position
    }
    for (index, spec) in columns.enumerated() where spec.isRequired && positions[index] == nil {
      throw IngestError(
        .missingColumn, file: file, line: line, column: spec.name,
        message: "required column \(spec.name) (\(spec.aliases.first ?? spec.name)) is missing from the header")
    }
    return positions
  }
}
