import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Two reports of the same period in which all four files differ: `old` is in `--out` before a run
/// that goes wrong, `new` is what that run would write.
private enum Flags {
  static let old = ["--period", "2026-10", "--as-of", "2026-10-25", "--lang", "en"]
  static let new = ["--period", "2026-10", "--as-of", "2026-11-20", "--lang", "zh"]
  static let outputs = [
    "issues-2026-10.csv", "manifest-2026-10.json", "metrics-2026-10.json", "overdue-2026-10.csv", "report-2026-10.md",
    "shegong-2026-10.xlsx",
  ]
}

private func reportArguments(_ flags: [String], out: String, quiet: Bool = true) -> [String] {
  ["report", "--inputs", CommandRunner.inputs, "--templates", CommandRunner.templates, "--out", out] + flags
    + (quiet ? ["--quiet"] : [])
}

/// The regular files of `folder`, hidden ones included, by name.
private func files(in folder: String) throws -> [String: Data] {
  var result: [String: Data] = [:]
  for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isDirectory),
      !isDirectory.boolValue
    else { continue }
    let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
    // A manifest names the run's own --out among its arguments; the rest of it must agree.
    result[name] = name.hasPrefix("manifest-") ? ThreadCountTests.withoutArguments(data) : data
  }
  return result
}

/// Writes `files` into `folder`, creating it.
private func install(_ files: [String: Data], into folder: String) throws {
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  for (name, data) in files { try data.write(to: URL(fileURLWithPath: folder + "/" + name)) }
}

/// The outputs of both flag sets, made once for every test of the suite.
private struct References: Sendable {
  let old: [String: Data]
  let new: [String: Data]

  static func make() throws -> References {
    let folder = try CommandRunner.temporaryFolder()
    var made: [[String: Data]] = []
    for flags in [Flags.old, Flags.new] {
      let out = folder + "/" + UUID().uuidString
      let result = try CommandRunner.run(reportArguments(flags, out: out))
      guard result.status == 0 else {
        throw ReferenceFailure(description: "the reference report failed: \(result.stderr)")
      }
      made.append(try files(in: out))
    }
    return References(old: made[0], new: made[1])
  }
}

private struct ReferenceFailure: Error, CustomStringConvertible {
  var description: String
}

private let referenceReports = Result { try References.make() }

/// The hidden entries beside the folder `out`: its lock file and the staging folders of runs.
private func siblings(of out: String) throws -> [String] {
  let parent = (out as NSString).deletingLastPathComponent
  let name = (out as NSString).lastPathComponent
  return try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.hasPrefix(".\(name).") }.sorted()
}

@Suite("faults: a killed run, a full disk, a bad --out or a second run leave the previous reports whole", .serialized)
struct FaultTests {
  @Test("kill -9 while writing: the folder holds one whole report, and the next run removes the working folder")
  func killWhileWriting() throws {
    let references = try referenceReports.get()
    let out = try CommandRunner.temporaryFolder() + "/out"
    try install(references.old, into: out)
    var current = references.old
    var moments: [String] = []
    for _ in 0..<3 {
      let (flags, written) = current == references.old ? (Flags.new, references.new) : (Flags.old, references.old)
      let process = Process()
      process.executableURL = CommandRunner.executable
      process.arguments = reportArguments(flags, out: out)
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      // Wait for the run to make its staging folder, then kill it at a random moment of the
      // writing (which takes about a second in a debug build), the exchange included.
      let staging = ".out.shegong-\(process.processIdentifier)"
      let deadline = Date().addingTimeInterval(120)
      while process.isRunning, !((try? siblings(of: out)) ?? []).contains(staging), Date() < deadline {
        Thread.sleep(forTimeInterval: 0.002)
      }
      let delay = Double.random(in: 0..<1.2)
      Thread.sleep(forTimeInterval: delay)
      if process.isRunning { kill(process.processIdentifier, SIGKILL) }
      process.waitUntilExit()
      let moment = "killed \(Int(delay * 1000)) ms into the writing"
      moments.append(moment)
      let left = try files(in: out)
      #expect(left == current || left == written, "\(moment): the folder must hold one whole report")
      #expect(try siblings(of: out).allSatisfy { $0 == ".out.shegong-lock" || $0 == staging }, "\(moment)")
      current = left
    }
    let (flags, written) = current == references.old ? (Flags.new, references.new) : (Flags.old, references.old)
    let result = try CommandRunner.run(reportArguments(flags, out: out))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try files(in: out) == written, "after \(moments): exactly the new outputs")
    #expect(try siblings(of: out) == [], "after \(moments): no working folder or lock file left")
  }

  @Test("the next run removes working folders of killed runs and carries every other file of --out over")
  func carryOverAndRepair() throws {
    let references = try referenceReports.get()
    let folder = try CommandRunner.temporaryFolder()
    let out = folder + "/out"
    try install(references.old, into: out)
    let bystanders: [String: Data] = [
      ".keep": Data(), "notes.txt": Data("mine".utf8), "report-2026-09.md": Data("another period".utf8),
    ]
    try install(bystanders, into: out)
    try install(["a.xlsx": Data("station".utf8)], into: out + "/feedback")
    try FileManager.default.createSymbolicLink(atPath: out + "/latest", withDestinationPath: "notes.txt")
    let inode = { (path: String) in try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? UInt64
    }
    let notesInode = try inode(out + "/notes.txt")
    // Runs killed before their exchange (a partial new set) and after it (the old set).
    try install(["metrics-2026-10.json": Data("partial".utf8)], into: folder + "/.out.shegong-4000001")
    try install(references.old, into: folder + "/.out.shegong-4000002")
    let result = try CommandRunner.run(reportArguments(Flags.new, out: out, quiet: false))
    #expect(result.status == 0, "\(result.stderr)")
    // `files(in:)` reads the symbolic link `latest` through to notes.txt.
    let expected = references.new.merging(bystanders) { new, _ in new }.merging(["latest": Data("mine".utf8)]) { $1 }
    #expect(try files(in: out) == expected)
    #expect(try files(in: out + "/feedback") == ["a.xlsx": Data("station".utf8)])
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: out + "/latest") == "notes.txt")
    #expect(try inode(out + "/notes.txt") == notesInode, "carried over as a hard link, not a copy")
    #expect(try siblings(of: out) == [])
    #expect(
      result.stderr.contains("removed the working folder(s) that 2 interrupted run(s) left beside it"),
      "\(result.stderr)")
  }

  @Test(
    "SIGTERM, SIGINT or SIGHUP while writing: the run removes its working folder and lock, exits 128 + the signal",
    arguments: [SIGTERM, SIGINT, SIGHUP])
  func signalCleanUp(signal: Int32) throws {
    let references = try referenceReports.get()
    let folder = try CommandRunner.temporaryFolder()
    let out = folder + "/out"
    try install(references.old, into: out)
    let log = folder + "/stderr"
    _ = FileManager.default.createFile(atPath: log, contents: nil)
    let stderr = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
    let process = Process()
    process.executableURL = CommandRunner.executable
    process.arguments = reportArguments(Flags.new, out: out)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = stderr
    try process.run()
    // Signalled once the run has staged its first file.
    let staging = folder + "/.out.shegong-\(process.processIdentifier)"
    let deadline = Date().addingTimeInterval(120)
    while process.isRunning, ((try? FileManager.default.contentsOfDirectory(atPath: staging)) ?? []).isEmpty,
      Date() < deadline
    {
      Thread.sleep(forTimeInterval: 0.001)
    }
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    try stderr.close()
    let said = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    #expect(process.terminationReason == .exit && process.terminationStatus == 128 + signal, "\(said)")
    #expect(said.contains("stopped by"), "\(said)")
    #expect(said.contains("removed the unfinished outputs, the previous reports are unchanged"), "\(said)")
    #expect(try files(in: out) == references.old)
    #expect(try siblings(of: out) == [], "no working folder and no lock file left")
  }

  @Test("a file size limit (ulimit -f) exits 1 naming the file, and changes nothing")
  func fileSizeLimit() throws {
    let references = try referenceReports.get()
    let out = try CommandRunner.temporaryFolder() + "/out"
    try install(references.old, into: out)
    // 1024 blocks: 512 KiB in 512-byte blocks (dash), 1 MiB in 1 KiB blocks (bash); the overdue
    // list is larger either way, and every other file smaller with its sheets capped at 100 rows.
    let limit = 1024
    #expect(references.new["overdue-2026-10.csv", default: Data()].count > 1024 * limit)
    let result = try CommandRunner.run(
      reportArguments(Flags.new + ["--sheet-rows", "100"], out: out), after: "ulimit -f \(limit)")
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stderr.contains("cannot write \(out)/overdue-2026-10.csv"), "\(result.stderr)")
    #expect(result.stderr.contains("the file size limit is reached"), "\(result.stderr)")
    #expect(result.stderr.contains("the previous reports are unchanged"), "\(result.stderr)")
    #expect(try files(in: out) == references.old)
  }

  @Test("a file size limit that cuts a working file of the workbook library short exits 1 and changes nothing")
  func fileSizeLimitOnWorkbookWorkingFiles() throws {
    let references = try referenceReports.get()
    let folder = try CommandRunner.temporaryFolder()
    // The limits lie above every output file, but below the largest part of the workbook
    // unzipped, which the library writes to a working file first.
    let workbook = folder + "/new.xlsx"
    try references.new["shegong-2026-10.xlsx", default: Data()].write(to: URL(fileURLWithPath: workbook))
    let listing = try CommandRunner.launch(
      URL(fileURLWithPath: "/usr/bin/unzip"), ["-Z", "-l", workbook], describing: [])
    let largestPart =
      String(decoding: listing.stdout, as: UTF8.self).split(separator: "\n")
      .compactMap { line in line.split(separator: " ", omittingEmptySubsequences: true).dropFirst(3).first }
      .compactMap { Int($0) }.max() ?? 0
    let largestFile = references.new.values.map(\.count).max() ?? 0
    let (low, high) = (largestFile / 1024 + 16, largestPart / 1024 - 16)
    try #require(low < high, "the largest part (\(largestPart) bytes) must be larger than every file")
    for limit in [low, (low + high) / 2, high] {
      let out = folder + "/out-\(limit)"
      try install(references.old, into: out)
      let result = try CommandRunner.launch(
        URL(fileURLWithPath: "/bin/bash"),
        ["-c", "ulimit -f \(limit) && exec \"$0\" \"$@\"", CommandRunner.executable.path]
          + reportArguments(Flags.new, out: out),
        describing: ["report", "under ulimit -f \(limit)"])
      #expect(result.status == 1, "ulimit -f \(limit): \(result.stderr)")
      #expect(result.stderr.contains("cannot write \(out)/shegong-2026-10.xlsx"), "\(result.stderr)")
      #expect(result.stderr.contains("is cut off"), "\(result.stderr)")
      #expect(try files(in: out) == references.old, "ulimit -f \(limit): the old report, whole, and nothing else")
      #expect(try siblings(of: out) == [], "ulimit -f \(limit): no working folder or lock file left")
    }
  }

  /// Whether this process may mount a small tmpfs in a mount namespace of its own (root with
  /// `unshare`); the full-disk test skips otherwise.
  static let canMountTmpfs: Bool = {
    guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare"),
      let folder = try? CommandRunner.temporaryFolder()
    else { return false }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
    process.arguments = ["-m", "/bin/sh", "-c", "mount -t tmpfs -o size=64k tmpfs \"$0\"", folder]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationReason == .exit && process.terminationStatus == 0
  }()

  @Test(
    "a full disk (a small tmpfs) exits 1 naming the file, and changes nothing",
    .enabled(if: FaultTests.canMountTmpfs, "needs root and unshare to mount a tmpfs"),
    arguments: [50, 95])
  func fullDisk(percentOfNewReport percent: Int) throws {
    let references = try referenceReports.get()
    let folder = try CommandRunner.temporaryFolder()
    try install(references.old, into: folder + "/old")
    try FileManager.default.createDirectory(atPath: folder + "/mount", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: folder + "/after", withIntermediateDirectories: true)
    // Room for the old report and `percent` % of the new one (the workbook and the text outputs
    // are written at the same time, so which file meets the full disk first varies).
    let old = references.old.values.reduce(0) { $0 + $1.count }
    let room = old + references.new.values.reduce(0) { $0 + $1.count } * percent / 100
    // The tmpfs lives in a mount namespace of its own and vanishes with it; what the run left is
    // copied out first.
    let script = """
      mount -t tmpfs -o size=\(room / 1024)k tmpfs "$1" || exit 90
      mkdir "$1/out" && cp "$2"/* "$1/out/" || exit 91
      "$0" report --inputs "$4" --templates "$5" --out "$1/out" \(Flags.new.joined(separator: " ")) --quiet
      status=$?
      cp -a "$1/out/." "$3/" || exit 92
      exit $status
      """
    let result = try CommandRunner.launch(
      URL(fileURLWithPath: "/usr/bin/unshare"),
      [
        "-m", "/bin/sh", "-c", script, CommandRunner.executable.path, folder + "/mount", folder + "/old",
        folder + "/after", CommandRunner.inputs, CommandRunner.templates,
      ], describing: ["report", "into a full tmpfs"])
    #expect(result.status == 1, "\(result.stderr)")
    #expect(Flags.outputs.contains { result.stderr.contains($0) }, "\(result.stderr)")
    #expect(result.stderr.contains("No space left on device"), "\(result.stderr)")
    #expect(try files(in: folder + "/after") == references.old)
  }

  @Test("--out naming a file, or a folder below a file, exits 1 and says so")
  func outputPathIsAFile() throws {
    let folder = try CommandRunner.temporaryFolder()
    let file = folder + "/report.txt"
    try Data("keep".utf8).write(to: URL(fileURLWithPath: file))
    let onFile = try CommandRunner.run(reportArguments(Flags.new, out: file))
    #expect(onFile.status == 1)
    #expect(onFile.stderr.contains("--out \(file) exists and is not a folder"), "\(onFile.stderr)")
    let below = try CommandRunner.run(reportArguments(Flags.new, out: file + "/out"))
    #expect(below.status == 1)
    #expect(below.stderr.contains("cannot create the output folder \(file)/out"), "\(below.stderr)")
    #expect(try files(in: folder) == ["report.txt": Data("keep".utf8)])
  }

  @Test(
    "a folder without write permission exits 1 and changes nothing",
    .enabled(if: geteuid() != 0, "root writes into any folder"))
  func readOnlyFolder() throws {
    let references = try referenceReports.get()
    let out = try CommandRunner.temporaryFolder() + "/out"
    try install(references.old, into: out)
    chmod(out, 0o555)
    defer { chmod(out, 0o755) }
    let result = try CommandRunner.run(reportArguments(Flags.new, out: out))
    #expect(result.status == 1)
    #expect(result.stderr.contains("Permission denied"), "\(result.stderr)")
    #expect(try files(in: out) == references.old)
  }

  @Test("a second run waits for the lock, says so, touches nothing while it waits, then writes")
  func secondRunWaits() throws {
    let references = try referenceReports.get()
    let folder = try CommandRunner.temporaryFolder()
    let out = folder + "/out"
    try install(references.old, into: out)
    // This test holds the lock as a running report would.
    let lock = open(folder + "/.out.shegong-lock", O_RDWR | O_CREAT, 0o644)
    try #require(lock >= 0 && flock(lock, LOCK_EX) == 0)
    var locked = true
    defer { if locked { close(lock) } }
    let log = folder + "/stderr"
    _ = FileManager.default.createFile(atPath: log, contents: nil)
    let stderr = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
    let process = Process()
    process.executableURL = CommandRunner.executable
    process.arguments = reportArguments(Flags.new, out: out, quiet: false)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = stderr
    try process.run()
    let deadline = Date().addingTimeInterval(120)
    func said() -> String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }
    while process.isRunning, !said().contains("waiting"), Date() < deadline {
      Thread.sleep(forTimeInterval: 0.01)
    }
    #expect(said().contains("another report is being written into \(out); waiting for it to finish"), "\(said())")
    Thread.sleep(forTimeInterval: 0.3)
    #expect(process.isRunning)
    #expect(try files(in: out) == references.old, "nothing changes while the second run waits")
    close(lock)
    locked = false
    process.waitUntilExit()
    try stderr.close()
    #expect(process.terminationReason == .exit && process.terminationStatus == 0, "\(said())")
    #expect(try files(in: out) == references.new)
  }

  @Test("two runs into one folder never interleave: the folder ends with one whole report")
  func twoRunsNeverInterleave() throws {
    let references = try referenceReports.get()
    let out = try CommandRunner.temporaryFolder() + "/out"
    let processes = [Flags.old, Flags.new].map { flags in
      let process = Process()
      process.executableURL = CommandRunner.executable
      process.arguments = reportArguments(flags, out: out)
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      return process
    }
    for process in processes { try process.run() }
    for process in processes {
      process.waitUntilExit()
      #expect(process.terminationReason == .exit && process.terminationStatus == 0)
    }
    let left = try files(in: out)
    #expect(left == references.old || left == references.new, "\(left.keys.sorted())")
  }
}
