#if canImport(Glibc)
  import Glibc
#endif

/// Arrays that are read at random, row after row, allocated so that the kernel may back them with
/// huge pages: far fewer address-translation misses than with 4 KB pages.
enum LargeArray {
  /// The smallest array worth advising: below this the gain is nil.
  private static let threshold = 8 << 20

  /// `count` copies of `value`, on huge pages where the system allows.
  static func make<Element>(repeating value: Element, count: Int) -> [Element] {
    let bytes = count * MemoryLayout<Element>.stride
    guard bytes >= threshold else { return [Element](repeating: value, count: count) }
    return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
      adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
      buffer.initialize(repeating: value)
      initialized = count
    }
  }

  /// Asks for huge pages over the whole 2 MB pages inside `buffer`, before anything is written there.
  private static func adviseHugePages(_ buffer: UnsafeMutableRawBufferPointer) {
    #if canImport(Glibc)
      guard let base = buffer.baseAddress else { return }
      let page = 2 << 20
      let start = (Int(bitPattern: base) + page - 1) / page * page
      let end = (Int(bitPattern: base) + buffer.count) / page * page
      guard end > start, let address = UnsafeMutableRawPointer(bitPattern: start) else { return }
      _ = madvise(address, end - start, MADV_HUGEPAGE)
    #endif
  }
}
