#if canImport(Glibc)
  import Glibc
#endif

/// The bytes of a file, read with `open` and `read`: the one place in the module that hands a
/// buffer to the system for reading.
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

  /// A failed system call's `errno`.
  struct SystemError: Error {
    /// The `errno` value.
    let code: Int32
  }
}
