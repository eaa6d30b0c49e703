/// Texts kept once each: every distinct text is stored as its UTF-8 bytes in one buffer and named
/// by its number, so a text that many issues quote (a column name, a file name, a worker's id)
/// costs its bytes once and four bytes per mention.
struct StringPool: Sendable {
  /// The texts' bytes, one after another.
  private var bytes: [UInt8] = []
  /// Where each text ends in `bytes` (it starts where the one before ends).
  private var ends: [UInt32] = []
  /// Open-addressed table of text numbers by hash (-1 for an empty slot); a power of two long.
  private var slots: [Int32] = []

  /// An empty pool.
  init() {}

  /// The number of distinct texts.
  var count: Int { ends.count }

  /// The bytes the pool takes: texts, their ends and the lookup table.
  var byteCount: Int { bytes.capacity + ends.capacity * 4 + slots.capacity * 4 }

  /// The number of `text`, adding it when new.
  mutating func intern(_ text: String) -> Int32 {
    var text = text
    return text.withUTF8 { intern($0) }
  }

  /// The number of the text with UTF-8 `utf8`, adding it when new.
  mutating func intern(_ utf8: UnsafeBufferPointer<UInt8>) -> Int32 {
    if ends.count * 2 >= slots.count { grow() }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: Self.hash(utf8)) & mask
    while true {
      let number = slots[slot]
      if number < 0 { break }
      if matches(number, utf8) { return number }
      slot = (slot + 1) & mask
    }
    let number = Int32(ends.count)
    bytes.append(contentsOf: utf8)
    ends.append(UInt32(bytes.count))
    slots[slot] = number
    return number
  }

  /// The text numbered `number`.
  func string(_ number: Int32) -> String {
    let range = self.range(number)
    return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
  }

  /// Where text `number` sits in `bytes`.
  private func range(_ number: Int32) -> Range<Int> {
    let index = Int(number)
    return (index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])
  }

  /// Whether text `number` is `utf8`.
  private func matches(_ number: Int32, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    let range = self.range(number)
    guard range.count == utf8.count else { return false }
    return bytes.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[range]).elementsEqual(utf8) }
  }

  /// Doubles the lookup table and places every text again.
  private mutating func grow() {
    let size = Swift.max(64, slots.count * 2)
    slots = [Int32](repeating: -1, count: size)
    let mask = size - 1
    for number in 0..<ends.count {
      let range = self.range(Int32(number))
      var slot = bytes.withUnsafeBufferPointer {
        Int(truncatingIfNeeded: Self.hash(UnsafeBufferPointer(rebasing: $0[range]))) & mask
      }
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(number)
    }
  }

  /// FNV-1a over `utf8`, mixed so that its low bits spread.
  private static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash ^ (hash >> 29)
  }
}
