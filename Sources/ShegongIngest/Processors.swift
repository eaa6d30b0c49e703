#if canImport(Glibc)
  import Glibc
#endif

/// The processors a stage may spread its work over.
public enum Processors {
  /// The processors online (at least 1, at most 8).
  public static var count: Int {
    #if canImport(Glibc)
      return min(max(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), 1), 8)
    #else
      return 2
    #endif
  }
}
