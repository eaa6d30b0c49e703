import Testing

@testable import ShegongValidation

/// The id index must give every key one dense index, whatever the keys' lengths and whatever they
/// share, in both slot layouts (keys inline or not), through growth and through batch claims.
@Suite("IDIndex")
struct IDIndexTests {
  /// Keys that stress the slot tags and the inline first word: every length from 0 to 20, keys
  /// that share their first eight bytes, keys that differ only in their last byte or by a trailing
  /// zero byte, and many ordinary ids.
  static let keys: [[UInt8]] = {
    var keys: [[UInt8]] = []
    for length in 0...20 { keys.append(Array("B123456789abcdefghij".utf8.prefix(length))) }
    for suffix in 0..<40 { keys.append(Array("R0000000\(suffix)".utf8)) }
    keys.append([0x42, 0x00])
    keys.append([0x42, 0x00, 0x00])
    keys.append([0x00])
    keys.append(Array("张三丰".utf8))
    keys.append(Array("张三丰 ".utf8))
    for number in 0..<3000 { keys.append(Array("B\(1_000_000 + number * 7)".utf8)) }
    return keys
  }()

  @Test("each key gets the next index once; look-ups find exactly the keys inserted", arguments: [false, true])
  func insertAndFind(keysInline: Bool) throws {
    // A small starting capacity, so that the table grows several times on the way.
    var index = IDIndex(capacity: 16, keyLength: 8, keysInline: keysInline)
    var reference: [[UInt8]: Int32] = [:]
    for key in Self.keys {
      let (position, inserted) = try key.withUnsafeBufferPointer { try index.insert($0) }
      #expect(inserted == (reference[key] == nil))
      if inserted { reference[key] = Int32(reference.count) }
      #expect(position == reference[key])
    }
    #expect(index.count == reference.count)
    for (key, position) in reference {
      #expect(key.withUnsafeBufferPointer { index.index(of: $0) } == position)
      #expect(Array(index.key(at: position).utf8) == key)
    }
    // Near misses: one byte more, one byte less, last byte changed.
    for key in Self.keys where !key.isEmpty {
      for miss in [key + [0x21], Array(key.dropLast()), Array(key.dropLast()) + [key[key.count - 1] ^ 0x01]]
      where reference[miss] == nil {
        #expect(miss.withUnsafeBufferPointer { index.index(of: $0) } == nil)
      }
    }
  }

  @Test("keys of one length, then others: every key is still found and named", arguments: [false, true])
  func uniformThenMixed(keysInline: Bool) throws {
    var index = IDIndex(capacity: 16, keyLength: 8, keysInline: keysInline)
    // Two thousand ids of eight bytes (no offsets kept), then ids of other lengths.
    let uniform = (0..<2000).map { Array("B\(1_000_000 + $0)".utf8) }
    let mixed = [Array("B12".utf8), Array("B123456789".utf8), [], Array("W00001".utf8)]
    for key in uniform + mixed { try key.withUnsafeBufferPointer { _ = try index.insert($0) } }
    for (position, key) in (uniform + mixed).enumerated() {
      #expect(key.withUnsafeBufferPointer { index.index(of: $0) } == Int32(position))
      #expect(Array(index.key(at: Int32(position)).utf8) == key)
    }
    #expect(try Array("B1000001".utf8).withUnsafeBufferPointer { try index.insert($0) } == (1, false))
    #expect(Array("B100000".utf8).withUnsafeBufferPointer { index.index(of: $0) } == nil)
  }

  @Test("a batch claim repeats only what was there before or earlier in the batch", arguments: [false, true])
  func claim(keysInline: Bool) throws {
    var index = IDIndex(capacity: 16, keyLength: 8, keysInline: keysInline)
    var keys = PackedKeys()
    let batch = Self.keys + Self.keys.prefix(30)
    for key in batch { key.withUnsafeBufferPointer { keys.append($0) } }
    let repeated = try index.claim(keys)
    var seen: Set<[UInt8]> = []
    var expected: [Int] = []
    for (position, key) in batch.enumerated() where !seen.insert(key).inserted { expected.append(position) }
    #expect(repeated == expected)
    #expect(index.count == seen.count)
  }

  @Test("a copy looks up the same keys and stays as it was when the original grows")
  func copies() throws {
    var original = IDIndex(capacity: 16, keyLength: 8, keysInline: true)
    for key in Self.keys.prefix(10) { try key.withUnsafeBufferPointer { _ = try original.insert($0) } }
    let copy = original
    for key in Self.keys.dropFirst(10) { try key.withUnsafeBufferPointer { _ = try original.insert($0) } }
    #expect(copy.count == Set(Self.keys.prefix(10)).count)
    for key in Self.keys.prefix(10) {
      #expect(
        key.withUnsafeBufferPointer { copy.index(of: $0) } == key.withUnsafeBufferPointer { original.index(of: $0) })
    }
    let late = Self.keys[Self.keys.count - 1]
    #expect(late.withUnsafeBufferPointer { copy.index(of: $0) } == nil)
  }

  @Test("keys past the byte limit are refused with a clear error, before anything is stored", arguments: [false, true])
  func full(keysInline: Bool) throws {
    // Room for 20 bytes: two keys of 8 fit, a third does not; a shorter key still fits after it.
    var index = IDIndex(capacity: 16, keyLength: 8, keysInline: keysInline, keyByteLimit: 20)
    #expect(try index.insert("B0000001") == (0, true))
    #expect(try index.insert("B0000002") == (1, true))
    #expect(throws: IDIndex.Full(keyByteLimit: 20)) { try index.insert("B0000003") }
    #expect(index.count == 2)
    #expect(index.index(of: "B0000003") == nil)
    // A key already present is found without storing anything.
    #expect(try index.insert("B0000001") == (0, false))
    #expect(try index.insert("B4") == (2, true))
    let error = IDIndex.Full(keyByteLimit: 20).stopping("services/a.csv")
    #expect(error.kind == .tooLarge)
    #expect(error.file == "services/a.csv")
    #expect(error.message.contains("20 bytes"))
  }
}
