import Dispatch
import Synchronization

/// Work started on another thread, whose result the caller collects with ``wait()``.
///
/// The report writes its workbook this way while the text outputs are written on the calling
/// thread: the two take similar time at province scale, and each keeps one processor busy.
final class BackgroundWork<Value: Sendable>: Sendable {
  private let done = DispatchSemaphore(value: 0)
  private let result = Mutex<Result<Value, any Error>?>(nil)

  /// Starts `work` on a thread of its own.
  init(_ work: @escaping @Sendable () throws -> Value) {
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      let outcome = Result { try work() }
      result.withLock { $0 = outcome }
      done.signal()
    }
  }

  /// Waits for the work to end; returns its value or throws its error.
  func wait() throws -> Value {
    done.wait()
    // Signalled only after the result was stored.
    guard let outcome = result.withLock({ $0 }) else { preconditionFailure("background work ended without a result") }
    return try outcome.get()
  }
}
