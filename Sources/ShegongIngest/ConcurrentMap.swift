import Dispatch

extension Range<Int> {
  /// `transform` of every index of the range, in order, computed on every processor at once.
  ///
  /// The calls run on several threads at the same time, so `transform` may read what they share
  /// but must write only what belongs to its own index (a disjoint part of a buffer, say); each
  /// result is written once, by the call that made it. This is the one place where work is handed
  /// to several threads without the compiler checking what it shares: `transform` need not be
  /// `@Sendable`, so that it can read and write buffers the caller has split between the indexes.
  public func concurrentMap<T: Sendable>(_ transform: (Int) -> T) -> [T] {
    let count = self.count
    guard count > 1 else { return map(transform) }
    let start = lowerBound
    return withoutActuallyEscaping(transform) { transform in
      [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        let work = ConcurrentWork(transform: transform, results: buffer)
        DispatchQueue.concurrentPerform(iterations: count) { offset in
          work.results.initializeElement(at: offset, to: work.transform(start + offset))
        }
        initialized = count
      }
    }
  }
}

/// What the threads of ``Swift/Range/concurrentMap(_:)`` share: the transform, which each calls for
/// its own index, and the results, of which each thread initializes its own element only.
private struct ConcurrentWork<T>: @unchecked Sendable {
  let transform: (Int) -> T
  let results: UnsafeMutableBufferPointer<T>
}
