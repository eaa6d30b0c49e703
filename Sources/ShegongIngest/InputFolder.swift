import Foundation

/// The files of an inputs folder (SPEC §3), found but not yet read.
public struct InputFolder: Sendable {
  /// A file to read: where it is, and its name in reports.
  public struct Entry: Sendable, Equatable {
    /// Path on disk.
    public var path: String
    /// Name in reports: `areas.csv`, `services/站点A.csv`.
    public var name: String
  }

  /// The folder.
  public let path: String
  /// `areas.csv`.
  public let areas: Entry
  /// `stations.csv`.
  public let stations: Entry
  /// `workers.csv`.
  public let workers: Entry
  /// `beneficiaries.csv`.
  public let beneficiaries: Entry
  /// `services.csv`, or the `.csv` files of `services/` in bytewise order of their names.
  public let services: [Entry]
  /// `activities.csv`, when present.
  public let activities: Entry?
  /// `attendance.csv`, when present.
  public let attendance: Entry?
  /// `policy.json`, when present.
  public let policy: Entry?

  /// Looks for the files in `path`; throws when a required one is missing or ambiguous.
  public init(path: String) throws(IngestError) {
    self.path = path
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw IngestError(.missingFile, file: path, message: "the inputs folder does not exist")
    }
    guard isDirectory.boolValue else {
      throw IngestError(
        .missingFile, file: path, message: "--inputs names a file, not the folder that holds the inputs")
    }
    let names: [String]
    do {
      names = try manager.contentsOfDirectory(atPath: path)
    } catch {
      throw IngestError(.unreadable, file: path, message: "cannot list the inputs folder")
    }
    func find(_ wanted: String, required: Bool) throws(IngestError) -> Entry? {
      var matches: [String] = []
      for name in names where name.lowercased() == wanted {
        if try Self.isRegularFile(path + "/" + name, name: name) { matches.append(name) }
      }
      matches.sort(by: bytewiseLess)
      if matches.count > 1 {
        throw IngestError(
          .ambiguousFile, file: wanted,
          message: "several files are named \(wanted): \(matches.joined(separator: ", "))")
      }
      if let match = matches.first { return Entry(path: path + "/" + match, name: wanted) }
      if required {
        throw IngestError(.missingFile, file: wanted, message: "required file \(wanted) is missing from \(path)")
      }
      return nil
    }
    func required(_ wanted: String) throws(IngestError) -> Entry {
      guard let entry = try find(wanted, required: true) else {
        throw IngestError(.missingFile, file: wanted, message: "required file \(wanted) is missing from \(path)")
      }
      return entry
    }
    areas = try required("areas.csv")
    stations = try required("stations.csv")
    workers = try required("workers.csv")
    beneficiaries = try required("beneficiaries.csv")
    activities = try find("activities.csv", required: false)
    attendance = try find("attendance.csv", required: false)
    policy = try find("policy.json", required: false)

    let single = try find("services.csv", required: false)
    let folderPath = path + "/services"
    var folderIsDirectory: ObjCBool = false
    let hasFolder =
      manager.fileExists(atPath: folderPath, isDirectory: &folderIsDirectory) && folderIsDirectory.boolValue
    switch (single, hasFolder) {
    case (.some, true):
      throw IngestError(
        .ambiguousFile, file: "services", message: "both services.csv and a services/ folder exist; keep one of them")
    case (.some(let entry), false):
      services = [entry]
    case (.none, true):
      let inside: [String]
      do {
        inside = try manager.contentsOfDirectory(atPath: folderPath)
      } catch {
        throw IngestError(.unreadable, file: "services/", message: "cannot list the services/ folder")
      }
      var csvNames: [String] = []
      for name in inside where name.lowercased().hasSuffix(".csv") {
        if try Self.isRegularFile(folderPath + "/" + name, name: "services/" + name) { csvNames.append(name) }
      }
      csvNames.sort(by: bytewiseLess)
      guard !csvNames.isEmpty else {
        throw IngestError(.missingFile, file: "services/", message: "the services/ folder holds no .csv file")
      }
      try Self.checkServiceFileCount(csvNames.count, in: "services/")
      services = csvNames.map { Entry(path: folderPath + "/" + $0, name: "services/" + $0) }
    case (.none, false):
      throw IngestError(
        .missingFile, file: "services.csv",
        message: "required file services.csv (or a services/ folder) is missing from \(path)")
    }
  }

  /// Whether `path` (symbolic links followed) is a regular file to read; false for a folder or
  /// nothing. A FIFO, a socket or a device is an error naming the file as `name`: reading one
  /// could wait forever or never end.
  private static func isRegularFile(_ path: String, name: String) throws(IngestError) -> Bool {
    var status = stat()
    guard stat(path, &status) == 0 else { return false }
    let kind: String
    switch status.st_mode & S_IFMT {
    case S_IFREG: return true
    case S_IFDIR: return false
    case S_IFIFO: kind = "a FIFO (named pipe)"
    case S_IFSOCK: kind = "a socket"
    default: kind = "a device"
    }
    throw IngestError(
      .unreadable, file: name, message: "\(name) is \(kind), not a regular file; only regular files are read")
  }
}

extension InputFolder {
  /// Every file the run reads, in reading order: `policy.json` first when present, then SPEC §4's
  /// order (areas, stations, workers, beneficiaries, activities, attendance, services).
  public var filesInReadingOrder: [Entry] {
    [policy].compactMap { $0 } + [areas, stations, workers, beneficiaries]
      + [activities, attendance].compactMap { $0 } + services
  }
}
