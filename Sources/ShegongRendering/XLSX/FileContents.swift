#if canImport(Glibc)
  import Glibc
#endif

/// The bytes of a file, read with `open` and `read` or written with `open` and `write`: the one
/// place in the module that hands a buffer to the system.
enum FileContents {
  /// Every byte of the file at `path`, or the `errno` of the call that failed.
  static func bytes(atPath path: String) -> Result<[UInt8], SystemError> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(SystemError(code: errno)) }
    defer { close(descriptor) }
    var contents: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { return .success(contents) }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(SystemError(code: errno))
      }
      contents.append(contentsOf: chunk[..<count])
    }
  }

  /// Writes `bytes` to the file at `path`, made or emptied first (mode 0644 before the umask),
  /// and closes it; the `errno` of the call that failed otherwise. A short write is carried on
  /// until every byte is written or a call fails (`ENOSPC`, `EFBIG`).
  static func write(_ bytes: [UInt8], toPath path: String) -> Result<Void, SystemError> {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return .failure(SystemError(code: errno)) }
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        Glibc.write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
      }
      if count < 0 {
        if errno == EINTR { continue }
        let code = errno
        close(descriptor)
        return .failure(SystemError(code: code))
      }
      written += count
    }
    guard close(descriptor) == 0 else { return .failure(SystemError(code: errno)) }
    return .success(())
  }

  /// A failed system call's `errno`.
  struct SystemError: Error {
    /// The `errno` value.
    let code: Int32
  }
}
