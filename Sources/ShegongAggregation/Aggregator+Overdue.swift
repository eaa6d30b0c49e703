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
      let contact = scan.persons[person].contact(end: end.index)
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
    keys.sort { $0.precedes($1, entries: entries) }
    return OverdueRows(
      entries: keys.map { entries[Int($0.index)] }, day: end.day, unmasked: unmasked, stationIds: inputs.stations.id,
      areaCodes: inputs.areas.code)
  }
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

  /// Days since descending, then id bytewise (packed bytes first, whole ids when those tie).
  func precedes(_ other: OverdueSortKey, entries: [OverdueRows.Entry]) -> Bool {
    if since != other.since { return since > other.since }
    if head != other.head { return head < other.head }
    if tail != other.tail { return tail < other.tail }
    return bytewiseLess(entries[Int(index)].id, entries[Int(other.index)].id)
  }
}
