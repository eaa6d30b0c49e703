#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Converts whole byte buffers between encodings with the C library's `iconv`.
public enum Transcoder {
  /// Why a conversion stopped.
  public enum Failure: Error, Equatable, Sendable {
    /// `iconv_open` does not know the pair of encodings.
    case unsupported(from: String, to: String)
    /// The input holds a byte sequence that is not valid in the source encoding (or has no
    /// equivalent in the target), starting at this byte offset.
    case invalidSequence(offset: Int)
    /// The input ends in the middle of a character, at this byte offset.
    case truncatedSequence(offset: Int)
  }

  /// Decodes `bytes` from `encoding` into UTF-8 (calls `iconv_open`, `iconv`, `iconv_close`).
  public static func utf8(from bytes: UnsafeRawBufferPointer, encoding: TextEncoding) throws(Failure) -> [UInt8] {
    try convert(bytes, from: encoding.iconvName, to: "UTF-8")
  }

  /// Decodes GB18030 `bytes` into UTF-8 in up to `pieces` pieces at once, each cut just after a
  /// line feed (0x0A is never part of a multi-byte GB18030 character, so each piece decodes on its
  /// own), and returns the pieces' UTF-8 in order, so that a caller can copy them where they belong
  /// without first joining them. Their concatenation, and the first failure when there is one, are
  /// those of decoding the whole.
  public static func utf8Pieces(fromGB18030 bytes: UnsafeRawBufferPointer, pieces: Int) throws(Failure) -> [[UInt8]] {
    var bounds = [0]
    for piece in 1..<max(pieces, 1) {
      var cut = max(bytes.count * piece / pieces, bounds[bounds.count - 1])
      while cut < bytes.count && bytes[cut] != 0x0A { cut += 1 }
      cut += 1
      if cut < bytes.count && cut > bounds[bounds.count - 1] { bounds.append(cut) }
    }
    bounds.append(bytes.count)
    guard bounds.count > 2 else { return [try utf8(from: bytes, encoding: .gb18030)] }
    let count = bounds.count - 1
    let cuts = bounds
    let results = (0..<count).concurrentMap { piece -> Result<[UInt8], Failure> in
      let range = cuts[piece]..<cuts[piece + 1]
      do throws(Failure) {
        return .success(try utf8(from: UnsafeRawBufferPointer(rebasing: bytes[range]), encoding: .gb18030))
      } catch {
        // Offsets are the whole input's.
        switch error {
        case .invalidSequence(let offset): return .failure(.invalidSequence(offset: offset + range.lowerBound))
        case .truncatedSequence(let offset): return .failure(.truncatedSequence(offset: offset + range.lowerBound))
        case .unsupported: return .failure(error)
        }
      }
    }
    // Every piece was converted above; the first failure in reading order is the whole's.
    var output: [[UInt8]] = []
    output.reserveCapacity(count)
    for result in results { output.append(try result.get()) }
    return output
  }

  /// Encodes UTF-8 `bytes` into `encoding` (calls `iconv_open`, `iconv`, `iconv_close`).
  public static func encode(utf8 bytes: [UInt8], as encoding: TextEncoding) throws(Failure) -> [UInt8] {
    let result = bytes.withUnsafeBytes { raw in
      Result { () throws(Failure) -> [UInt8] in try convert(raw, from: "UTF-8", to: encoding.iconvName) }
    }
    return try result.get()
  }

  /// Converts with `iconv` between two encodings named as `iconv_open` names them.
  static func convert(_ input: UnsafeRawBufferPointer, from source: String, to target: String) throws(Failure)
    -> [UInt8]
  {
    let descriptor = iconv_open(target, source)
    // iconv_open reports failure as (iconv_t)-1.
    if descriptor == iconv_t(bitPattern: -1) { throw .unsupported(from: source, to: target) }
    defer { iconv_close(descriptor) }
    guard let base = input.baseAddress, input.count > 0 else { return [] }

    var output: [UInt8] = []
    var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(
      mutating: base.assumingMemoryBound(to: CChar.self))
    var inLeft = input.count
    while inLeft > 0 {
      // Twice the input is room enough between the encodings used here (UTF-8, UTF-16 and
      // GB18030 need at most two bytes of one for each byte of another), and the room is left
      // uninitialized: pages that are never written are never made resident.
      var failure: Int32 = 0
      let chunk = [UInt8](unsafeUninitializedCapacity: inLeft * 2 + 16) { buffer, initialized in
        var outPointer = buffer.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
        var outLeft = buffer.count
        if iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft) == -1 { failure = errno }
        initialized = buffer.count - outLeft
      }
      if output.isEmpty { output = chunk } else { output.append(contentsOf: chunk) }
      let offset = input.count - inLeft
      switch failure {
      case 0: return output
      case E2BIG: continue
      case EILSEQ: throw .invalidSequence(offset: offset)
      case EINVAL: throw .truncatedSequence(offset: offset)
      default: throw .invalidSequence(offset: offset)
      }
    }
    return output
  }
}
