import Foundation
import ShegongIngest

#if canImport(Glibc)
  import Glibc
#endif

/// The check behind `shegong verify` (SPEC §2, §11): a report folder, and optionally an inputs
/// folder, against the run manifests in the report folder.
///
/// - Manifests: every `manifest-<label>.json` at the top of the folder, or only the one of
///   `--period`. None, or one that cannot be read, is an exit-3 error.
/// - Changed or missing: every output the chosen manifests list is hashed again; a file whose size
///   or SHA-256 differs is changed, one that is not there (or is not a regular file) is missing.
/// - Unlisted: a file anywhere in the folder that no manifest in the folder lists and that is
///   not itself a manifest. Another period's reports are listed by their own manifest, so a
///   folder holding several periods verifies whole; a note a reader left there is unlisted.
/// - Inputs (with `--inputs`): every input a chosen manifest lists is hashed again in that folder;
///   a file the report would read there now that no chosen manifest lists is unlisted.
struct ReportFolderCheck {
  /// No manifest to check against (exit 3).
  struct NoManifest: CommandError {
    var description: String
    var exitCode: ExitCode { .unusableInputs }
  }

  /// One file that does not match.
  struct Finding: Equatable {
    /// How the file differs from the manifests.
    enum Kind: String {
      case changed, missing, unlisted
    }
    /// How.
    var kind: Kind
    /// The file's path as a person finds it (the folder as given, then the file).
    var path: String
    /// The manifest that lists it, or empty for an unlisted file.
    var manifest: String
  }

  /// The report folder, as given.
  let out: String
  /// The manifests checked, with their file names, in bytewise order of the names.
  let manifests: [(name: String, manifest: RunManifest)]
  /// Every path any manifest of the folder lists (outputs, relative to the folder), and the
  /// manifests themselves.
  let listed: Set<String>

  /// Reads the manifests of `out` (only the one of `period` when given).
  init(out: String, period: String?) throws {
    self.out = out
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw NoManifest(description: "\(out) is not a folder, so it holds no manifest")
    }
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: out)) ?? [])
      .filter { $0.hasPrefix("manifest-") && $0.hasSuffix(".json") }
      .sorted(by: bytewiseLess)
    var all: [(name: String, manifest: RunManifest)] = []
    for name in names {
      guard let data = FileManager.default.contents(atPath: out + "/" + name) else {
        throw NoManifest(description: "\(out)/\(name) cannot be read")
      }
      do {
        all.append((name, try RunManifest.read(Array(data))))
      } catch {
        throw NoManifest(description: "\(out)/\(name) is not a readable manifest: \(error)")
      }
    }
    var listed = Set(names)
    for (_, manifest) in all { listed.formUnion(manifest.outputs.map(\.file)) }
    self.listed = listed
    if let period {
      let name = RunManifest.fileName(label: period)
      guard let chosen = all.first(where: { $0.name == name }) else {
        throw NoManifest(description: "\(out) holds no \(name)")
      }
      manifests = [chosen]
    } else {
      guard !all.isEmpty else { throw NoManifest(description: "\(out) holds no manifest-<label>.json") }
      manifests = all
    }
  }

  /// The outputs that differ from the chosen manifests, and the unlisted files of the folder,
  /// in bytewise order of their paths.
  func checkOutputs() -> [Finding] {
    var findings: [Finding] = []
    for (name, manifest) in manifests {
      for file in manifest.outputs {
        if let kind = Self.compare(out + "/" + file.file, with: file) {
          findings.append(Finding(kind: kind, path: out + "/" + file.file, manifest: name))
        }
      }
    }
    for file in Self.files(in: out) where !listed.contains(file) {
      findings.append(Finding(kind: .unlisted, path: out + "/" + file, manifest: ""))
    }
    return findings.sorted { bytewiseLess($0.path, $1.path) }
  }

  /// The inputs in `inputs` that differ from the chosen manifests, and the files the report would
  /// read there that none lists, in bytewise order of their paths.
  func checkInputs(_ inputs: String) -> [Finding] {
    var findings: [Finding] = []
    var listedInputs = Set<String>()
    for (name, manifest) in manifests {
      for file in manifest.inputs {
        listedInputs.insert(file.file)
        if let kind = Self.compare(inputs + "/" + file.file, with: file) {
          findings.append(Finding(kind: kind, path: inputs + "/" + file.file, manifest: name))
        }
      }
    }
    if let folder = try? InputFolder(path: inputs) {
      for entry in folder.filesInReadingOrder where !listedInputs.contains(entry.name) {
        findings.append(Finding(kind: .unlisted, path: inputs + "/" + entry.name, manifest: ""))
      }
    }
    return findings.sorted { bytewiseLess($0.path, $1.path) }
  }

  /// Nil when the file at `path` has the size and digest `file` gives; else how it differs.
  static func compare(_ path: String, with file: RunManifest.File) -> Finding.Kind? {
    var status = stat()
    guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return .missing }
    guard Int(status.st_size) == file.bytes, let hashed = SHA256.file(at: path) else { return .changed }
    return hashed.bytes == file.bytes && SHA256.hex(hashed.digest) == file.sha256 ? nil : .changed
  }

  /// Every entry of the folder `root` that is not a folder (files, links, anything else), as
  /// paths relative to it, found recursively without following links.
  static func files(in root: String, relative: String = "") -> [String] {
    let folder = relative.isEmpty ? root : root + "/" + relative
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
    var found: [String] = []
    for entry in entries {
      let name = relative.isEmpty ? entry : relative + "/" + entry
      var status = stat()
      guard lstat(root + "/" + name, &status) == 0 else { continue }
      if (status.st_mode & S_IFMT) == S_IFDIR {
        found += files(in: root, relative: name)
      } else {
        found.append(name)
      }
    }
    return found
  }
}
