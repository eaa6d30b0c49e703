import Testing

@testable import ShegongIngest

@Suite("Bytewise order and equality of texts")
struct BytewiseOrderTests {
  @Test("texts compare by their UTF-8 bytes, not by canonical equivalence")
  func bytes() {
    // "é" as one scalar (C3 A9) and as e + combining acute (65 CC 81): equal as Strings, not as bytes.
    let composed = "caf\u{E9}"
    let decomposed = "cafe\u{301}"
    #expect(composed == decomposed)
    #expect(!bytewiseEqual(composed, decomposed))
    #expect(bytewiseEqual(composed, "caf\u{E9}"))
    #expect(bytewiseEqual("", ""))
    #expect(!bytewiseEqual("ST01", "ST010"))
    #expect(bytewiseEqual(String(repeating: "核对", count: 40), String(repeating: "核对", count: 40)))
    // 65 < C3: the decomposed form sorts first.
    #expect(bytewiseLess(decomposed, composed))
    #expect(bytewiseLess("ST01", "ST010") && !bytewiseLess("ST010", "ST01"))
    #expect(!bytewiseLess("a", "a"))
    #expect(["b", "a", "B", "a"].bytewiseOrder() == [2, 1, 3, 0])
  }
}
