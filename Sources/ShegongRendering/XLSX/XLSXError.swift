import CXLSXWriter
import ShegongIngest

#if canImport(Glibc)
  import Glibc
#endif

/// A failure while writing a workbook, naming the libxlsxwriter function involved.
///
/// Errors come from three places: an `lxw_error` returned by a libxlsxwriter function (then
/// ``libraryCode`` holds its value and ``message`` is `lxw_strerror`'s text), a NULL returned
/// by a libxlsxwriter constructor, and arguments this wrapper refuses before calling the
/// library (a NaN number, a row outside the sheet, a closed workbook).
public struct XLSXError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The libxlsxwriter function that failed or that would have been called.
  public let function: String
  /// The `lxw_error` value returned by the library, or `nil` when the error did not come
  /// from an `lxw_error`.
  public let libraryCode: UInt32?
  /// What went wrong, in words.
  public let message: String
  /// The system error (`errno`) of a file operation that failed, such as `ENOSPC` or `EFBIG`;
  /// nil when the failure was not a file operation's.
  public let systemErrorCode: Int32?

  /// Makes an error for `function` with a message of this wrapper's own.
  public init(function: String, message: String, systemErrorCode: Int32? = nil) {
    self.function = function
    self.libraryCode = nil
    self.message = message
    self.systemErrorCode = systemErrorCode
  }

  /// Makes an error from a libxlsxwriter result, using `lxw_strerror` for the message and, for
  /// a failed file operation, the text of `systemErrorCode` after it.
  init(function: String, code: lxw_error, systemErrorCode: Int32? = nil) {
    self.function = function
    self.libraryCode = code.rawValue
    var message = lxw_strerror(code).map { String(cString: $0) } ?? "libxlsxwriter error \(code.rawValue)"
    if let systemErrorCode {
      message += ": " + String(cString: strerror(systemErrorCode))
    }
    self.message = message
    self.systemErrorCode = systemErrorCode
  }

  /// The libxlsxwriter results that report a failed file operation, after which `errno` says why.
  static let fileOperationCodes: Set<UInt32> = [
    LXW_ERROR_CREATING_XLSX_FILE, LXW_ERROR_CREATING_TMPFILE, LXW_ERROR_READING_TMPFILE,
    LXW_ERROR_ZIP_FILE_OPERATION, LXW_ERROR_ZIP_FILE_ADD, LXW_ERROR_ZIP_CLOSE,
  ].reduce(into: []) { $0.insert($1.rawValue) }

  /// `function: message`.
  public var description: String {
    "\(function): \(message)"
  }

  /// Throws when `code` is not `LXW_NO_ERROR`.
  static func check(_ code: lxw_error, from function: String) throws(XLSXError) {
    guard code == LXW_NO_ERROR else {
      throw XLSXError(function: function, code: code)
    }
  }

  /// Unwraps a pointer returned by a libxlsxwriter constructor, throwing when it is NULL.
  static func nonNull<Pointee>(
    _ pointer: UnsafeMutablePointer<Pointee>?, from function: String, _ message: @autoclosure () -> String
  ) throws(XLSXError) -> UnsafeMutablePointer<Pointee> {
    guard let pointer else {
      throw XLSXError(function: function, message: message())
    }
    return pointer
  }
}

extension XLSXError: CommandError {
  /// A workbook that cannot be written is a failure without a code of its own: exit 1.
  public var exitCode: ExitCode { .failure }
}
