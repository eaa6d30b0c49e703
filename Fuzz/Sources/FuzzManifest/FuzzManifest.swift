import ShegongIngest
import ShegongValidation

/// libFuzzer entry point: the input read as a run manifest and as `policy.json`, and hashed with
/// SHA-256 whole and in pieces whose sizes come from its first byte.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if let manifest = try? RunManifest.read(bytes) {
    for file in manifest.inputs + manifest.outputs {
      precondition(file.bytes >= 0 && file.sha256.utf8.count == 64, "a file entry out of range")
      precondition(!file.file.hasPrefix("/") && !file.file.isEmpty, "a path outside the folder")
    }
    let paths = manifest.outputs.map { Array($0.file.utf8) }
    precondition(zip(paths, paths.dropFirst()).allSatisfy { !$1.lexicographicallyPrecedes($0) }, "outputs unsorted")
  }
  _ = try? PolicyReader.parse(bytes)
  // SHA-256 fed in pieces must equal the digest of the whole.
  let whole = SHA256.digest(of: bytes)
  precondition(whole.count == 32, "digest length")
  let step = Int(bytes.first ?? 1) % 97 + 1
  var hash = SHA256()
  var start = 0
  while start < bytes.count {
    hash.update(Array(bytes[start..<min(bytes.count, start + step)]))
    start += step
  }
  precondition(hash.finish() == whole, "digest in pieces differs")
  return 0
}
