import ShegongValidation

/// One row of `by_disability`: a disability type, or a colour of the four-colour ledger (四色台账).
public struct DisabilityRow: Sendable, Equatable, FigureRow {
  /// `type`: the disability type's code, or the colour (`red`, `blue`, `green`, `yellow`).
  public var code: String
  /// `label`: the type's or colour's name.
  public var label: Bilingual
  /// Whether the row is a ledger colour rather than a single type.
  public var isColour: Bool
  /// Registered on the last day with this disability type (or a type of this colour), and served.
  public var register: RegisterCounts

  /// The registered, the served and the coverage.
  public subscript(key: HeadlineKey) -> FigureValue? {
    key == .overdueBeneficiaries ? nil : register[key]
  }
}
