import Foundation

/// Prepares the output folder so that it ends up holding exactly one form of the services
/// table: removes what an earlier run of the generator left that this run will not replace,
/// and refuses to touch files it did not write.
enum OutputFolder {
  /// Creates `directory` if needed and clears the services form this run does not write.
  ///
  /// - Parameters:
  ///   - servicesFolder: this run writes `services/`; else it writes `services.csv`.
  ///   - monthFiles: the names this run writes inside `services/` (`2026-07.csv`).
  static func prepare(_ directory: String, servicesFolder: Bool, monthFiles: Set<String>) throws(SampleError) {
    let manager = FileManager.default
    let folder = directory + "/services"
    let single = directory + "/services.csv"
    do {
      try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw .io(path: directory, reason: "cannot create the folder: \(error.localizedDescription)")
    }

    var isFolder: ObjCBool = false
    let folderExists = manager.fileExists(atPath: folder, isDirectory: &isFolder)
    if folderExists && !isFolder.boolValue {
      throw .conflictingOutput(path: folder, reason: "is a file; remove it or choose another --out")
    }
    var stale: [String] = []
    if folderExists {
      let entries: [String]
      do {
        entries = try manager.contentsOfDirectory(atPath: folder).sorted()
      } catch {
        throw .io(path: folder, reason: "cannot list the folder: \(error.localizedDescription)")
      }
      for entry in entries {
        if isMonthFile(entry) || entry.hasSuffix(".csv.partial") {
          if !(servicesFolder && monthFiles.contains(entry)) { stale.append(folder + "/" + entry) }
        } else if !servicesFolder || entry.lowercased().hasSuffix(".csv") {
          throw .conflictingOutput(
            path: folder + "/" + entry,
            reason: "was not written by `shegong sample`; remove it or choose another --out")
        }
      }
    }

    // Nothing conflicts: now remove what is stale.
    for path in stale { try remove(path) }
    if servicesFolder {
      if manager.fileExists(atPath: single) { try remove(single) }
      if !folderExists {
        do {
          try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
          throw .io(path: folder, reason: "cannot create the folder: \(error.localizedDescription)")
        }
      }
    } else if folderExists {
      try remove(folder)
    }
  }

  /// True for `YYYY-MM.csv`, the names the generator gives month files.
  static func isMonthFile(_ name: String) -> Bool {
    let bytes = Array(name.utf8)
    guard bytes.count == 11, bytes[4] == 0x2D, name.hasSuffix(".csv") else { return false }
    return bytes[0..<4].allSatisfy { (0x30...0x39).contains($0) }
      && bytes[5..<7].allSatisfy { (0x30...0x39).contains($0) }
  }

  private static func remove(_ path: String) throws(SampleError) {
    do {
      try FileManager.default.removeItem(atPath: path)
    } catch {
      throw .io(path: path, reason: "cannot remove: \(error.localizedDescription)")
    }
  }
}
