import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The `--out` folder: locked while a run writes, and filled all at once.
///
/// Every output is first written to a hidden temporary file in the folder itself; only when all
/// of them are complete are they renamed over the previous ones (a rename within one file system
/// is atomic), so a failed run leaves the earlier reports as they were.
final class OutputFolder {
  /// A failure to prepare or write the folder.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  let path: String
  private var lockDescriptor: Int32 = -1
  private var staged: [(temporary: String, final: String)] = []

  /// Creates the folder if needed and takes its lock (calls `open` and `flock`), waiting while
  /// another run holds it.
  init(path: String, quiet: Bool) throws {
    self.path = path
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
    lockDescriptor = open(path, O_RDONLY | O_DIRECTORY)
    guard lockDescriptor >= 0 else {
      throw Failure(description: "cannot open the output folder \(path): \(String(cString: strerror(errno)))")
    }
    if flock(lockDescriptor, LOCK_EX | LOCK_NB) != 0 {
      if !quiet { Terminal.error("shegong: another report is being written into \(path); waiting for it to finish") }
      while flock(lockDescriptor, LOCK_EX) != 0 {
        guard errno == EINTR else {
          throw Failure(description: "cannot lock the output folder \(path): \(String(cString: strerror(errno)))")
        }
      }
    }
  }

  deinit {
    discard()
    if lockDescriptor >= 0 { close(lockDescriptor) }
  }

  /// Writes `bytes` to a temporary file that `commit()` will rename to `name`.
  func stage(_ name: String, bytes: [UInt8]) throws {
    let temporary = temporaryPath(for: name)
    staged.append((temporary, path + "/" + name))
    guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
      throw Failure(description: "cannot write \(path)/\(name) (disk full or no permission?)")
    }
  }

  /// Writes a file in pieces: `produce` hands each piece to the function it is given, which
  /// appends it to a temporary file that `commit()` will rename to `name`.
  func stage(_ name: String, streaming produce: (_ append: ([UInt8]) throws -> Void) throws -> Void) throws {
    let temporary = stagedPath(for: name)
    guard let file = fopen(temporary, "wb") else {
      throw Failure(description: "cannot write \(path)/\(name): \(String(cString: strerror(errno)))")
    }
    var closed = false
    defer { if !closed { fclose(file) } }
    try produce { piece in
      let written = piece.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
      guard written == piece.count else {
        throw Failure(description: "cannot write \(path)/\(name) (disk full?): \(String(cString: strerror(errno)))")
      }
    }
    closed = true
    guard fclose(file) == 0 else {
      throw Failure(description: "cannot finish \(path)/\(name) (disk full?): \(String(cString: strerror(errno)))")
    }
  }

  /// A temporary path for `name` that a writer (such as the XLSX library) can fill itself;
  /// `commit()` renames it to `name`.
  func stagedPath(for name: String) -> String {
    let temporary = temporaryPath(for: name)
    staged.append((temporary, path + "/" + name))
    return temporary
  }

  private func temporaryPath(for name: String) -> String {
    "\(path)/.\(name).tmp-\(getpid())"
  }

  /// Renames every staged file into place (with `fsync` before, so a crash cannot leave a torn file).
  func commit() throws {
    for (temporary, _) in staged {
      let descriptor = open(temporary, O_RDONLY)
      if descriptor >= 0 {
        fsync(descriptor)
        close(descriptor)
      }
    }
    for (temporary, final) in staged where rename(temporary, final) != 0 {
      throw Failure(description: "cannot move the new \(final) into place: \(String(cString: strerror(errno)))")
    }
    staged.removeAll()
  }

  /// Removes the staged files that were not committed.
  func discard() {
    for (temporary, _) in staged { unlink(temporary) }
    staged.removeAll()
  }
}
