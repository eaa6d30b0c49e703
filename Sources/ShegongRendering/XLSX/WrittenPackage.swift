/// The check of a workbook file that libxlsxwriter has finished writing (see ``Workbook/close()``).
enum WrittenPackage {
  /// Reads the file at `path` and checks every part: it inflates to the size and CRC-32 that the
  /// ZIP directory records, and an XML part (`.xml`, `.rels`) ends with its root element's end
  /// tag, which a part cut short by a failed write to the library's working file lacks.
  ///
  /// - Throws: ``XLSXError`` (from `workbook_close`) naming the first part that is damaged or
  ///   cut off, or the system error when the file cannot be read back.
  static func check(_ path: String) throws(XLSXError) {
    let archive: [UInt8]
    switch FileContents.bytes(atPath: path) {
    case .success(let bytes): archive = bytes
    case .failure(let error):
      throw XLSXError(
        function: "workbook_close", message: "cannot read back the written \(path)", systemErrorCode: error.code)
    }
    guard let entries = ZipEntry.entries(of: archive), !entries.isEmpty else {
      throw incomplete("its ZIP directory is missing or damaged")
    }
    for entry in entries {
      guard let ends = entry.ends(in: archive) else {
        throw incomplete("its part \(entry.name) does not match its recorded size and checksum")
      }
      if entry.name.hasSuffix(".xml") || entry.name.hasSuffix(".rels"), !endsWithRootEndTag(ends) {
        throw incomplete("its part \(entry.name) is cut off")
      }
    }
  }

  /// The error for a workbook written incomplete. libxlsxwriter fills its working files without
  /// checking its writes, and a write there fails only for want of room.
  private static func incomplete(_ detail: String) -> XLSXError {
    XLSXError(
      function: "workbook_close",
      message: "the file was written incomplete: \(detail) "
        + "(a working file of the workbook library could not be written in full: disk full or file size limit?)")
  }

  /// Whether `xml` ends (after trailing white space) with the end tag of its root element, the
  /// first element after the XML declaration. `xml` may be a part's first and last few
  /// kilobytes joined, as ``ZipEntry/ends(in:)`` gives them.
  static func endsWithRootEndTag(_ xml: [UInt8]) -> Bool {
    let whiteSpace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
    var index = xml.startIndex
    func skipWhiteSpace() { while index < xml.endIndex, whiteSpace.contains(xml[index]) { index += 1 } }
    skipWhiteSpace()
    if xml[index...].starts(with: Array("<?".utf8)) {
      while index + 1 < xml.endIndex, !(xml[index] == UInt8(ascii: "?") && xml[index + 1] == UInt8(ascii: ">")) {
        index += 1
      }
      index += 2
      skipWhiteSpace()
    }
    guard index < xml.endIndex, xml[index] == UInt8(ascii: "<") else { return false }
    let nameStart = index + 1
    var nameEnd = nameStart
    let nameEnds: Set<UInt8> = whiteSpace.union([UInt8(ascii: ">"), UInt8(ascii: "/")])
    while nameEnd < xml.endIndex, !nameEnds.contains(xml[nameEnd]) { nameEnd += 1 }
    guard nameEnd > nameStart, nameEnd < xml.endIndex else { return false }
    var end = xml.endIndex
    while end > nameEnd, whiteSpace.contains(xml[end - 1]) { end -= 1 }
    let endTag = Array("</".utf8) + xml[nameStart..<nameEnd] + Array(">".utf8)
    return end - nameEnd >= endTag.count && xml[(end - endTag.count)..<end].elementsEqual(endTag)
  }
}
