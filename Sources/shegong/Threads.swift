import Foundation

/// The number of threads that `SHEGONG_THREADS` asks for, or nil to let each stage choose
/// (one per processor for large inputs). Outputs are the same for any number; the variable
/// exists to check that and to measure.
enum Threads {
  static var requested: Int? {
    ProcessInfo.processInfo.environment["SHEGONG_THREADS"].flatMap { Int($0) }.map { max(1, $0) }
  }
}
