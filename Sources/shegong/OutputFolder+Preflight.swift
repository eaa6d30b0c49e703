import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension OutputFolder {
  /// Checks, without creating or changing anything, that `path` can be made the output folder:
  /// an existing `path` must be a folder that this user can write into, beside which (in its
  /// parent) the run stages its files; a missing one needs its nearest existing ancestor to be a
  /// folder this user can write into. Run before the inputs are read (SPEC §2), so that such an
  /// error comes at once.
  ///
  /// - Throws: ``Failure`` (exit 1) saying which folder cannot be written.
  static func checkWritable(_ path: String) throws {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw Failure(description: "--out \(path) exists and is not a folder")
      }
      guard access(absolute, W_OK) == 0 else {
        throw Failure(description: "cannot write into the output folder \(path): \(text(of: errno))")
      }
      let parent = split(absolute).parent
      guard access(parent.isEmpty ? "/" : parent, W_OK) == 0 else {
        throw Failure(
          description: "cannot write beside the output folder \(path), where a run stages its files: \(text(of: errno))"
        )
      }
      return
    }
    var ancestor = split(absolute).parent
    while !ancestor.isEmpty, !FileManager.default.fileExists(atPath: ancestor, isDirectory: &isDirectory) {
      ancestor = split(ancestor).parent
    }
    if ancestor.isEmpty {
      ancestor = "/"
      isDirectory = true
    }
    guard isDirectory.boolValue else {
      throw Failure(description: "cannot create the output folder \(path): \(ancestor) is not a folder")
    }
    guard access(ancestor, W_OK) == 0 else {
      throw Failure(description: "cannot create the output folder \(path): cannot write into \(ancestor)")
    }
  }
}
