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
  /// How many bytes at the start of `storage` have been given back (see `discard(before:)`).
  private var discarded = 0

  /// Wraps already-decoded UTF-8 text (no BOM) under a display name.
  public convenience init(name: String, utf8 text: [UInt8], encoding: TextEncoding = .utf8) {
    self.init(name: name, encoding: encoding, copying: text)
  }

  private convenience init(name: String, encoding: TextEncoding, copying content: [UInt8]) {
    let storage = Self.allocate(content.count)
    content.withUnsafeBytes { source in
      if let from = source.baseAddress, let to = storage.baseAddress {
        to.copyMemory(from: from, byteCount: source.count)
      }
    }
    self.init(name: name, encoding: encoding, owning: storage, offset: 0, count: content.count)
  }

  /// Copies `pieces` end to end into the file's own memory, releasing each piece once copied, so
  /// that the text is never held twice over.
  private convenience init(name: String, encoding: TextEncoding, joining pieces: consuming [[UInt8]]) {
    let count = pieces.reduce(0) { $0 + $1.count }
    let storage = Self.allocate(count)
    var offset = 0
    for index in pieces.indices {
      pieces[index].withUnsafeBytes { source in
        if let from = source.baseAddress, let to = storage.baseAddress {
          (to + offset).copyMemory(from: from, byteCount: source.count)
        }
        offset += source.count
      }
      pieces[index] = []
    }
    self.init(name: name, encoding: encoding, owning: storage, offset: 0, count: count)
  }

  /// Takes ownership of `storage`, whose bytes `offset..<offset + count` are the UTF-8 text.
  private init(
    name: String, encoding: TextEncoding, owning storage: UnsafeMutableRawBufferPointer, offset: Int, count: Int
  ) {
    self.name = name
    self.encoding = encoding
    self.storage = storage
    self.bytes = UnsafeBufferPointer(
      start: storage.baseAddress.map { ($0 + offset).assumingMemoryBound(to: UInt8.self) }, count: count)
  }

  deinit { storage.deallocate() }

  /// Memory for `count` bytes, with one spare byte so that even an empty file has a base address;
  /// page-aligned when large, so that `discard(before:)` gives back whole pages of it alone.
  private static func allocate(_ count: Int) -> UnsafeMutableRawBufferPointer {
    UnsafeMutableRawBufferPointer.allocate(
      byteCount: count + 1, alignment: count >= discardUnit ? Self.pageSize : 16)
  }

  /// The system's page size.
  private static let pageSize = max(Int(sysconf(Int32(_SC_PAGESIZE))), 16)

  /// The least a discard gives back, so that a reader calling often costs few system calls.
  private static let discardUnit = 1 << 20

  /// Gives the memory of the text before `offset` (into ``bytes``) back to the system, in whole
  /// pages, when at least 1 MiB can go; calls `madvise(MADV_DONTNEED)`.
  ///
  /// Only for a single reader that has passed `offset` and will never look before it again:
  /// those bytes read as zeros afterwards. A services file read whole calls it as it goes, so that
  /// a file's text does not stay whole in memory until its last row is read.
  public func discard(before offset: Int) {
    #if os(Linux)
      guard let base = storage.baseAddress, Int(bitPattern: base) % Self.pageSize == 0 else { return }
      let start = Int(bitPattern: UnsafeRawPointer(bytes.baseAddress)) - Int(bitPattern: base)
      let end = (start + min(max(offset, 0), bytes.count)) / Self.pageSize * Self.pageSize
      guard end - discarded >= Self.discardUnit else { return }
      _ = madvise(base + discarded, end - discarded, MADV_DONTNEED)
      discarded = end
    #endif
  }

  /// Decodes raw file bytes, detecting the encoding in SPEC §3's order.
  ///
  /// A byte-order mark decides first (and the body must then decode in that encoding), then
  /// strict UTF-8 over the whole file, then GB18030.
  public static func decode(name: String, raw: [UInt8]) throws(IngestError) -> TextFile {
    let storage = allocate(raw.count)
    raw.withUnsafeBytes { source in
      if let from = source.baseAddress, let to = storage.baseAddress {
        to.copyMemory(from: from, byteCount: source.count)
      }
    }
    return try decode(name: name, owning: storage, count: raw.count)
  }

  /// Decodes the first `count` bytes of `storage`, taking ownership of it; UTF-8 text is used in
  /// place, without a copy.
  private static func decode(name: String, owning storage: UnsafeMutableRawBufferPointer, count: Int)
    throws(IngestError) -> TextFile
  {
    func undecodable(_ what: String) -> IngestError {
      storage.deallocate()
      return IngestError(.undecodable, file: name, message: what)
    }
    let raw = UnsafeBufferPointer(start: storage.baseAddress?.assumingMemoryBound(to: UInt8.self), count: count)
    if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
      let body = UnsafeBufferPointer(rebasing: raw[3...])
      if let offset = UTF8Validation.firstInvalidOffset(in: body) {
        throw undecodable("the file starts with a UTF-8 byte-order mark but byte \(offset + 3) is not UTF-8")
      }
      return TextFile(name: name, encoding: .utf8WithBOM, owning: storage, offset: 3, count: count - 3)
    }
    for (mark, encoding) in [([UInt8(0xFF), 0xFE], TextEncoding.utf16LE), ([0xFE, 0xFF], .utf16BE)]
    where raw.starts(with: mark) {
      do {
        let text = try Transcoder.utf8(
          from: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: raw[2...])), encoding: encoding)
        storage.deallocate()
        return TextFile(name: name, encoding: encoding, copying: text)
      } catch {
        throw undecodable(
          "the file starts with a \(encoding.rawValue) byte-order mark but its body is not \(encoding.rawValue)")
      }
    }
    if UTF8Validation.firstInvalidOffset(in: raw) == nil {
      return TextFile(name: name, encoding: .utf8, owning: storage, offset: 0, count: count)
    }
    do {
      // A large file is converted in pieces on every processor (see `Transcoder`).
      let pieces = try Transcoder.utf8Pieces(
        fromGB18030: UnsafeRawBufferPointer(raw), pieces: count < Self.bytesPerPiece ? 1 : Processors.count)
      storage.deallocate()
      return TextFile(name: name, encoding: .gb18030, joining: pieces)
    } catch {
      switch error {
      case .invalidSequence(let offset), .truncatedSequence(let offset):
        throw undecodable("byte \(offset) is neither UTF-8 nor GB18030")
      case .unsupported:
        throw undecodable("this system's iconv cannot decode GB18030")
      }
    }
  }

  /// GB18030 files smaller than this are converted in one piece.
  static let bytesPerPiece = 8 << 20

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
    let storage = allocate(size)
    var filled = 0
    while filled < size {
      guard let base = storage.baseAddress else { break }
      let got = read(descriptor, base + filled, size - filled)
      if got < 0 {
        if errno == EINTR { continue }
        storage.deallocate()
        throw IngestError(.unreadable, file: name, message: "cannot read: \(String(cString: strerror(errno)))")
      }
      if got == 0 { break }
      filled += got
    }
    return try decode(name: name, owning: storage, count: filled)
  }
}
