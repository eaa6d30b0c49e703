import Foundation
import Testing

@testable import ShegongIngest

/// A scratch inputs folder, removed when the test is done with it.
final class ScratchFolder {
  let path: String

  init() throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("shegong-inputs-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Writes `text` to `name` (which may hold a subfolder) inside the folder.
  func write(_ name: String, _ text: String = "h\n") throws {
    let url = URL(fileURLWithPath: path).appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  /// Creates the folder `name` inside the folder.
  func makeFolder(_ name: String) throws {
    try FileManager.default.createDirectory(atPath: path + "/" + name, withIntermediateDirectories: true)
  }

  /// Writes the four required files other than services.
  func writeRequired() throws {
    for name in ["areas.csv", "stations.csv", "workers.csv", "beneficiaries.csv"] { try write(name) }
  }

  /// `InputFolder(path:)`'s error, or `nil` when it finds the files.
  func error() -> IngestError? {
    Read.ingestError { () throws(IngestError) in try InputFolder(path: path) }
  }
}

@Suite("InputFolder: finding the input files")
struct InputFolderTests {
  @Test("a complete folder names every file; optional files that are absent are nil")
  func complete() throws {
    let folder = try ScratchFolder()
    try folder.writeRequired()
    try folder.write("services.csv")
    try folder.write("README.txt")
    let inputs = try InputFolder(path: folder.path)
    #expect(inputs.areas.path == folder.path + "/areas.csv")
    #expect(inputs.areas.name == "areas.csv")
    #expect(inputs.stations.name == "stations.csv")
    #expect(inputs.workers.name == "workers.csv")
    #expect(inputs.beneficiaries.name == "beneficiaries.csv")
    #expect(inputs.services.map(\.name) == ["services.csv"])
    #expect(inputs.services.map(\.path) == [folder.path + "/services.csv"])
    #expect(inputs.activities == nil)
    #expect(inputs.attendance == nil)
    #expect(inputs.policy == nil)
  }

  @Test("optional files are found when present")
  func optionalFiles() throws {
    let folder = try ScratchFolder()
    try folder.writeRequired()
    try folder.write("services.csv")
    try folder.write("activities.csv")
    try folder.write("attendance.csv")
    try folder.write("policy.json", "{}")
    let inputs = try InputFolder(path: folder.path)
    #expect(inputs.activities?.name == "activities.csv")
    #expect(inputs.attendance?.path == folder.path + "/attendance.csv")
    #expect(inputs.policy?.name == "policy.json")
  }

  @Test(
    "a missing required file is named",
    arguments: ["areas.csv", "stations.csv", "workers.csv", "beneficiaries.csv", "services.csv"])
  func missingFile(name: String) throws {
    let folder = try ScratchFolder()
    for file in ["areas.csv", "stations.csv", "workers.csv", "beneficiaries.csv", "services.csv"] where file != name {
      try folder.write(file)
    }
    let error = folder.error()
    #expect(error?.kind == .missingFile)
    #expect(error?.file == name)
    #expect(error?.message.contains(name) == true)
  }

  @Test("a required name that is a folder is missing, not read")
  func requiredFileIsFolder() throws {
    let folder = try ScratchFolder()
    try folder.writeRequired()
    try folder.write("services.csv")
    try FileManager.default.removeItem(atPath: folder.path + "/areas.csv")
    try folder.makeFolder("areas.csv")
    #expect(folder.error()?.kind == .missingFile)
  }

  @Test("a missing inputs folder is an error")
  func missingFolder() {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString)").path
    let error = Read.ingestError { () throws(IngestError) in try InputFolder(path: path) }
    #expect(error?.kind == .missingFile)
  }

  @Test("services.csv and services/ together are ambiguous")
  func servicesBoth() throws {
    let folder = try ScratchFolder()
    try folder.writeRequired()
    try folder.write("services.csv")
    try folder.write("services/a.csv")
    let error = folder.error()
    #expect(error?.kind == .ambiguousFile)
    #expect(error?.message.contains("services.csv") == true)
  }

  @Test("services/ is read in bytewise order of its .csv names; other entries are ignored")
  func servicesFolder() throws {
    let folder = try ScratchFolder()
    try folder.writeRequired()
    for name in ["b.csv", "A.CSV", "a.csv", "notes.txt", "x.csv/inner.csv", "站点A.csv", "Z.Csv", "_.csv", "csv"] {
      try folder.write("services/" + name)
    }
    let inputs = try InputFolder(path: folder.path)
    let names = ["A.CSV", "Z.Csv", "_.csv", "a.csv", "b.csv", "站点A.csv"]
    #expect(inputs.services.map(\.name) == names.map { "services/" + $0 })
    #expect(inputs.services.map(\.path) == names.map { folder.path + "/services/" + $0 })
  }

  @Test("bytewise order is not Unicode order: a decomposed é (65 CC 81) sorts before f")
  func servicesBytewise() throws {
    let folder = try ScratchFolder()
    try folder.writeRequired()
    for name in ["f.csv", "e\u{301}.csv", "E.csv"] { try folder.write("services/" + name) }
    let inputs = try InputFolder(path: folder.path)
    let expected = ["E.csv", "e\u{301}.csv", "f.csv"].map { Bytes("services/" + $0) }
    #expect(inputs.services.map { Bytes($0.name) } == expected)
  }

  @Test("services/ with only A.CSV, a.csv, b.csv reads them in that order")
  func servicesFolderBriefOrder() throws {
    let folder = try ScratchFolder()
    try folder.writeRequired()
    for name in ["b.csv", "A.CSV", "a.csv", "notes.txt"] { try folder.write("services/" + name) }
    try folder.makeFolder("services/x.csv")
    let inputs = try InputFolder(path: folder.path)
    #expect(inputs.services.map(\.name) == ["services/A.CSV", "services/a.csv", "services/b.csv"])
  }

  @Test("a services/ folder without .csv files is an error", arguments: [[], ["notes.txt"], ["x.csv/"]])
  func servicesEmpty(entries: [String]) throws {
    let folder = try ScratchFolder()
    try folder.writeRequired()
    try folder.makeFolder("services")
    for entry in entries {
      if entry.hasSuffix("/") {
        try folder.makeFolder("services/" + entry)
      } else {
        try folder.write("services/" + entry)
      }
    }
    let error = folder.error()
    #expect(error?.kind == .missingFile)
    #expect(error?.file.hasPrefix("services") == true)
  }

  @Test("files the contract does not name are ignored")
  func otherFiles() throws {
    let folder = try ScratchFolder()
    try folder.writeRequired()
    try folder.write("services.csv")
    try folder.write("extra.csv")
    try folder.write("old/areas.csv")
    let inputs = try InputFolder(path: folder.path)
    #expect(inputs.areas.path == folder.path + "/areas.csv")
  }
}

@Suite("InputFolder: names in other cases")
struct InputFolderCaseTests {
  @Test("required files are found whatever the case of their names, and named in lower case")
  func upperCaseNames() throws {
    let folder = try ScratchFolder()
    for name in ["AREAS.CSV", "Stations.csv", "workers.CSV", "beneficiaries.csv", "Services.Csv"] {
      try folder.write(name)
    }
    let inputs = try InputFolder(path: folder.path)
    #expect(inputs.areas.name == "areas.csv")
    #expect(inputs.areas.path == folder.path + "/AREAS.CSV")
    #expect(inputs.services.map(\.name) == ["services.csv"])
  }

  @Test("two spellings of one file are ambiguous")
  func twoSpellings() throws {
    let folder = try ScratchFolder()
    try folder.writeRequired()
    try folder.write("services.csv")
    try folder.write("Areas.csv")
    let error = folder.error()
    #expect(error?.kind == .ambiguousFile)
    #expect(error?.file == "areas.csv")
  }
}

@Suite("InputFolder: the services files a run can read")
struct InputFolderLimitTests {
  @Test("up to 65 530 services files pass; one more is too-large, naming the folder and the limit")
  func serviceFileCount() throws {
    // 65 536 places for a file, less the six CSV files read before the services.
    #expect(InputFolder.maximumServiceFiles == 65_530)
    try InputFolder.checkServiceFileCount(1, in: "services/")
    try InputFolder.checkServiceFileCount(65_530, in: "services/")
    let error = #expect(throws: IngestError.self) { try InputFolder.checkServiceFileCount(65_531, in: "services/") }
    #expect(error?.kind == .tooLarge)
    #expect(error?.file == "services/")
    #expect(error?.message.contains("65531") == true)
    #expect(error?.message.contains("65530") == true)
  }
}
