#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An input file held in memory as UTF-8, with the encoding it was stored in.
///
/// The bytes stay put for the life of the object, so readers hand out positions into them
/// instead of copying fields.
public final class TextFile: @unchecked Sendable {
  /// The file as reports name it: `areas.csv`, `services/站点A.csv`.
  public let name: String
  /// The encoding detected (SPEC §3: BOM, then strict UTF-8, then GB18030).
  public let encoding: TextEncoding
  /// The text as UTF-8, without any byte-order mark.
  public let bytes: UnsafeBufferPointer<UInt8>
  private let storage: UnsafeMutableRawBufferPointer

  /// Wraps already-decoded UTF-8 text (no BOM) under a display name.
  public convenience init(name: String, utf8 text: [UInt8], encoding: TextEncoding = .utf8) {
    self.init(name: name, encoding: encoding, copying: text)
  }

  private init(name: String, encoding: TextEncoding, copying content: [UInt8]) {
    self.name = name
    self.encoding = encoding
    // One spare byte so an empty file still has a valid base address.
    let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: content.count + 1, alignment: 16)
    content.withUnsafeBytes { source in
      if let from = source.baseAddress, let to = storage.baseAddress {
        to.copyMemory(from: from, byteCount: source.count)
      }
    }
    self.storage = storage
    self.bytes = UnsafeBufferPointer(
      start: storage.baseAddress?.assumingMemoryBound(to: UInt8.self), count: content.count)
  }

  deinit { storage.deallocate() }

  /// Decodes raw file bytes, detecting the encoding in SPEC §3's order.
  ///
  /// A byte-order mark decides first (and the body must then decode in that encoding), then
  /// strict UTF-8 over the whole file, then GB18030.
  public static func decode(name: String, raw: [UInt8]) throws(IngestError) -> TextFile {
    func undecodable(_ what: String) -> IngestError {
      IngestError(.undecodable, file: name, message: what)
    }
    if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
      let body = Array(raw[3...])
      if let offset = body.withUnsafeBufferPointer({ UTF8Validation.firstInvalidOffset(in: $0) }) {
        throw undecodable("the file starts with a UTF-8 byte-order mark but byte \(offset + 3) is not UTF-8")
      }
      return TextFile(name: name, encoding: .utf8WithBOM, copying: body)
    }
    for (mark, encoding) in [([UInt8(0xFF), 0xFE], TextEncoding.utf16LE), ([0xFE, 0xFF], .utf16BE)]
    where raw.starts(with: mark) {
      do {
        let text = try Transcoder.utf8(from: raw[2...], encoding: encoding)
        return TextFile(name: name, encoding: encoding, copying: text)
      } catch {
        throw undecodable(
          "the file starts with a \(encoding.rawValue) byte-order mark but its body is not \(encoding.rawValue)")
      }
    }
    if raw.withUnsafeBufferPointer({ UTF8Validation.firstInvalidOffset(in: $0) }) == nil {
      return TextFile(name: name, encoding: .utf8, copying: raw)
    }
    do {
      let text = try Transcoder.utf8(from: raw[...], encoding: .gb18030)
      return TextFile(name: name, encoding: .gb18030, copying: text)
    } catch {
      switch error {
      case .invalidSequence(let offset), .truncatedSequence(let offset):
        throw undecodable("byte \(offset) is neither UTF-8 nor GB18030")
      case .unsupported:
        throw undecodable("this system's iconv cannot decode GB18030")
      }
    }
  }

  /// Reads a file from disk (with `open`/`read`) and decodes it.
  public static func load(path: String, name: String) throws(IngestError) -> TextFile {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw IngestError(.unreadable, file: name, message: "cannot open: \(String(cString: strerror(errno)))")
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw IngestError(.unreadable, file: name, message: "cannot stat: \(String(cString: strerror(errno)))")
    }
    let size = Int(status.st_size)
    var raw = [UInt8](repeating: 0, count: size)
    var filled = 0
    while filled < size {
      let got = raw.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return read(descriptor, base + filled, size - filled)
      }
      if got < 0 {
        if errno == EINTR { continue }
        throw IngestError(.unreadable, file: name, message: "cannot read: \(String(cString: strerror(errno)))")
      }
      if got == 0 { break }
      filled += got
    }
    if filled < size { raw.removeSubrange(filled...) }
    return try decode(name: name, raw: raw)
  }
}
