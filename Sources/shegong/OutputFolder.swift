import Foundation
import ShegongIngest

#if canImport(Glibc)
  import Glibc
#endif

/// The `--out` folder: locked while a run writes, and replaced with the new set of outputs in
/// one step (SPEC §7).
///
/// - Lock: a hidden file beside the folder, `.<name>.shegong-lock` in its parent, is `flock`ed for
///   the whole run and removed at its end; a second run into the same folder says that it waits,
///   then waits. The lock lives beside the folder because the exchange below moves the folder
///   itself. The kernel drops the lock when a run ends in any way, a `kill -9` included (the file
///   it leaves is locked and removed by the next run).
/// - Staging: every output is written into a hidden sibling folder `.<name>.shegong-<pid>`, the
///   workbook library's working files included. Nothing in `--out` changes while the outputs are
///   written, so a run that fails or is killed before the exchange leaves it exactly as it was.
/// - Commit: the staged files are `fsync`ed (more than ``filesSyncedOneByOne`` by one `syncfs`),
///   with the subfolders they sit in; every file of `--out` that this run does not write (another
///   period's reports, a reader's notes, folders with their contents) is hard-linked into the
///   staging folder; then the staging folder and `--out` are exchanged with
///   `renameat2(RENAME_EXCHANGE)`: any reader, and any kill, sees the whole old set or the whole
///   new set. The staging path then holds the old set, which is removed.
/// - Repair: a run that has taken the lock first removes the staging folders that killed runs
///   left beside the folder (an unfinished new set, or an old set not yet removed); `--out`
///   itself always holds one whole set and needs no repair.
final class OutputFolder {
  /// A failure to prepare or write the folder.
  struct Failure: CommandError {
    var description: String
    var exitCode: ExitCode { .failure }
  }

  /// `--out` as given, for messages.
  let path: String
  /// `--out` as an absolute path without symbolic links: the path the exchange swaps.
  let target: String
  /// The folder the new set is written into, beside `target`.
  let stagingPath: String
  /// The lock file beside `target`, present while a run holds it.
  private let lockPath: String
  /// Whether only errors are printed.
  let quiet: Bool
  private var lockDescriptor: Int32 = -1
  /// The names (relative to the folder) of the files written into the staging folder.
  private var written: Set<String> = []
  /// Files of the folder that this run replaces as a set even where it writes no file of that
  /// name: those in subfolder `folder` whose names end with `suffix` (see ``replaces(in:endingWith:)``).
  private(set) var replacedSets: [(folder: String, suffix: String)] = []
  /// Whether the staging folder exists and is this run's to remove.
  private var staging = false

  /// Creates the folder if needed, takes its lock (waiting while another run holds it), removes
  /// what interrupted runs left beside it, and makes the staging folder.
  init(path: String, quiet: Bool) throws {
    self.path = path
    self.quiet = quiet
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw Failure(description: "--out \(path) exists and is not a folder")
      }
    } else {
      do {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
      } catch {
        throw Failure(description: "cannot create the output folder \(path): \(error.localizedDescription)")
      }
    }
    target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    // The parent of a folder at the root is "", which the paths below join as "/".
    let (parent, name) = Self.split(target)
    guard !name.isEmpty, name != "." && name != ".." else {
      throw Failure(description: "--out \(path) cannot be replaced as a whole: name a folder inside another one")
    }
    guard access(target, W_OK) == 0 else {
      throw Failure(description: "cannot write into the output folder \(path): \(Self.text(of: errno))")
    }
    stagingPath = "\(parent)/.\(name).shegong-\(getpid())"
    lockPath = "\(parent)/.\(name).shegong-lock"
    try lock()
    try repair(parent: parent, name: name)
    guard mkdir(stagingPath, 0o700) == 0 else {
      throw Failure(
        description: "cannot create the working folder \(stagingPath) beside \(path): \(Self.text(of: errno))")
    }
    staging = true
    SignalCleanup.shared.removeOnSignal(stagingPath, lockFile: lockPath)
  }

  deinit {
    discard()
    if lockDescriptor >= 0 {
      SignalCleanup.shared.removeOnSignal(nil, lockFile: nil)
      // Removed while still held, so that no run can lock this file after it is gone.
      unlink(lockPath)
      close(lockDescriptor)
    }
  }

  /// Opens and `flock`s the lock file beside the folder, waiting while another run holds it.
  ///
  /// The run that holds the lock removes the file when it ends (see `deinit`), so a run that
  /// waited on a file that is gone by the time it gets the lock tries again with the file at the
  /// path now: only the file that the path names counts.
  private func lock() throws {
    var said = false
    while true {
      lockDescriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
      guard lockDescriptor >= 0 else {
        throw Failure(description: "cannot create the lock file \(lockPath) beside \(path): \(Self.text(of: errno))")
      }
      if flock(lockDescriptor, LOCK_EX | LOCK_NB) != 0 {
        if !quiet && !said {
          Terminal.error("shegong: another report is being written into \(path); waiting for it to finish")
          said = true
        }
        while flock(lockDescriptor, LOCK_EX) != 0 {
          guard errno == EINTR else {
            throw Failure(description: "cannot lock \(lockPath): \(Self.text(of: errno))")
          }
        }
      }
      var held = stat()
      var named = stat()
      if fstat(lockDescriptor, &held) == 0, stat(lockPath, &named) == 0, held.st_dev == named.st_dev,
        held.st_ino == named.st_ino
      {
        return
      }
      close(lockDescriptor)
      lockDescriptor = -1
    }
  }

  // MARK: Staging

  /// Writes `bytes` to the staged file `name`.
  func stage(_ name: String, bytes: [UInt8]) throws {
    try stage(name) { append in try append(bytes) }
  }

  /// Writes a file in pieces: `produce` hands each piece to the function it is given, which
  /// appends it to the staged file `name`.
  func stage(_ name: String, streaming produce: (_ append: ([UInt8]) throws -> Void) throws -> Void) throws {
    let staged = stagedPath(for: name)
    guard let file = fopen(staged, "wbe") else {
      throw writeFailure(name, errno)
    }
    var closed = false
    defer { if !closed { fclose(file) } }
    try produce { piece in
      let written = piece.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
      guard written == piece.count else {
        throw writeFailure(name, errno)
      }
    }
    closed = true
    guard fclose(file) == 0 else {
      throw writeFailure(name, errno)
    }
  }

  /// Declares that the files in subfolder `folder` whose names end with `suffix` are outputs of this
  /// run as a set: those it does not write again are not carried into the new set, so that a
  /// station's feedback workbook from an earlier run of the period does not outlive it.
  func replaces(in folder: String, endingWith suffix: String) {
    replacedSets.append((folder, suffix))
  }

  /// The staged path of `name`, for a writer (such as the XLSX library) that fills the file
  /// itself; a name inside a subfolder (`feedback/…`) gets that subfolder made.
  func stagedPath(for name: String) -> String {
    written.insert(name)
    let path = stagingPath + "/" + name
    let folder = Self.split(name).parent
    if !folder.isEmpty {
      try? FileManager.default.createDirectory(
        atPath: stagingPath + "/" + folder, withIntermediateDirectories: true)
    }
    return path
  }

  /// The names (relative to the folder) of the files staged so far, sorted bytewise.
  var stagedNames: [String] {
    written.sorted(by: bytewiseLess)
  }

  /// The error for a staged file that cannot be written, saying why in words an operator acts on.
  private func writeFailure(_ name: String, _ code: Int32) -> Failure {
    Self.writeFailure(path, name, reason: Self.text(of: code) + Self.spaceHint(for: code))
  }

  /// The error for the output `name` of the folder `path` that cannot be written for `reason`.
  static func writeFailure(_ path: String, _ name: String, reason: String) -> Failure {
    Failure(
      description: "cannot write \(path)/\(name): \(reason); nothing was replaced, the previous reports are unchanged")
  }

  /// What a system error about room on the disk means for the operator, in parentheses after
  /// it; empty for any other error.
  static func spaceHint(for code: Int32) -> String {
    switch code {
    case ENOSPC: " (the disk is full)"
    case EFBIG: " (the file size limit is reached)"
    case EDQUOT: " (the disk quota is used up)"
    default: ""
    }
  }

  // MARK: Commit

  /// Makes the staged set complete and durable, then exchanges it with the folder (see the type).
  func commit() throws {
    try syncWritten()
    try carryOver()
    try keepAttributes()
    try sync(stagingPath)
    let code = SignalCleanup.shared.replacing { FolderExchange.exchange(stagingPath, target) }
    guard code == 0 else {
      throw Failure(
        description: "cannot replace the reports in \(path): exchanging it with \(stagingPath) failed: "
          + "\(Self.text(of: code)); nothing was replaced, the previous reports are unchanged")
    }
    // The staging path now holds the old set: removing it is all that is left.
    let parent = Self.split(target).parent
    try sync(parent.isEmpty ? "/" : parent)
    discard()
  }

  /// The most staged files that are `fsync`ed one by one; a larger set (the station feedback
  /// workbooks) is written to disk by one `syncfs` of the staging folder's file system, which
  /// takes a tenth of the time of thousands of `fsync`s (docs/performance.md).
  static let filesSyncedOneByOne = 64

  /// Makes the staged files durable, with the subfolders that list them.
  ///
  /// A large set is synced by one `syncfs` where the kernel reports a failed write-back through it
  /// (``FileSystemSync/reportsWriteErrors``). When `syncfs` is missing or fails (a failure may be
  /// another program's, on the same disk), or for a small set, each file is `fsync`ed and its own
  /// failure stops the commit.
  private func syncWritten() throws {
    if written.count > Self.filesSyncedOneByOne, FileSystemSync.reportsWriteErrors,
      FileSystemSync.sync(holding: stagingPath) == 0
    {
      return
    }
    for name in written.sorted() {
      let descriptor = open(stagingPath + "/" + name, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else { throw writeFailure(name, errno) }
      let synced = fsync(descriptor)
      let code = errno
      close(descriptor)
      guard synced == 0 else { throw writeFailure(name, code) }
    }
    for folder in Set(written.map { Self.split($0).parent }).subtracting([""]).sorted() {
      try sync(stagingPath + "/" + folder)
    }
  }

  /// Gives the staging folder the permissions (and, when allowed, the owner) of the folder it
  /// replaces.
  private func keepAttributes() throws {
    var status = stat()
    guard stat(target, &status) == 0, chmod(stagingPath, status.st_mode & 0o7777) == 0 else {
      throw Failure(description: "cannot give \(stagingPath) the permissions of \(path): \(Self.text(of: errno))")
    }
    if status.st_uid != getuid() || status.st_gid != getgid() {
      _ = chown(stagingPath, status.st_uid, status.st_gid)
    }
  }

  /// `fsync`s a folder, so that the entries made or renamed in it reach the disk.
  private func sync(_ folder: String) throws {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    let synced = descriptor >= 0 && fsync(descriptor) == 0
    let code = errno
    if descriptor >= 0 { close(descriptor) }
    guard synced else {
      throw Failure(description: "cannot sync the folder \(folder): \(Self.text(of: code))")
    }
  }

  /// Removes the staging folder (the unfinished new set, or the old set after the exchange).
  func discard() {
    guard staging else { return }
    Self.removeTree(stagingPath)
    SignalCleanup.shared.removeOnSignal(nil, lockFile: lockPath)
    staging = false
    written.removeAll()
  }

  // MARK: Paths

  /// The folder holding `path` and the last component of `path`.
  static func split(_ path: String) -> (parent: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return ("", path) }
    return (String(path[..<slash]), String(path[path.index(after: slash)...]))
  }

  /// Removes `path` and everything in it, retrying a few times in case a writer still adds to it.
  static func removeTree(_ path: String) {
    for _ in 0..<3 {
      guard (try? FileManager.default.removeItem(atPath: path)) == nil else { return }
      var status = stat()
      if lstat(path, &status) != 0 { return }
    }
  }

  /// The words of the system error `code` (`strerror`).
  static func text(of code: Int32) -> String {
    String(cString: strerror(code))
  }
}
