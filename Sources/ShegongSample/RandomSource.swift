/// A small, fast, seeded pseudo-random generator (xoshiro256**), so that one seed always gives
/// the same sample bytes on every platform.
///
/// The four words of state are filled from the seed with SplitMix64, as the xoshiro authors
/// recommend. The generator never reads the clock or any system source of entropy.
struct RandomSource {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// Creates a generator whose whole output is fixed by `seed` and `stream`.
  ///
  /// Different `stream` values give independent sequences for the same seed, so each file
  /// can draw from its own generator without shifting the others.
  init(seed: UInt64, stream: UInt64 = 0) {
    var mixer = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
    s0 = RandomSource.splitMix(&mixer)
    s1 = RandomSource.splitMix(&mixer)
    s2 = RandomSource.splitMix(&mixer)
    s3 = RandomSource.splitMix(&mixer)
    if s0 | s1 | s2 | s3 == 0 { s0 = 1 }
  }

  /// One step of SplitMix64 over `state`.
  static func splitMix(_ state: inout UInt64) -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A stateless hash of a few numbers, for values that must be recomputed identically later.
  static func hash(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
    var state = a &* 0x9E37_79B9_7F4A_7C15 ^ b &* 0xC2B2_AE3D_27D4_EB4F ^ c &* 0x1656_67B1_9E37_79F9
    return splitMix(&state)
  }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = s3 << 45 | s3 >> 19
    return result
  }

  /// A uniformly distributed integer in `0..<bound` (`bound` > 0), by Lemire's multiply-shift.
  mutating func below(_ bound: Int) -> Int {
    let wide = UInt64(truncatingIfNeeded: bound).multipliedFullWidth(by: next())
    return Int(truncatingIfNeeded: wide.high)
  }

  /// A uniformly distributed integer in the closed range `low...high`.
  mutating func int(_ low: Int, _ high: Int) -> Int {
    low + below(high - low + 1)
  }

  /// A uniformly distributed value in `0..<1`.
  mutating func unit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// True with probability `probability`.
  mutating func chance(_ probability: Double) -> Bool {
    unit() < probability
  }

  /// An index into `weights`, drawn with probability proportional to each weight.
  mutating func pick(_ weights: WeightTable) -> Int {
    weights.index(for: below(weights.total))
  }
}

/// Cumulative integer weights, for drawing an index with `RandomSource.pick`.
struct WeightTable: Sendable {
  private let cumulative: [Int]
  /// The sum of all weights.
  let total: Int

  /// Creates the table; every weight must be ≥ 0 and at least one > 0.
  init(_ weights: [Int]) {
    var running = 0
    var sums: [Int] = []
    sums.reserveCapacity(weights.count)
    for weight in weights {
      running += weight
      sums.append(running)
    }
    cumulative = sums
    total = max(running, 1)
  }

  /// The index whose cumulative range holds `value` (0 ≤ value < total).
  func index(for value: Int) -> Int {
    var low = 0
    var high = cumulative.count - 1
    while low < high {
      let middle = (low + high) / 2
      if cumulative[middle] > value { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
