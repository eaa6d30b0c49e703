import Foundation
import ShegongIngest
import ShegongValidation
import Synchronization

/// The progress line of SPEC §2: on a terminal, while large inputs are read, one line that
/// rewrites itself with the rows read and the rate; nothing otherwise.
final class ProgressLine: Sendable {
  /// Inputs smaller than this are read too quickly for a progress line to help.
  static let minimumBytes = 50 << 20

  /// The counter validation adds to.
  let counter = ValidationProgress()
  private let finished = Atomic<Bool>(false)
  private let done = DispatchSemaphore(value: 0)

  /// Starts the line when standard error is a terminal, the run is not quiet, and the inputs in
  /// `folder` are large; returns nil otherwise.
  static func start(for folder: InputFolder, quiet: Bool) -> ProgressLine? {
    guard !quiet, Terminal.stderrIsTerminal else { return nil }
    let bytes = folder.filesInReadingOrder.reduce(0) { total, entry in
      let size = (try? FileManager.default.attributesOfItem(atPath: entry.path)[.size] as? Int) ?? 0
      return total + size
    }
    guard bytes >= minimumBytes else { return nil }
    let line = ProgressLine()
    let thread = Thread { line.run() }
    thread.start()
    return line
  }

  private func run() {
    let clock = ContinuousClock()
    let start = clock.now
    while !finished.load(ordering: .relaxed) {
      Thread.sleep(forTimeInterval: 0.5)
      let rows = counter.rowsRead
      let elapsed = start.duration(to: clock.now).components
      let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
      let rate = seconds > 0 ? Int(Double(rows) / seconds) : 0
      Terminal.write(Array("\rshegong: reading … \(rows) rows (\(rate) rows/s)\u{1B}[K".utf8), to: 2)
    }
    Terminal.write(Array("\r\u{1B}[K".utf8), to: 2)
    done.signal()
  }

  /// Ends the line and clears it.
  func stop() {
    finished.store(true, ordering: .relaxed)
    done.wait()
  }
}
