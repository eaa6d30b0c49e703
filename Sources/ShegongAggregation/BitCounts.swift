/// How many of `masks` have each bit set: element b counts the masks with bit b, for bits
/// `0..<width` (a person's service types, target groups or months served, counted per type,
/// group or month).
func bitCounts<Mask: FixedWidthInteger>(_ masks: some Sequence<Mask>, width: Int) -> [Int] {
  var counts = [Int](repeating: 0, count: width)
  for mask in masks where mask != 0 {
    var bits = mask
    while bits != 0 {
      counts[bits.trailingZeroBitCount] += 1
      bits &= bits - 1
    }
  }
  return counts
}
