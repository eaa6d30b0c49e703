import Synchronization

/// A count of the data rows read so far, which another thread may read while validation runs
/// (for the progress line on a terminal).
public final class ValidationProgress: Sendable {
  private let rows = Atomic<Int>(0)

  /// Creates a counter at zero.
  public init() {}

  /// Rows read so far.
  public var rowsRead: Int { rows.load(ordering: .relaxed) }

  /// Adds `count` rows.
  func add(_ count: Int) {
    rows.add(count, ordering: .relaxed)
  }
}
