#if canImport(Glibc)
  import Glibc
#endif

extension SHA256 {
  /// The size and digest of the regular file at `path`, read in pieces of up to 1 MiB; nil when it
  /// cannot be opened or read, or is not a regular file.
  ///
  /// The piece is no larger than the file: a run hashes thousands of small feedback workbooks,
  /// and a fresh 1 MiB buffer each (mapped and zeroed page by page, then unmapped) cost more
  /// than hashing them.
  public static func file(at path: String) -> (bytes: Int, digest: [UInt8])? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
    var hash = SHA256()
    var buffer = [UInt8](repeating: 0, count: max(1 << 12, min(Int(status.st_size), 1 << 20)))
    var total = 0
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { return nil }
      if count == 0 { break }
      total += count
      buffer.withUnsafeBytes { hash.update(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
    }
    return (total, hash.finish())
  }
}
