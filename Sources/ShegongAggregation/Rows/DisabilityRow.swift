/// One row of `by_disability`: a disability type, or a colour of the four-colour ledger (四色台账).
public struct DisabilityRow: Sendable, Equatable {
  /// `type`: the disability type's code, or the colour (`red`, `blue`, `green`, `yellow`).
  public var code: String
  /// `label`: the Chinese label.
  public var label: String
  /// The English label.
  public var englishLabel: String
  /// Whether the row is a ledger colour rather than a single type.
  public var isColour: Bool
  /// `beneficiaries_registered`: registered on the last day with this disability type (or a type of this colour).
  public var beneficiariesRegistered: Int
  /// `registered_served`: those of them served in the period.
  public var registeredServed: Int
}
