import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The `--out` folder: locked while a run writes, and filled all at once.
///
/// - Lock: the folder itself is opened and `flock`ed for the whole run; a second run into the
///   same folder says that it waits, then waits. The kernel drops the lock when a run ends in
///   any way, a `kill -9` included.
/// - Staging: every output is first written to a hidden temporary file in the folder itself,
///   `.<name>.tmp-<pid>`. Nothing visible changes while the outputs are written, so a run that
///   fails or is killed before the commit leaves the earlier reports exactly as they were.
/// - Commit: the temporaries are `fsync`ed; then a hidden journal `.shegong-commit` listing the
///   renames (one `<temporary>\t<name>` line each) is written, `fsync`ed and renamed into place;
///   then each temporary is renamed over its output (a rename within one file system is atomic),
///   the folder is `fsync`ed and the journal removed. A run killed during the renames therefore
///   leaves the journal behind, and with it the promise that all the new files belong in place.
/// - Repair: a run that has taken the lock first finishes what an earlier run left: when a
///   journal exists it renames every listed temporary that still exists (roll forward, so the
///   folder holds the complete new report, never a mix), then removes the journal; and it
///   deletes every stale temporary `.<name>.tmp-<number>` (a staged file without a journal is an
///   unfinished run's, never part of a report).
final class OutputFolder {
  /// A failure to prepare or write the folder.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The name of the commit journal inside the folder.
  static let journalName = ".shegong-commit"

  let path: String
  private let quiet: Bool
  private var lockDescriptor: Int32 = -1
  private var staged: [(temporary: String, final: String)] = []

  /// Creates the folder if needed and takes its lock (calls `open` and `flock`), waiting while
  /// another run holds it; then repairs what an interrupted earlier run left (see the type).
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
    lockDescriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard lockDescriptor >= 0 else {
      throw Failure(description: "cannot open the output folder \(path): \(Self.text(of: errno))")
    }
    if flock(lockDescriptor, LOCK_EX | LOCK_NB) != 0 {
      if !quiet { Terminal.error("shegong: another report is being written into \(path); waiting for it to finish") }
      while flock(lockDescriptor, LOCK_EX) != 0 {
        guard errno == EINTR else {
          throw Failure(description: "cannot lock the output folder \(path): \(Self.text(of: errno))")
        }
      }
    }
    try repair()
  }

  deinit {
    discard()
    if lockDescriptor >= 0 { close(lockDescriptor) }
  }

  // MARK: Staging

  /// Writes `bytes` to a temporary file that `commit()` will rename to `name`.
  func stage(_ name: String, bytes: [UInt8]) throws {
    try stage(name) { append in try append(bytes) }
  }

  /// Writes a file in pieces: `produce` hands each piece to the function it is given, which
  /// appends it to a temporary file that `commit()` will rename to `name`.
  func stage(_ name: String, streaming produce: (_ append: ([UInt8]) throws -> Void) throws -> Void) throws {
    let temporary = stagedPath(for: name)
    guard let file = fopen(temporary, "wbe") else {
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

  /// A temporary path for `name` that a writer (such as the XLSX library) can fill itself;
  /// `commit()` renames it to `name`.
  func stagedPath(for name: String) -> String {
    let temporary = "\(path)/.\(name).tmp-\(getpid())"
    staged.append((temporary, path + "/" + name))
    return temporary
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

  /// Renames every staged file into place, all or nothing as the next run sees it (see the type).
  func commit() throws {
    for (temporary, final) in staged {
      let descriptor = open(temporary, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else {
        throw writeFailure(Self.baseName(final), errno)
      }
      let synced = fsync(descriptor)
      let code = errno
      close(descriptor)
      guard synced == 0 else { throw writeFailure(Self.baseName(final), code) }
    }
    try writeJournal()
    let renames = staged
    // From here on the journal vouches for the temporaries: an error must not delete them.
    staged.removeAll()
    for (temporary, final) in renames where rename(temporary, final) != 0 {
      throw Failure(
        description: "cannot move the new \(final) into place: \(Self.text(of: errno)); "
          + "the next report run into \(path) completes the replacement")
    }
    try syncFolder()
    unlink(path + "/" + Self.journalName)
    try syncFolder()
  }

  /// Writes the journal of the staged renames under a temporary name, `fsync`s it and renames it
  /// into place.
  private func writeJournal() throws {
    let lines = staged.map { Self.baseName($0.temporary) + "\t" + Self.baseName($0.final) + "\n" }
    let temporary = "\(path)/\(Self.journalName).tmp-\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw writeFailure(Self.journalName, errno) }
    var failure: Int32 = 0
    let bytes = Array(lines.joined().utf8)
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count, let base = buffer.baseAddress {
        let written = write(descriptor, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += written
      }
    }
    if failure == 0, fsync(descriptor) != 0 { failure = errno }
    close(descriptor)
    if failure == 0, rename(temporary, path + "/" + Self.journalName) != 0 { failure = errno }
    guard failure == 0 else {
      unlink(temporary)
      throw writeFailure(Self.journalName, failure)
    }
    try syncFolder()
  }

  /// `fsync`s the folder, so that renames and removals in it reach the disk.
  private func syncFolder() throws {
    guard fsync(lockDescriptor) == 0 else {
      throw Failure(description: "cannot sync the output folder \(path): \(Self.text(of: errno))")
    }
  }

  /// Removes the staged files that were not committed.
  func discard() {
    for (temporary, _) in staged { unlink(temporary) }
    staged.removeAll()
  }

  // MARK: Repair

  /// Completes the commit of a run that was killed during its renames, then removes the stale
  /// temporaries of runs that never reached their commit. Runs with the lock held.
  private func repair() throws {
    let journal = path + "/" + Self.journalName
    if let data = FileManager.default.contents(atPath: journal) {
      var completed = 0
      for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
        let names = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard names.count == 2, Self.isTemporaryName(names[0]), Self.isPlainName(names[1]) else { continue }
        let temporary = path + "/" + names[0]
        guard Self.isRegularFile(temporary) else { continue }
        guard rename(temporary, path + "/" + names[1]) == 0 else {
          throw Failure(
            description: "cannot finish replacing \(path)/\(names[1]) after an interrupted run: \(Self.text(of: errno))"
          )
        }
        completed += 1
      }
      try syncFolder()
      unlink(journal)
      try syncFolder()
      if !quiet && completed > 0 {
        Terminal.error(
          "shegong: \(path): finished replacing the reports of an earlier run that was interrupted while renaming them")
      }
    }
    var removed = 0
    for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    where Self.isTemporaryName(name) && Self.isRegularFile(path + "/" + name) {
      if unlink(path + "/" + name) == 0 { removed += 1 }
    }
    if !quiet && removed > 0 {
      Terminal.error("shegong: \(path): removed \(removed) unfinished file(s) left by an interrupted run")
    }
  }

  /// Whether `name` has the shape of a staged temporary: `.<name>.tmp-<digits>`.
  static func isTemporaryName(_ name: String) -> Bool {
    guard name.hasPrefix("."), isPlainName(name), let marker = name.range(of: ".tmp-", options: .backwards) else {
      return false
    }
    let digits = name[marker.upperBound...]
    return marker.lowerBound > name.index(after: name.startIndex) && !digits.isEmpty
      && digits.allSatisfy { $0 >= "0" && $0 <= "9" }
  }

  /// Whether `name` names a file directly inside the folder.
  private static func isPlainName(_ name: String) -> Bool {
    !name.isEmpty && name != "." && name != ".." && !name.contains("/")
  }

  private static func isRegularFile(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
  }

  private static func baseName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  private static func text(of code: Int32) -> String {
    String(cString: strerror(code))
  }
}
