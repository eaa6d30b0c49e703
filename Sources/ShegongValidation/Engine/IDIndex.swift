/// Interns ids (byte strings) to dense integer indices, without making a `String` per lookup.
///
/// Keys live in one byte arena; an open-addressing table of slots maps a key's hash to its index.
struct IDIndex: Sendable {
  private var arena: [UInt8] = []
  private var offsets: [Int] = [0]
  private var hashes: [UInt64] = []
  private var slots: [Int32]
  private var mask: Int

  /// Creates an empty index sized for about `capacity` keys.
  init(capacity: Int = 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: -1, count: size)
    mask = size - 1
  }

  /// Number of keys interned.
  var count: Int { hashes.count }

  /// The index of `key`, or nil when it was never inserted.
  func index(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
    let hash = Self.hash(key)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let candidate = slots[slot]
      if candidate < 0 { return nil }
      if hashes[Int(candidate)] == hash && keyEquals(Int(candidate), key) { return candidate }
      slot = (slot + 1) & mask
    }
  }

  /// The index of `key` given as text.
  func index(of key: String) -> Int32? {
    var key = key
    return key.withUTF8 { index(of: $0) }
  }

  /// Inserts `key` when new; returns its index and whether it was inserted.
  @discardableResult
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (index: Int32, inserted: Bool) {
    let hash = Self.hash(key)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let candidate = slots[slot]
      if candidate < 0 { break }
      if hashes[Int(candidate)] == hash && keyEquals(Int(candidate), key) { return (candidate, false) }
      slot = (slot + 1) & mask
    }
    let index = Int32(hashes.count)
    arena.append(contentsOf: key)
    offsets.append(arena.count)
    hashes.append(hash)
    slots[slot] = index
    if hashes.count * 2 > slots.count { grow() }
    return (index, true)
  }

  /// Inserts `key` given as text.
  @discardableResult
  mutating func insert(_ key: String) -> (index: Int32, inserted: Bool) {
    var key = key
    return key.withUTF8 { insert($0) }
  }

  /// The key at `index`, as text.
  func key(at index: Int32) -> String {
    String(decoding: arena[offsets[Int(index)]..<offsets[Int(index) + 1]], as: UTF8.self)
  }

  private func keyEquals(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = offsets[index]
    let end = offsets[index + 1]
    guard end - start == key.count else { return false }
    return arena.withUnsafeBufferPointer { stored in
      var position = 0
      while position < key.count {
        if stored[start + position] != key[position] { return false }
        position += 1
      }
      return true
    }
  }

  private mutating func grow() {
    let size = slots.count * 2
    slots = Array(repeating: -1, count: size)
    mask = size - 1
    for (index, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index)
    }
  }

  /// 64-bit FNV-1a, finished with a multiply-xorshift so low bits mix well.
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    hash ^= hash >> 32
    hash = hash &* 0xd6e8_feb8_6659_fd93
    hash ^= hash >> 32
    return hash
  }
}
