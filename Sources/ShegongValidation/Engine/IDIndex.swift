import ShegongIngest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Interns ids (byte strings) to dense integer indices, without making a `String` per lookup.
///
/// Keys live in one byte arena. An open-addressing table of 64-bit slots maps a key's hash to
/// its index: each slot holds a tag (28 bits of the hash and the key's length up to 15) beside
/// `index + 1` (0 marks an empty slot), so most failed probes are settled without touching the
/// arena. The slots live in a `SlotTable`, shared between copies of the index and copied before a
/// write when shared.
///
/// An index made with `keysInline` also keeps each key's first eight bytes beside its slot. A
/// look-up of a key of up to eight bytes (most ids) is then settled by the slot alone: one cache
/// miss in a large table instead of three (slot, key start, key bytes).
///
/// While every key has the same length (as generated ids usually do), key `i` starts at
/// `i × width` and no offsets are kept; the first key of another length brings them in.
struct IDIndex: Sendable {
  private var arena: [UInt8] = []
  /// The length shared by every key so far (any before the first); nil once lengths differ.
  private var width: Int? = nil
  /// Where each key starts in `arena`, then the arena's end; kept only once `width` is nil.
  private var starts: [UInt32] = []
  /// The capacity asked for, to reserve `starts` when it comes in.
  private let expectedCount: Int
  /// The bytes of keys the index holds at most: 4 GiB, as far as the 32-bit `starts` reach.
  let keyByteLimit: Int
  private var table: SlotTable
  private var mask: Int
  /// Words per slot: 2 with keys inline (entry, then the key's first eight bytes), else 1.
  private let stride: Int
  private(set) var count = 0
  /// The sum of the slots loaded ahead by `insertAll`; kept only so that those loads happen.
  private var prefetchSink: UInt64 = 0

  /// Creates an empty index sized for about `capacity` keys (of about `keyLength` bytes each), so
  /// that filling it to that size never rehashes; with `keysInline`, each slot also holds its
  /// key's first eight bytes (twice the slot memory, for indexes looked up far more than filled).
  ///
  /// `keyByteLimit` is for tests: no index can hold more than 4 GiB of keys.
  init(capacity: Int = 16, keyLength: Int = 0, keysInline: Bool = false, keyByteLimit: Int = Int(UInt32.max)) {
    self.keyByteLimit = min(keyByteLimit, Int(UInt32.max))
    var size = 16
    // At most three quarters full (see `insert`): the slots of a province's register or year of
    // services are large, and a smaller table misses the caches less often.
    while size * 3 < capacity * 4 { size <<= 1 }
    stride = keysInline ? 2 : 1
    table = SlotTable(count: size * stride)
    mask = size - 1
    expectedCount = capacity
    if capacity > 16 { arena.reserveCapacity(capacity * keyLength) }
  }

  /// The index of `key`, or nil when it was never inserted.
  func index(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
    probe(key, hash: Self.hash(key)).found
  }

  /// The index of `key` given as text.
  func index(of key: String) -> Int32? {
    var key = key
    return key.withUTF8 { index(of: $0) }
  }

  /// Thrown by an insertion that would take the index past its bytes of keys (``keyByteLimit``) or
  /// past `Int32.max` keys.
  struct Full: Error, Equatable {
    /// The bytes of keys the index holds at most.
    let keyByteLimit: Int

    /// The error that stops the run when file `file` brings the ids past the limit.
    func stopping(_ file: String) -> IngestError {
      IngestError(
        .tooLarge, file: file,
        message: "the ids read up to this file take more than \(keyByteLimit) bytes, more than one run can hold; "
          + "split the inputs")
    }
  }

  /// Inserts `key` when new; returns its index and whether it was inserted.
  @discardableResult
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>) throws(Full) -> (index: Int32, inserted: Bool) {
    try insert(key, hash: Self.hash(key))
  }

  /// Inserts `key`, whose hash is `hash`, when new; returns its index and whether it was inserted.
  private mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) throws(Full) -> (
    index: Int32, inserted: Bool
  ) {
    let (slot, found) = probe(key, hash: hash)
    if let found { return (found, false) }
    // Every offset into the arena, and every index, fits below these.
    guard arena.count + key.count <= keyByteLimit, count < Int(Int32.max) else {
      throw Full(keyByteLimit: keyByteLimit)
    }
    let index = Int32(count)
    if count == 0 {
      width = key.count
    } else if let width, width != key.count {
      // The first key of another length: every key so far started at a multiple of `width`.
      starts.reserveCapacity(max(expectedCount, count) + 1)
      starts.append(contentsOf: (0...count).lazy.map { UInt32($0 * width) })
      self.width = nil
    }
    arena.append(contentsOf: key)
    if width == nil { starts.append(UInt32(arena.count)) }
    if !isKnownUniquelyReferenced(&table) { table = table.copy() }
    table.slots[slot * stride] = Self.tag(hash, length: key.count) | UInt64(count + 1)
    if stride == 2 { table.slots[slot * 2 + 1] = Self.leadingWord(key) }
    count += 1
    if count * 4 > (mask + 1) * 3 { grow() }
    return (index, true)
  }

  /// Inserts keys `0..<count` in order (`key(i)` gives key `i`) and calls `repeated(i)` for each key
  /// that was already present.
  mutating func insertAll(
    count: Int, key: (Int) -> UnsafeBufferPointer<UInt8>, repeated: (Int) -> Void
  ) throws(Full) {
    try insertAll(count: count, key: key) { item, _, inserted in
      if !inserted { repeated(item) }
    }
  }

  /// Inserts keys `0..<count` in order (`key(i)` gives key `i`) and calls `each(i, index, inserted)`
  /// for every key, as `insert` would return them one by one.
  ///
  /// Each key's first slot is loaded several keys ahead of its insertion, so that in a table
  /// larger than the caches the misses of successive keys overlap instead of following each other.
  mutating func insertAll(
    count: Int, key: (Int) -> UnsafeBufferPointer<UInt8>, each: (Int, Int32, Bool) -> Void
  ) throws(Full) {
    let distance = 16
    var hashes = [UInt64](repeating: 0, count: distance)
    var sink: UInt64 = 0
    for ahead in 0..<min(distance, count) {
      let hash = Self.hash(key(ahead))
      hashes[ahead] = hash
      sink &+= table.slots[(Int(truncatingIfNeeded: hash) & mask) * stride]
    }
    for item in 0..<count {
      let hash = hashes[item % distance]
      let (index, inserted) = try insert(key(item), hash: hash)
      each(item, index, inserted)
      let ahead = item + distance
      if ahead < count {
        let next = Self.hash(key(ahead))
        hashes[ahead % distance] = next
        sink &+= table.slots[(Int(truncatingIfNeeded: next) & mask) * stride]
      }
    }
    // Kept, so that the loads above are not optimized away.
    prefetchSink &+= sink
  }

  /// Inserts `key` given as text.
  @discardableResult
  mutating func insert(_ key: String) throws(Full) -> (index: Int32, inserted: Bool) {
    var key = key
    return try key.withUTF8 { bytes in Result { () throws(Full) in try insert(bytes) } }.get()
  }

  /// The key at `index`, as text.
  func key(at index: Int32) -> String {
    String(decoding: arena[bounds(of: Int(index))], as: UTF8.self)
  }

  /// Where key `index` lies in `arena`.
  private func bounds(of index: Int) -> Range<Int> {
    if let width { return index * width..<(index + 1) * width }
    return Int(starts[index])..<Int(starts[index + 1])
  }

  /// Finds `key`: the slot where it is (or where it would go) and its index when present.
  private func probe(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, found: Int32?) {
    let tag = Self.tag(hash, length: key.count)
    let mask = self.mask
    let slots = table.slots
    var slot = Int(truncatingIfNeeded: hash) & mask
    if stride == 2 {
      let word = Self.leadingWord(key)
      // The tag holds the length, so equal tags and equal first words settle a key of up to
      // eight bytes; a longer one is compared in full.
      let settledInline = key.count <= 8
      while true {
        // `slot` is masked by `mask`, and the table has `2 * (mask + 1)` words.
        let entry = slots[slot * 2]
        if entry == 0 { return (slot, nil) }
        if entry & Self.tagBits == tag && slots[slot * 2 + 1] == word {
          let index = Int(entry & 0xFFFF_FFFF) - 1
          if settledInline || matches(key, at: index) { return (slot, Int32(index)) }
        }
        slot = (slot + 1) & mask
      }
    }
    while true {
      // `slot` is masked by `mask`, which is `slots.count - 1`, so it stays in bounds.
      let entry = slots[slot]
      if entry == 0 { return (slot, nil) }
      if entry & Self.tagBits == tag {
        let index = Int(entry & 0xFFFF_FFFF) - 1
        if matches(key, at: index) { return (slot, Int32(index)) }
      }
      slot = (slot + 1) & mask
    }
  }

  /// The bits of a slot that hold its tag.
  private static let tagBits: UInt64 = 0xFFFF_FFFF_0000_0000

  /// A key's tag: the hash's high 28 bits above its length (15 standing for 15 or more).
  private static func tag(_ hash: UInt64, length: Int) -> UInt64 {
    (hash & 0xFFFF_FFF0_0000_0000) | UInt64(min(length, 15)) << 32
  }

  /// The first eight bytes of `key`, zero-filled when it is shorter.
  private static func leadingWord(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let base = key.baseAddress else { return 0 }
    if key.count >= 8 { return UnsafeRawPointer(base).loadUnaligned(as: UInt64.self) }
    var word: UInt64 = 0
    withUnsafeMutableBytes(of: &word) { bytes in
      bytes.baseAddress?.copyMemory(from: base, byteCount: key.count)
    }
    return word
  }

  /// Whether the stored key at `index` equals `key`; compares eight bytes at a time.
  private func matches(_ key: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let stored = bounds(of: index)
    let start = stored.lowerBound
    let count = key.count
    guard stored.count == count else { return false }
    guard count > 0 else { return true }
    return arena.withUnsafeBufferPointer { bytes in
      // The stored key is `bytes[start..<start + count]`, inside the arena, and `key` has
      // `count` bytes, so every read below stays within both buffers.
      guard let stored = bytes.baseAddress.map({ $0 + start }), let wanted = key.baseAddress else { return false }
      var offset = 0
      while offset + 8 <= count {
        let lhs = UnsafeRawPointer(stored + offset).loadUnaligned(as: UInt64.self)
        let rhs = UnsafeRawPointer(wanted + offset).loadUnaligned(as: UInt64.self)
        if lhs != rhs { return false }
        offset += 8
      }
      while offset < count {
        if stored[offset] != wanted[offset] { return false }
        offset += 1
      }
      return true
    }
  }

  /// Doubles the slot table and places every key again.
  private mutating func grow() {
    let size = (mask + 1) * 2
    let larger = SlotTable(count: size * stride)
    let newMask = size - 1
    let stride = self.stride
    let table = larger.slots
    let old = self.table.slots
    arena.withUnsafeBufferPointer { bytes in
      for oldSlot in 0...mask where old[oldSlot * stride] != 0 {
        // Re-derive the home slot from the stored key's full hash.
        let entry = old[oldSlot * stride]
        let index = Int(entry & 0xFFFF_FFFF) - 1
        let hash = Self.hash(UnsafeBufferPointer(rebasing: bytes[bounds(of: index)]))
        var slot = Int(truncatingIfNeeded: hash) & newMask
        while table[slot * stride] != 0 { slot = (slot + 1) & newMask }
        for word in 0..<stride { table[slot * stride + word] = old[oldSlot * stride + word] }
      }
    }
    self.table = larger
    mask = newMask
  }

  /// 64-bit FNV-1a over 8-byte words, finished with a multiply-xorshift so all bits mix.
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    guard let base = key.baseAddress else { return hash }
    let count = key.count
    var index = 0
    while index + 8 <= count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      hash = (hash ^ word) &* 0x0000_0100_0000_01B3
      hash ^= hash >> 29
      index += 8
    }
    while index < count {
      hash = (hash ^ UInt64(base[index])) &* 0x0000_0100_0000_01B3
      index += 1
    }
    hash ^= UInt64(count)
    hash ^= hash >> 32
    hash = hash &* 0xd6e8_feb8_6659_fd93
    hash ^= hash >> 32
    return hash
  }
}

/// The slot array of an `IDIndex`: zeroed words owned by one `ManagedBuffer` (whose header is
/// their count), which `IDIndex` copies before writing when shared.
///
/// Large tables are offered to the kernel for transparent huge pages: probes land at random, and
/// with 4 KiB pages nearly every probe of a big table also misses the TLB.
final class SlotTable: @unchecked Sendable {
  private let storage: ManagedBuffer<Int, UInt64>
  /// The slots; written only by an `IDIndex` that holds the sole reference to the table, and valid
  /// while the table lives (the index that reads them holds it).
  let slots: UnsafeMutableBufferPointer<UInt64>

  /// `count` zeroed slots.
  init(count: Int) {
    storage = ManagedBuffer<Int, UInt64>.create(minimumCapacity: count) { _ in count }
    slots = storage.withUnsafeMutablePointerToElements { base in
      #if os(Linux)
        // Only advice, on the whole huge pages inside the table: without transparent huge pages
        // the table works the same on small pages.
        let start = (Int(bitPattern: base) + Self.hugePage - 1) / Self.hugePage * Self.hugePage
        let end = (Int(bitPattern: base) + count * MemoryLayout<UInt64>.stride) / Self.hugePage * Self.hugePage
        if end > start, let pages = UnsafeMutableRawPointer(bitPattern: start) {
          _ = madvise(pages, end - start, MADV_HUGEPAGE)
        }
      #endif
      // Zeroing after the advice lets the first touch fault in huge pages.
      base.initialize(repeating: 0, count: count)
      return UnsafeMutableBufferPointer(start: base, count: count)
    }
  }

  private static let hugePage = 2 << 20

  /// A copy of the table.
  func copy() -> SlotTable {
    let copy = SlotTable(count: slots.count)
    if let from = slots.baseAddress, let to = copy.slots.baseAddress { to.update(from: from, count: slots.count) }
    return copy
  }
}
