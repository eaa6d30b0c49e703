#if canImport(Glibc)
  import Glibc
#endif

/// `renameat2(2)` with `RENAME_EXCHANGE`: two paths swap what they name in one step, so that
/// every reader sees one or the other, never neither, and a kill cannot stop it halfway.
///
/// The one place that calls `renameat2`. Swift's Glibc module does not declare it (it needs
/// `_GNU_SOURCE`) and cannot call the variadic `syscall`, so the function is looked up in the C
/// library by name (`dlsym`, present since glibc 2.28) and called through its C signature.
enum FolderExchange {
  /// `int renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags)`.
  private typealias RenameAt2 =
    @convention(c) (
      Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32
    ) -> Int32

  /// `RENAME_EXCHANGE` of `<linux/fs.h>`.
  private static let exchangeFlag: UInt32 = 1 << 1

  /// The C library's `renameat2`; nil when it has none.
  private static let renameAt2: RenameAt2? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }

  /// Swaps the paths `first` and `second`, which must both exist on one file system; returns 0,
  /// or the `errno` of the failure (`ENOSYS` when the C library lacks `renameat2`, `EINVAL` when
  /// the file system cannot exchange).
  static func exchange(_ first: String, _ second: String) -> Int32 {
    guard let renameAt2 else { return ENOSYS }
    return renameAt2(AT_FDCWD, first, AT_FDCWD, second, exchangeFlag) == 0 ? 0 : errno
  }
}
