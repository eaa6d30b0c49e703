import Testing

@testable import ShegongIngest

/// `concurrentMap` gives what `map` gives, in order, however many indexes there are.
@Suite("concurrentMap")
struct ConcurrentMapTests {
  @Test("results come back in index order", arguments: [0, 1, 2, 7, 100])
  func order(count: Int) {
    #expect((0..<count).concurrentMap { $0 * $0 } == (0..<count).map { $0 * $0 })
    #expect((5..<(5 + count)).concurrentMap { "\($0)" } == (5..<(5 + count)).map { "\($0)" })
  }

  @Test("each call may write its own part of a shared buffer")
  func disjointWrites() {
    var cells = [Int](repeating: 0, count: 64)
    let sums = cells.withUnsafeMutableBufferPointer { cells in
      (0..<8).concurrentMap { part in
        for cell in part * 8..<(part + 1) * 8 { cells[cell] = cell + 1 }
        return (part * 8..<(part + 1) * 8).reduce(0) { $0 + cells[$1] }
      }
    }
    #expect(cells == Array(1...64))
    // Part p holds 8p+1 … 8p+8: 64p + 36.
    #expect(sums == (0..<8).map { 64 * $0 + 36 })
  }
}
