/// A decimal number with two places, held exactly as a whole number of hundredths (`1250` is 12.50).
///
/// Hours and pay are reported this way: computed in integers from exact sums and rounded once,
/// half-up (halves away from zero), so that every output shows the same digits.
public struct Hundredths: Sendable, Hashable, Comparable {
  /// The value times 100.
  public var value: Int

  /// The number `value / 100`.
  public init(_ value: Int) {
    self.value = value
  }

  /// `numerator / denominator` rounded half-up to two places; `denominator` must be positive.
  public init(ratio numerator: Int, over denominator: Int) {
    precondition(denominator > 0, "Hundredths needs a positive denominator")
    // round(n * 100 / d) half away from zero, as floor((200 n + d) / (2 d)) for n >= 0.
    let magnitude = (numerator.magnitude * 200 + denominator.magnitude) / (denominator.magnitude * 2)
    value = numerator < 0 ? -Int(magnitude) : Int(magnitude)
  }

  /// A number of minutes as hours: `minutes / 60`, rounded half-up to two places (`45` min → 0.75, `1` → 0.02).
  public static func hours(minutes: Int) -> Hundredths {
    Hundredths(ratio: minutes, over: 60)
  }

  /// The fixed-point text with exactly two decimals: `12.50`, `0.07`, `-1.20`.
  public var text: String {
    let whole = value.magnitude / 100
    let cents = value.magnitude % 100
    return (value < 0 ? "-" : "") + String(whole) + (cents < 10 ? ".0" : ".") + String(cents)
  }

  /// The value as a `Double` (for spreadsheet cells); exact to the two places shown by `text`.
  public var doubleValue: Double { Double(value) / 100 }

  /// Orders by value.
  public static func < (lhs: Hundredths, rhs: Hundredths) -> Bool { lhs.value < rhs.value }
}

extension Hundredths: CustomStringConvertible {
  /// The fixed-point text, as `text`.
  public var description: String { text }
}
