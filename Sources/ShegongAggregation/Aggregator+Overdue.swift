import ShegongIngest
import ShegongValidation

extension PeriodTables {
  /// `overdue`: registered beneficiaries overdue as of the period's last day (SPEC §6).
  ///
  /// Sorted by days since last contact, longest first, the never-contacted before everyone,
  /// then by `beneficiary_id` bytewise. Names are masked unless `unmasked`.
  func overdueRows(unmasked: Bool) -> OverdueRows {
    let beneficiaries = inputs.beneficiaries
    let day = Int(end.day)
    var keys: [OverdueSortKey] = []
    keys.reserveCapacity(overdue.count)
    for person in 0..<beneficiaries.count where overdue.isOverdue[person] {
      let contact = scan.contact(person, end: end.index)
      // Days since contact, with Int.max standing for "never contacted" so that those come first.
      let since = contact == PersonState.none ? Int.max : day - Int(contact)
      let entry = OverdueRows.Entry(
        person: Int32(person), contact: contact, interval: overdue.interval[person],
        station: beneficiaries.station[person], area: beneficiaries.area[person],
        categories: beneficiaries.categories[person])
      keys.append(OverdueSortKey(since: since, id: beneficiaries.id[person], entry: entry))
    }
    let ids = beneficiaries.id
    let entries = OverdueSortKey.sorted(keys, ids: ids).map(\.entry)
    return OverdueRows(
      entries: entries, day: end.day, unmasked: unmasked, ids: ids, names: beneficiaries.name,
      stationIds: inputs.stations.id, stationNames: inputs.stations.name, areaCodes: inputs.areas.code)
  }
}

/// The order of `overdue` rows, with the first 16 bytes of the id packed into integers so that most
/// comparisons need no string.
private struct OverdueSortKey {
  let since: Int
  let head: UInt64
  let tail: UInt64
  /// The row: the beneficiary and their last contact.
  let entry: OverdueRows.Entry

  init(since: Int, id: String, entry: OverdueRows.Entry) {
    self.since = since
    self.entry = entry
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
  static func sorted(_ keys: [OverdueSortKey], ids: [String]) -> [OverdueSortKey] {
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
      result[starts[index]..<starts[index + 1]].sort { $0.precedes($1, ids: ids) }
    }
    return result
  }

  /// Days since descending, then id bytewise (packed bytes first, whole ids when those tie).
  func precedes(_ other: OverdueSortKey, ids: [String]) -> Bool {
    if since != other.since { return since > other.since }
    if head != other.head { return head < other.head }
    if tail != other.tail { return tail < other.tail }
    return bytewiseLess(ids[Int(entry.person)], ids[Int(other.entry.person)])
  }
}
