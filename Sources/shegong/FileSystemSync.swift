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

  /// Writes to disk every file and folder of the file system that holds `folder`; returns 0, or
  /// the `errno` of the failure (`ENOSYS` when the C library lacks `syncfs`). Since Linux 5.8 a
  /// failed write-back of any file of that file system is reported here.
  static func sync(holding folder: String) -> Int32 {
    guard let syncFS else { return ENOSYS }
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return errno }
    defer { close(descriptor) }
    return syncFS(descriptor) == 0 ? 0 : errno
  }
}
