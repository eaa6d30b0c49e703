import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension OutputFolder {
  /// Hard-links into the staging folder every file of the folder that this run did not write,
  /// folders included (made anew with the same permissions, their files linked), so that the
  /// exchange loses nothing but the outputs it replaces: the files it wrote, and the sets of files
  /// it replaces whole (``replaces(in:endingWith:)``).
  func carryOver() throws {
    try carryOver(relative: "")
  }

  /// Carries over the entries of the folder's subfolder `relative` ("" for the folder itself).
  private func carryOver(relative: String) throws {
    let source = relative.isEmpty ? target : target + "/" + relative
    let entries: [String]
    do {
      entries = try FileManager.default.contentsOfDirectory(atPath: source)
    } catch {
      throw carryFailure(relative, error.localizedDescription)
    }
    for entry in entries.sorted() {
      let name = relative.isEmpty ? entry : relative + "/" + entry
      let from = target + "/" + name
      let to = stagingPath + "/" + name
      var status = stat()
      guard lstat(from, &status) == 0 else { throw carryFailure(name, Self.text(of: errno)) }
      var staged = stat()
      let isStaged = lstat(to, &staged) == 0
      if (status.st_mode & S_IFMT) == S_IFDIR {
        // A folder the run replaces with a file of its own is not carried over.
        if isStaged && (staged.st_mode & S_IFMT) != S_IFDIR { continue }
        guard isStaged || mkdir(to, status.st_mode & 0o7777 | 0o700) == 0 else {
          throw carryFailure(name, Self.text(of: errno))
        }
        try carryOver(relative: name)
        _ = chmod(to, status.st_mode & 0o7777)
      } else if !isStaged && !replacedSets.contains(where: { $0.folder == relative && entry.hasSuffix($0.suffix) }) {
        // A symbolic link is linked as itself, never followed.
        guard link(from, to) == 0 else { throw carryFailure(name, Self.text(of: errno)) }
      }
    }
  }

  /// The error for a file of the folder that cannot be carried into the new set.
  private func carryFailure(_ name: String, _ reason: String) -> Failure {
    Failure(
      description: "cannot keep \(path)/\(name) in the new set of reports: \(reason); "
        + "nothing was replaced, the previous reports are unchanged")
  }
}
