import Dispatch
import ShegongIngest
import Synchronization

/// Reads numbered items (files) on several threads and hands the results out in order.
///
/// Threads take the next unread item as they become free; ``take(_:)`` waits for a given
/// item. At most `threads + 1` items are read ahead of the one last taken, so memory stays
/// bounded however many items there are.
final class ParallelReading<Part: Sendable>: Sendable {
  /// One item's result, filled by a reading thread and taken by the consumer.
  private final class Slot: Sendable {
    let ready = DispatchSemaphore(value: 0)
    let result = Mutex<Result<Part, IngestError>?>(nil)
  }

  private let slots: [Slot]
  private let next = Atomic<Int>(0)
  private let stopped = Atomic<Bool>(false)
  /// Permits to start reading an item; one comes back each time an item is taken.
  private let permits: DispatchSemaphore
  private let threads: Int

  /// Starts `threads` threads reading items `0..<count` with `read`.
  init(count: Int, threads: Int, read: @escaping @Sendable (Int) throws(IngestError) -> Part) {
    slots = (0..<count).map { _ in Slot() }
    permits = DispatchSemaphore(value: threads + 1)
    self.threads = threads
    for _ in 0..<threads {
      DispatchQueue.global(qos: .userInitiated).async { [self] in work(read) }
    }
  }

  private func work(_ read: (Int) throws(IngestError) -> Part) {
    while true {
      permits.wait()
      let item = next.wrappingAdd(1, ordering: .relaxed).oldValue
      guard item < slots.count, !stopped.load(ordering: .relaxed) else {
        permits.signal()
        return
      }
      let result: Result<Part, IngestError>
      do throws(IngestError) {
        result = .success(try read(item))
      } catch {
        result = .failure(error)
      }
      slots[item].result.withLock { $0 = result }
      slots[item].ready.signal()
    }
  }

  /// Waits for item `item` and returns what reading it gave; each item is taken once, in order.
  func take(_ item: Int) -> Result<Part, IngestError> {
    slots[item].ready.wait()
    permits.signal()
    let result = slots[item].result.withLock { $0.take() }
    guard let result else { preconditionFailure("item \(item) was taken twice") }
    return result
  }

  /// Makes the threads stop after the items they are reading.
  func stop() {
    stopped.store(true, ordering: .relaxed)
    // Wakes the threads waiting for a permit, so that they see the stop and end.
    for _ in 0..<threads { permits.signal() }
  }

}
