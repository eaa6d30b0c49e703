/// Byte strings stored end to end: the keys of a file's candidate rows, kept until they are claimed.
struct PackedKeys: Sendable, Equatable {
  /// The keys' bytes, one after another.
  private(set) var bytes: [UInt8] = []
  /// Where each key ends in ``bytes``.
  private(set) var ends: [Int] = []

  /// The number of keys.
  var count: Int { ends.count }

  /// Reserves room for `keys` keys of `bytesPerKey` bytes.
  mutating func reserveCapacity(keys: Int, bytesPerKey: Int) {
    ends.reserveCapacity(keys)
    bytes.reserveCapacity(keys * bytesPerKey)
  }

  /// Adds `key` after the others.
  mutating func append(_ key: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: key)
    ends.append(bytes.count)
  }

  /// Adds every key of `other` after these.
  mutating func append(contentsOf other: PackedKeys) {
    let offset = bytes.count
    bytes.append(contentsOf: other.bytes)
    ends.append(contentsOf: other.ends.lazy.map { $0 + offset })
  }

  /// Calls `body` with the bytes of every key at once; `key(i)` inside it gives key `i`.
  func withKeys<R, E: Error>(_ body: (_ key: (Int) -> UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
    try bytes.withUnsafeBufferPointer { buffer throws(E) in
      try body { index in UnsafeBufferPointer(rebasing: buffer[(index == 0 ? 0 : ends[index - 1])..<ends[index]]) }
    }
  }

  /// Key `index` as text.
  func string(at index: Int) -> String {
    withKeys { (key) throws(Never) in String(decoding: key(index), as: UTF8.self) }
  }
}

extension IDIndex {
  /// Inserts `keys` in order (see `insertAll`) and returns the positions of those already present.
  mutating func claim(_ keys: PackedKeys) throws(Full) -> [Int] {
    var repeated: [Int] = []
    try keys.withKeys { key throws(Full) in
      try insertAll(count: keys.count, key: key) { repeated.append($0) }
    }
    return repeated
  }
}
