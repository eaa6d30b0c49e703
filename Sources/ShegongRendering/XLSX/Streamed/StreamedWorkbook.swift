/// An XLSX file written by our own code: sheets of plain cells, formats, column widths, frozen
/// panes, filters and print settings, without libxlsxwriter.
///
/// A station's feedback workbook (SPEC §7) is thousands of rows, and a province writes thousands
/// of them: libxlsxwriter's temporary files, shared string table, `fprintf` for every cell and
/// zlib's default level would make that the slowest stage of a run. Here each sheet's XML goes
/// straight into zlib at its fastest level as its rows are written, a text is stored in its cell
/// unless it repeats in its column (``SharedStrings``), and the whole file is put together in
/// memory and written with one call (see
/// ``close(writingTo:)``), so nothing of it reaches the disk half written. Charts are not
/// supported: ``Workbook`` writes the report's.
///
/// **Reproducible output.** No clock: the creation time is the one given, and every ZIP entry is
/// dated 1980-01-01 00:00. The same cells written in the same order make the same bytes.
///
/// Not thread-safe: use a workbook and its sheets from one task at a time.
final class StreamedWorkbook {
  /// The XML declaration that starts every part.
  static let declaration: StaticString = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

  /// The creation time recorded in `docProps/core.xml`, in seconds since 1970 (UTC).
  let created: Int
  /// The sheets, in order.
  private(set) var sheets: [StreamedWorksheet] = []
  /// The formats and shared texts, which the sheets add to as their cells are written.
  let tables = WorkbookTables()
  /// The cell formats used so far.
  var styles: StyleTable { tables.styles }
  /// The texts that cells share.
  var sharedStrings: SharedStrings { tables.strings }

  /// Starts an empty workbook.
  ///
  /// - Parameter created: The creation time to record, in seconds since 1970 (UTC).
  init(created: Int) {
    self.created = created
  }

  /// Adds a worksheet named `name` after the existing ones.
  ///
  /// - Parameter name: Not empty, at most 31 characters, none of `[ ] : * ? / \`, not starting or
  ///   ending with `'`, and not already used in this workbook (ignoring case), as Excel requires.
  /// - Throws: ``XLSXError`` for a name Excel cannot show.
  func addWorksheet(named name: String) throws(XLSXError) -> StreamedWorksheet {
    let function = "StreamedWorkbook.addWorksheet"
    let problem: String? =
      if name.isEmpty {
        "a worksheet name cannot be empty"
      } else if name.utf16.count > 31 {
        "the worksheet name \"\(name)\" is longer than 31 characters"
      } else if name.contains(where: { "[]:*?/\\".contains($0) }) {
        "the worksheet name \"\(name)\" holds one of [ ] : * ? / \\"
      } else if name.hasPrefix("'") || name.hasSuffix("'") {
        "the worksheet name \"\(name)\" starts or ends with '"
      } else if sheets.contains(where: { $0.name.lowercased() == name.lowercased() }) {
        "the worksheet name \"\(name)\" is already used"
      } else {
        nil
      }
    if let problem { throw XLSXError(function: function, message: problem) }
    let sheet = try StreamedWorksheet(tables: tables, name: name, position: sheets.count)
    sheets.append(sheet)
    return sheet
  }

  /// Finishes every sheet and writes the file to `path` with one call, replacing what was there.
  ///
  /// - Throws: ``XLSXError`` for a workbook without sheets, when zlib fails, the file is too large for ZIP without ZIP64, or the
  ///   file cannot be written (carrying the `errno`, such as `ENOSPC`).
  func close(writingTo path: String) throws(XLSXError) {
    guard !sheets.isEmpty else {
      throw XLSXError(function: "StreamedWorkbook.close", message: "a workbook needs at least one worksheet")
    }
    var archive = ZipArchive()
    try archive.add("[Content_Types].xml", bytes: contentTypes())
    try archive.add("_rels/.rels", bytes: Array(Self.packageRelationships.utf8))
    try archive.add("docProps/app.xml", bytes: applicationProperties())
    try archive.add("docProps/core.xml", bytes: coreProperties())
    try archive.add("xl/workbook.xml", bytes: workbookPart())
    try archive.add("xl/_rels/workbook.xml.rels", bytes: workbookRelationships())
    for sheet in sheets {
      let deflated = try sheet.finish()
      archive.add("xl/worksheets/sheet\(sheet.position + 1).xml", from: deflated)
    }
    try archive.add("xl/styles.xml", bytes: styles.part())
    if !sharedStrings.texts.isEmpty {
      try archive.add("xl/sharedStrings.xml", bytes: sharedStrings.part())
    }
    let bytes = try archive.bytes()
    if case .failure(let error) = FileContents.write(bytes, toPath: path) {
      throw XLSXError(
        function: "StreamedWorkbook.close", message: "cannot write \(path)", systemErrorCode: error.code)
    }
  }
}

/// What the sheets of one ``StreamedWorkbook`` add to as they are written: the cell formats and
/// the shared texts. The workbook and each of its sheets hold it, so that a sheet needs no
/// reference back to its workbook.
final class WorkbookTables {
  /// The cell formats used so far.
  var styles = StyleTable()
  /// The texts that cells share.
  var strings = SharedStrings()
}
