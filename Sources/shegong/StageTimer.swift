import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Times the stages of a run and, when `SHEGONG_TIMINGS` is set in the environment, prints them
/// on standard error (for profiling and the benchmark; never part of an output file).
final class StageTimer {
  private let clock = ContinuousClock()
  private var last: ContinuousClock.Instant
  private let start: ContinuousClock.Instant
  private var stages: [(String, Duration)] = []
  /// Whether the timings are printed.
  let isEnabled = ProcessInfo.processInfo.environment["SHEGONG_TIMINGS"] != nil

  init() {
    start = clock.now
    last = start
  }

  /// Ends the stage called `name` (it began when the previous one ended).
  func lap(_ name: String) {
    let now = clock.now
    stages.append((name, last.duration(to: now)))
    last = now
  }

  /// Records `duration` for a stage timed elsewhere (such as on another thread), beside the laps.
  func record(_ name: String, _ duration: Duration) {
    stages.append((name, duration))
  }

  /// The processor time the calling thread has used so far (`clock_gettime` with
  /// `CLOCK_THREAD_CPUTIME_ID`): what a stage on its own thread costs, whatever else shares the
  /// processors meanwhile.
  static func threadProcessorTime() -> Duration {
    var time = timespec()
    guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) == 0 else { return .zero }
    return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
  }

  /// Time since the timer was made, in tenths of a second.
  var elapsedTenths: Int64 {
    let parts = start.duration(to: clock.now).components
    return parts.seconds * 10 + parts.attoseconds / 100_000_000_000_000_000
  }

  /// Prints every stage in milliseconds when enabled.
  func report() {
    guard isEnabled else { return }
    for (name, duration) in stages {
      let parts = duration.components
      let milliseconds = parts.seconds * 1000 + parts.attoseconds / 1_000_000_000_000_000
      Terminal.error("timing: \(name) \(milliseconds) ms")
    }
  }
}
