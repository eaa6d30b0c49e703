/// `numerator / denominator` as a `Double`, or nil when the denominator is 0 (SPEC §5).
@inline(__always)
func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
  denominator == 0 ? nil : Double(numerator) / Double(denominator)
}
