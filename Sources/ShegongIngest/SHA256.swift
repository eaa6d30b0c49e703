/// SHA-256 (FIPS 180-4), for the run manifest's file hashes and the callback draw (SPEC §11).
///
/// Feed bytes with ``update(_:)`` in pieces of any size, then take ``finish()``; or hash one
/// buffer with ``digest(of:)``. The message is processed in 64-byte blocks as they fill.
public struct SHA256: Sendable {
  /// The hash state, words a–h.
  private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
  )
  /// The bytes of the block not yet full.
  private var pending: [UInt8] = []
  /// Bytes fed so far.
  private var length: UInt64 = 0

  /// A hash of no bytes yet.
  public init() {
    pending.reserveCapacity(64)
  }

  /// The round constants: the first 32 bits of the fractional parts of the cube roots of the
  /// first 64 primes.
  private static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
  ]

  /// Adds `bytes` to the message.
  public mutating func update(_ bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress else { return }
    length &+= UInt64(bytes.count)
    var offset = 0
    if !pending.isEmpty {
      let taken = min(64 - pending.count, bytes.count)
      pending.append(contentsOf: UnsafeRawBufferPointer(start: base, count: taken))
      offset = taken
      guard pending.count == 64 else { return }
      let block = pending
      block.withUnsafeBytes { full in
        if let start = full.baseAddress { compress(start) }
      }
      pending.removeAll(keepingCapacity: true)
    }
    while bytes.count - offset >= 64 {
      compress(base + offset)
      offset += 64
    }
    if offset < bytes.count {
      pending.append(contentsOf: UnsafeRawBufferPointer(start: base + offset, count: bytes.count - offset))
    }
  }

  /// Adds `bytes` to the message.
  public mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { update($0) }
  }

  /// The 32-byte digest of the message fed so far (padding a copy; this hash can go on).
  public func finish() -> [UInt8] {
    var copy = self
    let bits = length &* 8
    var tail: [UInt8] = [0x80]
    let padded = (pending.count + 1 + 8 + 63) / 64 * 64
    tail.append(contentsOf: repeatElement(0, count: padded - pending.count - 1 - 8))
    for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
    let length = copy.length
    copy.update(tail)
    copy.length = length
    var digest: [UInt8] = []
    digest.reserveCapacity(32)
    let words = [
      copy.state.0, copy.state.1, copy.state.2, copy.state.3, copy.state.4, copy.state.5, copy.state.6, copy.state.7,
    ]
    for word in words {
      for shift in stride(from: 24, through: 0, by: -8) {
        digest.append(UInt8(truncatingIfNeeded: word >> UInt32(shift)))
      }
    }
    return digest
  }

  /// The digest of `bytes`.
  public static func digest(of bytes: [UInt8]) -> [UInt8] {
    var hash = SHA256()
    hash.update(bytes)
    return hash.finish()
  }

  /// The digest of the UTF-8 of `text`, in lowercase hexadecimal.
  public static func hex(of text: String) -> String {
    hex(digest(of: Array(text.utf8)))
  }

  /// `digest` in lowercase hexadecimal, two digits a byte.
  public static func hex(_ digest: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(digest.count * 2)
    for byte in digest {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// Processes the 64-byte block at `block` into the state.
  ///
  /// The message schedule is expanded first, in a buffer on the stack; the rounds then go eight at
  /// a time, each of the eight naming the working words in the order that round sees them, so that
  /// no round moves the words along (FIPS 180-4 §6.2.2, step 4, with the renaming unrolled).
  private mutating func compress(_ block: UnsafeRawPointer) {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
      for index in 0..<16 {
        schedule[index] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
      }
      for index in 16..<64 {
        let w15 = schedule[index - 15]
        let w2 = schedule[index - 2]
        let s0 = w15.rotatedRight(7) ^ w15.rotatedRight(18) ^ (w15 >> 3)
        let s1 = w2.rotatedRight(17) ^ w2.rotatedRight(19) ^ (w2 >> 10)
        schedule[index] = schedule[index - 16] &+ s0 &+ schedule[index - 7] &+ s1
      }
      var (a, b, c, d, e, f, g, h) = state
      Self.roundConstants.withUnsafeBufferPointer { constants in
        var round = 0
        while round < 64 {
          Self.round(a, b, c, &d, e, f, g, &h, constants[round] &+ schedule[round])
          Self.round(h, a, b, &c, d, e, f, &g, constants[round + 1] &+ schedule[round + 1])
          Self.round(g, h, a, &b, c, d, e, &f, constants[round + 2] &+ schedule[round + 2])
          Self.round(f, g, h, &a, b, c, d, &e, constants[round + 3] &+ schedule[round + 3])
          Self.round(e, f, g, &h, a, b, c, &d, constants[round + 4] &+ schedule[round + 4])
          Self.round(d, e, f, &g, h, a, b, &c, constants[round + 5] &+ schedule[round + 5])
          Self.round(c, d, e, &f, g, h, a, &b, constants[round + 6] &+ schedule[round + 6])
          Self.round(b, c, d, &e, f, g, h, &a, constants[round + 7] &+ schedule[round + 7])
          round += 8
        }
      }
      state = (
        state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e, state.5 &+ f, state.6 &+ g,
        state.7 &+ h
      )
    }
  }

  /// One round on working words named as that round sees them: `d` takes the new `e` and `h` the
  /// new `a`; the caller renames the rest by the order of its arguments.
  @inline(__always)
  private static func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
    _ h: inout UInt32, _ constantAndWord: UInt32
  ) {
    let sum1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
    let choice = g ^ (e & (f ^ g))
    let temp1 = h &+ sum1 &+ choice &+ constantAndWord
    let sum0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
    let majority = (a & b) | (c & (a | b))
    d = d &+ temp1
    h = temp1 &+ sum0 &+ majority
  }
}

extension UInt32 {
  /// The word rotated right by `count` bits (0 < `count` < 32).
  @inline(__always)
  fileprivate func rotatedRight(_ count: UInt32) -> UInt32 {
    (self >> count) | (self << (32 - count))
  }
}
