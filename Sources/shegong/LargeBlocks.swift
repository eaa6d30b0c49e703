import Foundation

/// How the C allocator treats large blocks: mapped on their own and returned to the system when
/// freed.
///
/// By default glibc raises its mapping threshold after the first large block is freed, and then
/// serves blocks up to 32 MiB from its heaps, which keep freed memory for reuse. At province scale
/// those heaps held about 250 MB of services files already read and merged, on top of everything
/// still in use (docs/performance.md).
enum LargeBlocks {
  /// glibc's `M_MMAP_THRESHOLD` parameter of `mallopt` (`malloc.h`, which Swift's Glibc module
  /// does not import).
  private static let mmapThreshold: Int32 = -3

  /// Fixes the threshold at 1 MiB by calling `mallopt(M_MMAP_THRESHOLD, 1 << 20)`; does nothing
  /// when the C library has no `mallopt`.
  static func returnWhenFreed() {
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    // `dlsym` with the default handle finds the C library's `mallopt`, whose C signature is
    // `int mallopt(int, int)`.
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
    let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
    _ = mallopt(mmapThreshold, 1 << 20)
  }
}
