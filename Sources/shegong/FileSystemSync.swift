#if canImport(Glibc)
  import Glibc
#endif

/// `syncfs(2)`: everything written to one file system reaches the disk, in one call.
///
/// The one place that calls `syncfs`. Swift's Glibc module does not declare it (it needs
/// `_GNU_SOURCE`) and cannot call the variadic `syscall`, so the function is looked up in the C
/// library by name (`dlsym`, present since glibc 2.14) and called through its C signature.
enum FileSystemSync {
  /// `int syncfs(int fd)`.
  private typealias SyncFS = @convention(c) (Int32) -> Int32

  /// The C library's `syncfs`; nil when it has none.
  private static let syncFS: SyncFS? = dlsym(nil, "syncfs").map { unsafeBitCast($0, to: SyncFS.self) }

  /// Whether `syncfs` reports a failed write-back of a file: Linux 5.8 and later (`uname`).
  /// Before, it returns 0 even when a file could not be written, so it cannot stand for the
  /// `fsync` of each file.
  static let reportsWriteErrors: Bool = {
    var system = utsname()
    guard uname(&system) == 0 else { return false }
    let release = withUnsafeBytes(of: &system.release) { bytes in
      String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
    }
    return kernelReportsWriteErrors(release: release)
  }()

  /// Whether a kernel of release `release` (`6.1.0-13-amd64`, `4.19.90-24.4.v2101.ky10`) reports
  /// a failed write-back through `syncfs`: version 5.8 or later.
  static func kernelReportsWriteErrors(release: String) -> Bool {
    let numbers = release.split(whereSeparator: { !$0.isNumber }).prefix(2).compactMap { Int($0) }
    guard numbers.count == 2 else { return false }
    return (numbers[0], numbers[1]) >= (5, 8)
  }

  /// Writes to disk every file and folder of the file system that holds `folder`; returns 0, or
  /// the `errno` of the failure (`ENOSYS` when the C library lacks `syncfs`).
  static func sync(holding folder: String) -> Int32 {
    guard let syncFS else { return ENOSYS }
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return errno }
    defer { close(descriptor) }
    return syncFS(descriptor) == 0 ? 0 : errno
  }
}
