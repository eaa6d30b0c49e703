import Foundation
import ShegongIngest

#if canImport(Glibc)
  import Glibc
#endif

/// Stops a run cleanly on SIGTERM, SIGINT or SIGHUP: removes the run's staging folder (its
/// unfinished outputs), says so, and ends the process with 128 + the signal, as the shell
/// reports a run killed by it.
///
/// The signals are blocked in the thread that calls ``start()`` and in every thread started after
/// it, and a thread of their own takes them with `sigwait`, so the clean-up runs as ordinary code,
/// never inside a signal handler.
final class SignalCleanup: @unchecked Sendable {
  /// The one instance of the process.
  static let shared = SignalCleanup()

  /// The signals that stop a run cleanly.
  static let signals = [SIGTERM, SIGINT, SIGHUP]

  /// Guards `folder`; held by the clean-up from the signal on, and by the exchange of the folders.
  private let lock = NSLock()
  /// The staging folder to remove on a signal; nil when there is none.
  private var folder: String?
  /// The lock file to remove on a signal (after the folder, while the lock is still held).
  private var lockFile: String?
  private var started = false
  /// Whether the new set is in place and `folder` holds the old one.
  private var replaced = false

  /// Blocks the signals and starts the thread that waits for them; call before starting any
  /// other thread. Calling it again does nothing.
  func start() {
    lock.lock()
    defer { lock.unlock() }
    guard !started else { return }
    started = true
    var set = sigset_t()
    sigemptyset(&set)
    for signal in Self.signals { sigaddset(&set, signal) }
    pthread_sigmask(SIG_BLOCK, &set, nil)
    let waited = set
    let thread = Thread { [self] in
      var set = waited
      var received: Int32 = 0
      while sigwait(&set, &received) != 0 {}
      stop(by: received)
    }
    thread.start()
  }

  /// Sets the staging folder and the lock file that a signal removes (nil for none).
  func removeOnSignal(_ folder: String?, lockFile: String?) {
    lock.lock()
    self.folder = folder
    self.lockFile = lockFile
    replaced = false
    lock.unlock()
  }

  /// Runs `exchange` (which returns 0 or an `errno`) with no clean-up in progress, so that a
  /// signal never removes half of a set that is then moved into place; once it has succeeded,
  /// the folder that a signal removes holds the old set.
  func replacing(_ exchange: () -> Int32) -> Int32 {
    lock.lock()
    defer { lock.unlock() }
    let code = exchange()
    if code == 0 { replaced = true }
    return code
  }

  /// Removes the folder, says so and ends the process. Keeps the lock: nothing else may move the
  /// folder any more.
  private func stop(by signal: Int32) -> Never {
    lock.lock()
    let name = String(cString: strsignal(signal))
    if let folder {
      OutputFolder.removeTree(folder)
      Terminal.error(
        "shegong: stopped by \(name); "
          + (replaced
            ? "the new reports are in place" : "removed the unfinished outputs, the previous reports are unchanged"))
    } else {
      Terminal.error("shegong: stopped by \(name)")
    }
    if let lockFile { unlink(lockFile) }
    _exit(ExitCode.stopped(by: signal).rawValue)
  }
}
