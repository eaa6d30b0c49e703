/// Counts distinct (group, item) pairs per group in linear time, without hashing.
///
/// Pairs are added in any order. `counts()` buckets the items by group (a counting sort) and walks
/// each bucket with a "last group seen" stamp per item, so an item counts once per group.
struct DistinctPairs {
  private let groupCount: Int
  private let itemCount: Int
  private var groups: [Int32] = []
  private var items: [Int32] = []

  /// Prepares for groups `0..<groupCount` and items `0..<itemCount`.
  init(groupCount: Int, itemCount: Int) {
    self.groupCount = groupCount
    self.itemCount = itemCount
  }

  /// Records the pair (`group`, `item`); repeats are allowed and count once.
  mutating func add(group: Int32, item: Int32) {
    groups.append(group)
    items.append(item)
  }

  /// Adds every pair of `other`, which must have the same groups and items.
  mutating func add(contentsOf other: DistinctPairs) {
    groups.append(contentsOf: other.groups)
    items.append(contentsOf: other.items)
  }

  /// The number of distinct items of each group, indexed by group.
  func counts() -> [Int] {
    var result = [Int](repeating: 0, count: groupCount)
    guard !groups.isEmpty else { return result }
    // Bucket boundaries: `starts[g]..<starts[g + 1]` holds group g's items.
    var starts = [Int](repeating: 0, count: groupCount + 1)
    for group in groups { starts[Int(group) + 1] += 1 }
    for index in 0..<groupCount { starts[index + 1] += starts[index] }
    var cursor = starts
    var bucketed = [Int32](repeating: 0, count: items.count)
    for (group, item) in zip(groups, items) {
      bucketed[cursor[Int(group)]] = item
      cursor[Int(group)] += 1
    }
    var lastGroup = [Int32](repeating: -1, count: itemCount)
    for group in 0..<groupCount {
      let stamp = Int32(group)
      var distinct = 0
      for position in starts[group]..<starts[group + 1] {
        let item = Int(bucketed[position])
        if lastGroup[item] != stamp {
          lastGroup[item] = stamp
          distinct += 1
        }
      }
      result[group] = distinct
    }
    return result
  }

  /// The number of distinct pairs over all groups.
  func total() -> Int {
    counts().reduce(0, +)
  }
}
