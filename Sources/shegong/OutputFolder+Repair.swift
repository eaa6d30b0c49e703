import Foundation

extension OutputFolder {
  /// Removes the staging folders `.<name>.shegong-<digits>` that killed runs left in `parent`
  /// beside the folder `name`. Runs with the lock held, so none of them is another run's.
  func repair(parent: String, name: String) throws {
    let prefix = ".\(name).shegong-"
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent.isEmpty ? "/" : parent)) ?? []
    let stale = entries.filter { entry in
      guard entry.hasPrefix(prefix) else { return false }
      let digits = entry.dropFirst(prefix.count)
      return !digits.isEmpty && digits.allSatisfy { $0 >= "0" && $0 <= "9" }
    }
    for entry in stale.sorted() {
      Self.removeTree(parent + "/" + entry)
    }
    if !quiet && !stale.isEmpty {
      Terminal.error(
        "shegong: \(path): removed the working folder(s) that \(stale.count) interrupted run(s) left beside it")
    }
  }
}
