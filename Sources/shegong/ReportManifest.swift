import Foundation
import ShegongAggregation
import ShegongIngest
import ShegongRendering
import ShegongValidation

/// The run manifest of a report (SPEC §11): the inputs' hashes, taken on a thread of their own
/// while the run goes on, and the outputs' hashes, taken from the staged files once every other
/// output is written.
struct ReportManifest {
  /// An input file as hashed: its name in reports, size, digest and whether it starts with a
  /// UTF-8 byte-order mark.
  struct HashedInput: Sendable {
    var name: String
    var bytes: Int
    var sha256: String
    var hasByteOrderMark: Bool
  }

  /// A failure to read an input back for its hash.
  struct Failure: CommandError {
    var description: String
    var exitCode: ExitCode { .failure }
  }

  /// The command's arguments as given, the subcommand first.
  let arguments: [String]
  /// The hashes of the input files, in reading order, being taken.
  private let inputs: BackgroundWork<[HashedInput]>

  /// Starts hashing the files of `folder` in reading order (`policy.json` first, then SPEC §4's
  /// order) on a thread of its own.
  init(arguments: [String], folder: InputFolder) {
    self.arguments = arguments
    let entries = folder.filesInReadingOrder
    inputs = BackgroundWork { [entries] in
      try entries.map { entry in
        guard let hashed = SHA256.file(at: entry.path) else {
          throw Failure(description: "cannot read \(entry.path) again to record its hash in the manifest")
        }
        let head = FileHandle(forReadingAtPath: entry.path).flatMap { try? $0.read(upToCount: 3) }
        return HashedInput(
          name: entry.name, bytes: hashed.bytes, sha256: SHA256.hex(hashed.digest),
          hasByteOrderMark: head.map { Array($0) == [0xEF, 0xBB, 0xBF] } ?? false)
      }
    }
  }

  /// Hashes every file staged in `folder` and stages the manifest beside them, as the last output.
  func write(into folder: OutputFolder, validated: ValidatedInputs, period: Period) throws {
    let name = ManifestJSON.fileName(for: period)
    let staged = folder.stagedNames.filter { $0 != name }
    let stagingPath = folder.stagingPath
    // The outputs are hashed at once, one file a thread: the metrics JSON and the workbook are the
    // large ones at province scale.
    let hashed = (0..<staged.count).concurrentMap { SHA256.file(at: stagingPath + "/" + staged[$0]) }
    var outputs: [RunManifest.File] = []
    for (file, result) in zip(staged, hashed) {
      guard let result else {
        throw OutputFolder.writeFailure(folder.path, file, reason: "it cannot be read back for its hash")
      }
      outputs.append(RunManifest.File(file: file, bytes: result.bytes, sha256: SHA256.hex(result.digest)))
    }
    // The rows and encoding of each CSV file as validation read it, by name.
    var reports: [String: FileReport] = [:]
    for report in validated.files { reports[report.name] = report }
    let inputs = try inputs.wait().map { input in
      let report = reports[input.name]
      return RunManifest.File(
        file: input.name, bytes: input.bytes, sha256: input.sha256,
        encoding: report?.encoding ?? (input.hasByteOrderMark ? TextEncoding.utf8WithBOM : .utf8).rawValue,
        rows: report?.rows ?? 0)
    }
    let manifest = RunManifest(
      toolName: "shegong", toolVersion: Version.current, arguments: arguments, asOf: CivilDate.string(validated.asOf),
      period: RunManifest.PeriodSpan(
        label: period.label, start: CivilDate.string(period.start), end: CivilDate.string(period.end)),
      inputs: inputs, outputs: outputs)
    try folder.stage(name, bytes: ManifestJSON.render(manifest))
  }
}
