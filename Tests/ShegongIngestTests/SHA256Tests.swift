import Foundation
import ShegongIngest
import Testing

/// SHA-256 against the example messages of FIPS 180-4 (NIST's "SHA-256 examples").
@Suite struct SHA256Tests {
  /// The digest of `text` in hex, fed in pieces of `piece` bytes.
  private func hex(_ bytes: [UInt8], piece: Int) -> String {
    var hash = SHA256()
    var start = 0
    while start < bytes.count {
      hash.update(Array(bytes[start..<min(bytes.count, start + piece)]))
      start += piece
    }
    return SHA256.hex(hash.finish())
  }

  @Test(arguments: [1, 3, 63, 64, 65, 1000])
  func exampleMessages(piece: Int) {
    let vectors: [(String, String)] = [
      ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
      (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
      ),
      (
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrs"
          + "mnopqrstnopqrstu",
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
      ),
    ]
    for (message, expected) in vectors {
      #expect(hex(Array(message.utf8), piece: piece) == expected, "\(message.prefix(10))… in pieces of \(piece)")
    }
  }

  @Test func millionA() {
    let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
    let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
    #expect(SHA256.hex(SHA256.digest(of: bytes)) == expected)
    #expect(hex(bytes, piece: 4099) == expected)
  }

  /// Messages of 55, 56 and 64 bytes need one or two padding blocks; checked against the
  /// 448-bit message cut at those lengths (digests from `sha256sum`).
  @Test func paddingBoundaries() {
    let message = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopqabcdefgh".utf8)
    let expected = [
      55: "aa353e009edbaebfc6e494c8d847696896cb8b398e0173a4b5c1b636292d87c7",
      56: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
      64: "684bec8a7d8fce7aea7758a984122085af34fa0ae77ad99906b66a7e95cfeb7f",
    ]
    for (length, digest) in expected.sorted(by: { $0.key < $1.key }) {
      #expect(SHA256.hex(SHA256.digest(of: Array(message.prefix(length)))) == digest, "\(length) bytes")
    }
  }

  /// Files larger than the 1 MiB piece, small ones read in one piece no larger than the file,
  /// and an empty one.
  @Test(arguments: [3_000_000, 1 << 20, 40_000, 4_095, 1, 0])
  func fileDigestMatchesBuffer(size: Int) throws {
    let path = FileManager.default.temporaryDirectory.path + "/sha256-\(getpid())-\(size).bin"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let file = try #require(SHA256.file(at: path))
    #expect(file.bytes == bytes.count)
    #expect(file.digest == SHA256.digest(of: bytes))
    #expect(SHA256.file(at: path + ".missing") == nil)
  }
}
