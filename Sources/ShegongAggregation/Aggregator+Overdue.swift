import ShegongValidation

extension PeriodTables {
  /// `overdue`: registered beneficiaries overdue as of the period's last day (SPEC §6).
  ///
  /// Sorted by days since last contact, longest first, the never-contacted before everyone,
  /// then by `beneficiary_id` bytewise. Names are masked unless `unmasked`.
  func overdueRows(unmasked: Bool) -> OverdueRows {
    let beneficiaries = inputs.beneficiaries
    let day = Int(end.day)
    var entries: [OverdueRows.Entry] = []
    var keys: [OverdueSortKey] = []
    entries.reserveCapacity(overdue.count)
    keys.reserveCapacity(overdue.count)
    for person in 0..<beneficiaries.count where overdue.isOverdue[person] {
      let contact = scan.contact(person, end: end.index)
      // Days since contact, with Int.max standing for "never contacted" so that those come first.
      let since = contact == PersonState.none ? Int.max : day - Int(contact)
      let entry = OverdueRows.Entry(
        id: beneficiaries.id[person], name: beneficiaries.name[person], station: beneficiaries.station[person],
        area: beneficiaries.area[person], contact: contact, interval: overdue.interval[person],
        categories: beneficiaries.categories[person])
      keys.append(OverdueSortKey(since: since, id: entry.id, index: Int32(entries.count)))
      entries.append(entry)
    }
    // Sorting small keys, then gathering the entries once, moves far fewer bytes than sorting entries.
    keys = OverdueSortKey.sorted(keys, entries: entries)
    return OverdueRows(
      entries: gather(entries, in: keys), day: end.day, unmasked: unmasked, stationIds: inputs.stations.id,
      stationNames: inputs.stations.name, areaCodes: inputs.areas.code)
  }
}

/// `entries` in the order of `keys`. The entries are read in batches, touching each first, so that
/// many of the scattered reads are under way at once.
private func gather(_ entries: [OverdueRows.Entry], in keys: [OverdueSortKey]) -> [OverdueRows.Entry] {
  var result: [OverdueRows.Entry] = []
  result.reserveCapacity(keys.count)
  var touched: Int32 = 0
  var start = 0
  while start < keys.count {
    let end = min(start + 16, keys.count)
    for position in start..<end { touched |= entries[Int(keys[position].index)].interval }
    for position in start..<end { result.append(entries[Int(keys[position].index)]) }
    start = end
  }
  // `touched` only keeps the first loop from being optimized away.
  if touched == Int32.min { result.reserveCapacity(keys.count) }
  return result
}

/// The order of `overdue` rows, with the first 16 bytes of the id packed into integers so that most
/// comparisons need no string.
private struct OverdueSortKey {
  let since: Int
  let head: UInt64
  let tail: UInt64
  let index: Int32

  init(since: Int, id: String, index: Int32) {
    self.since = since
    self.index = index
    var head: UInt64 = 0
    var tail: UInt64 = 0
    var index = 0
    for byte in id.utf8 {
      guard index < 16 else { break }
      if index < 8 {
        head |= UInt64(byte) << UInt64(8 * (7 - index))
      } else {
        tail |= UInt64(byte) << UInt64(8 * (15 - index))
      }
      index += 1
    }
    self.head = head
    self.tail = tail
  }

  /// `keys` in order: bucketed by days since (a counting sort, longest first, never contacted before
  /// all), then each bucket sorted by id. Days since take few values, so the buckets are small.
  static func sorted(_ keys: [OverdueSortKey], entries: [OverdueRows.Entry]) -> [OverdueSortKey] {
    guard keys.count > 1 else { return keys }
    let longest = keys.lazy.filter { $0.since != Int.max }.map(\.since).max() ?? 0
    let shortest = keys.lazy.filter { $0.since != Int.max }.map(\.since).min() ?? 0
    // Bucket 0: never contacted; bucket 1 + (longest − since) for the others.
    func bucket(_ key: OverdueSortKey) -> Int { key.since == Int.max ? 0 : 1 + longest - key.since }
    var starts = [Int](repeating: 0, count: longest - shortest + 3)
    for key in keys { starts[bucket(key) + 1] += 1 }
    for index in 1..<starts.count { starts[index] += starts[index - 1] }
    var cursor = starts
    var result = keys
    for key in keys {
      let slot = bucket(key)
      result[cursor[slot]] = key
      cursor[slot] += 1
    }
    for index in 0..<(starts.count - 1) where starts[index + 1] - starts[index] > 1 {
      result[starts[index]..<starts[index + 1]].sort { $0.precedes($1, entries: entries) }
    }
    return result
  }

  /// Days since descending, then id bytewise (packed bytes first, whole ids when those tie).
  func precedes(_ other: OverdueSortKey, entries: [OverdueRows.Entry]) -> Bool {
    if since != other.since { return since > other.since }
    if head != other.head { return head < other.head }
    if tail != other.tail { return tail < other.tail }
    return bytewiseLess(entries[Int(index)].id, entries[Int(other.index)].id)
  }
}
