import CXLSXWriter

#if canImport(Glibc)
  import Glibc
#endif

/// An XLSX file being written with libxlsxwriter.
///
/// Add worksheets, write cells, insert charts, then call ``close()``, which writes the file.
/// A workbook that is released without being closed writes nothing and frees its memory
/// (with `lxw_workbook_free`).
///
/// **Reproducible output.** libxlsxwriter 1.1.4 stamps every entry of the ZIP container with
/// the fixed date 1980-01-01 00:00, so the only time in the file is the creation date in
/// `docProps/core.xml`; ``init(path:created:constantMemory:temporaryDirectory:)`` pins it.
/// Two workbooks given the same content, in the same order, with the same `created`, are
/// byte-identical.
///
/// **Constant memory.** With `constantMemory`, libxlsxwriter writes each row to a temporary
/// file as soon as a later row is started, so memory stays flat for any number of rows. Rows
/// must then be written in increasing order: writing to a row above the current one fails
/// with `LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE`. Strings are stored inline in the sheet
/// instead of in the shared string table, and cached chart data is left empty (Excel
/// recomputes it when the file is opened).
///
/// Not thread-safe: use a workbook and its worksheets from one task at a time.
public final class Workbook {
  /// The libxlsxwriter workbook; freed by `workbook_close` or `lxw_workbook_free`.
  let handle: UnsafeMutablePointer<lxw_workbook>
  /// The file that ``close()`` writes.
  public let path: String
  /// Whether rows are flushed to disk as they are written (see the type's documentation).
  public let isConstantMemory: Bool
  /// The names of the worksheets added so far, in order.
  public private(set) var worksheetNames: [String] = []
  /// Whether ``close()`` has been called; the C workbook no longer exists afterwards.
  public private(set) var isClosed = false
  /// libxlsxwriter formats made so far, one per distinct ``CellFormat`` (owned by the C workbook).
  var formats: [CellFormat: UnsafeMutablePointer<lxw_format>] = [:]

  /// Starts a workbook that ``close()`` will write to `path`.
  ///
  /// Calls `workbook_new_opt` (with `lxw_workbook_options.constant_memory` and `.tmpdir`) and
  /// then `workbook_set_properties` with `created` as the document's creation time.
  ///
  /// - Parameters:
  ///   - path: The `.xlsx` file to write. Its folder must exist when ``close()`` runs.
  ///   - created: The creation time recorded in the file, in seconds since 1970 (UTC). Keep
  ///     it fixed (for example the end of the reporting period) to get byte-identical files
  ///     on every run; 0 makes libxlsxwriter use the current time.
  ///   - constantMemory: Flush rows to disk as they are written; rows must then be written
  ///     in order (see the type's documentation).
  ///   - temporaryDirectory: Where libxlsxwriter keeps its temporary files; `nil` for the
  ///     system default.
  /// - Throws: ``XLSXError`` when libxlsxwriter cannot create the workbook or set its
  ///   properties.
  public init(
    path: String, created: Int, constantMemory: Bool = false, temporaryDirectory: String? = nil
  ) throws(XLSXError) {
    let newHandle: UnsafeMutablePointer<lxw_workbook>?
    if let temporaryDirectory {
      var directory = Array(temporaryDirectory.utf8CString)
      newHandle = directory.withUnsafeMutableBufferPointer { buffer in
        Self.newWorkbook(path: path, constantMemory: constantMemory, temporaryDirectory: buffer.baseAddress)
      }
    } else {
      newHandle = Self.newWorkbook(path: path, constantMemory: constantMemory, temporaryDirectory: nil)
    }
    let handle = try XLSXError.nonNull(newHandle, from: "workbook_new_opt", "cannot start a workbook for \(path)")
    var properties = lxw_doc_properties()
    properties.created = time_t(created)
    let result = workbook_set_properties(handle, &properties)
    guard result == LXW_NO_ERROR else {
      lxw_workbook_free(handle)
      throw XLSXError(function: "workbook_set_properties", code: result)
    }
    self.handle = handle
    self.path = path
    self.isConstantMemory = constantMemory
  }

  /// Calls `workbook_new_opt` with the given options.
  private static func newWorkbook(
    path: String, constantMemory: Bool, temporaryDirectory: UnsafeMutablePointer<CChar>?
  ) -> UnsafeMutablePointer<lxw_workbook>? {
    var options = lxw_workbook_options()
    options.constant_memory = constantMemory ? 1 : 0
    // The library copies `tmpdir`, so the pointer need only live for this call.
    options.tmpdir = temporaryDirectory
    return workbook_new_opt(path, &options)
  }

  deinit {
    if !isClosed {
      lxw_workbook_free(handle)
    }
  }

  /// Adds a worksheet named `name` after the existing ones.
  ///
  /// Calls `workbook_validate_sheet_name` (so that the error says what is wrong with the name)
  /// and then `workbook_add_worksheet`.
  ///
  /// - Parameter name: Not empty, at most 31 characters, none of `[ ] : * ? / \`, not starting or ending
  ///   with `'`, and not already used in this workbook (ignoring case).
  /// - Throws: ``XLSXError`` for an unusable name, a closed workbook, or a NULL worksheet.
  public func addWorksheet(named name: String) throws(XLSXError) -> Worksheet {
    try ensureOpen(for: "workbook_add_worksheet")
    guard !name.isEmpty else {
      // libxlsxwriter accepts "" and writes a sheet Excel cannot open.
      throw XLSXError(function: "workbook_validate_sheet_name", message: "a worksheet name cannot be empty")
    }
    try XLSXError.check(workbook_validate_sheet_name(handle, name), from: "workbook_validate_sheet_name")
    let sheet = try XLSXError.nonNull(
      workbook_add_worksheet(handle, name), from: "workbook_add_worksheet", "cannot add worksheet \"\(name)\"")
    worksheetNames.append(name)
    return Worksheet(workbook: self, handle: sheet, name: name)
  }

  /// Writes the file, frees the workbook, and reads the file back to check it.
  ///
  /// Calls `workbook_close`, which frees the C workbook whether or not writing succeeded;
  /// the workbook and its worksheets cannot be used afterwards. libxlsxwriter does not check
  /// its writes to its working files (a full disk or a file size limit cuts a part short without
  /// an error), so the finished file is read back: every part must inflate to the size and
  /// CRC-32 its directory records, and every XML part must end with its root element's end tag.
  ///
  /// - Throws: ``XLSXError`` when the file cannot be written (for example a missing folder) or
  ///   was written incomplete, or when the workbook was already closed; a failed file operation
  ///   carries its `errno` in ``XLSXError/systemErrorCode``.
  public func close() throws(XLSXError) {
    try ensureOpen(for: "workbook_close")
    isClosed = true
    formats.removeAll()
    let result = workbook_close(handle)
    let systemError = errno
    guard result == LXW_NO_ERROR else {
      let fileOperation = XLSXError.fileOperationCodes.contains(result.rawValue)
      throw XLSXError(function: "workbook_close", code: result, systemErrorCode: fileOperation ? systemError : nil)
    }
    try WrittenPackage.check(path)
  }

  /// Throws when the workbook has been closed, naming the C function that was about to run.
  func ensureOpen(for function: String) throws(XLSXError) {
    guard !isClosed else {
      throw XLSXError(function: function, message: "the workbook \(path) is already closed")
    }
  }
}
