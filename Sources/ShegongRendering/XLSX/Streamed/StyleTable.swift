/// The cell formats of a ``StreamedWorkbook``, numbered in the order they are first used, and the
/// `xl/styles.xml` part that lists them.
///
/// Index 0 is the plain cell. Fonts are regular and bold, borders none and thin; number formats
/// and fill colours are listed as they are first used, so that the same cells always make the
/// same part.
struct StyleTable {
  /// The formats after the plain one, in order of first use; a cell's style index is its
  /// position here plus one.
  private(set) var formats: [CellFormat] = []
  /// The style index of each format in ``formats``.
  private var indexes: [CellFormat: Int] = [:]

  /// The style index of `format`, numbering it on first use; 0 for none or a plain one.
  mutating func index(of format: CellFormat?) -> Int {
    guard let format, !format.isPlain else { return 0 }
    if let index = indexes[format] { return index }
    formats.append(format)
    indexes[format] = formats.count
    return formats.count
  }

  /// The `xl/styles.xml` part.
  func part() -> [UInt8] {
    var numberFormats: [String] = []
    var colors: [UInt32] = []
    for format in formats {
      if let code = format.numberFormat, !numberFormats.contains(code) { numberFormats.append(code) }
      if let color = format.backgroundColor, !colors.contains(color) { colors.append(color) }
    }
    return XMLBytes.part { xml in
      xml.append(#"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#)
      if !numberFormats.isEmpty {
        xml.append(#"<numFmts count=""#)
        xml.append(numberFormats.count)
        xml.append(#"">"#)
        for (offset, code) in numberFormats.enumerated() {
          xml.append(#"<numFmt numFmtId=""#)
          xml.append(Self.firstCustomNumberFormat + offset)
          xml.append(#"" formatCode=""#)
          xml.appendEscaped(code)
          xml.append(#""/>"#)
        }
        xml.append("</numFmts>")
      }
      xml.append(#"<fonts count="2">"#)
      xml.append(#"<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#)
      xml.append(#"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>"#)
      xml.append(#"<fills count=""#)
      xml.append(2 + colors.count)
      xml.append(#""><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#)
      for color in colors {
        xml.append(#"<fill><patternFill patternType="solid"><fgColor rgb="FF"#)
        xml.appendEscaped(Self.hex(color))
        xml.append(#""/><bgColor indexed="64"/></patternFill></fill>"#)
      }
      xml.append("</fills>")
      xml.append(#"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"#)
      xml.append(#"<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>"#)
      xml.append(#"<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom>"#)
      xml.append(#"<diagonal/></border></borders>"#)
      xml.append(#"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#)
      xml.append(#"<cellXfs count=""#)
      xml.append(1 + formats.count)
      xml.append(#""><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#)
      for format in formats {
        let numberFormat = format.numberFormat.flatMap { numberFormats.firstIndex(of: $0) }
        let fill = format.backgroundColor.flatMap { colors.firstIndex(of: $0) }
        xml.append(#"<xf numFmtId=""#)
        xml.append(numberFormat.map { Self.firstCustomNumberFormat + $0 } ?? 0)
        xml.append(#"" fontId=""#)
        xml.append(format.isBold ? 1 : 0)
        xml.append(#"" fillId=""#)
        xml.append(fill.map { $0 + 2 } ?? 0)
        xml.append(#"" borderId=""#)
        xml.append(format.hasBorder ? 1 : 0)
        xml.append(#"" xfId="0""#)
        if numberFormat != nil { xml.append(#" applyNumberFormat="1""#) }
        if format.isBold { xml.append(#" applyFont="1""#) }
        if fill != nil { xml.append(#" applyFill="1""#) }
        if format.hasBorder { xml.append(#" applyBorder="1""#) }
        if let alignment = Self.alignment(of: format) {
          xml.append(#" applyAlignment="1"><alignment"#)
          xml.append(alignment)
          xml.append("/></xf>")
        } else {
          xml.append("/>")
        }
      }
      xml.append("</cellXfs>")
      xml.append(#"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#)
      xml.append(#"<dxfs count="0"/><tableStyles count="0"/></styleSheet>"#)
    }
  }

  /// The id of the first number format a workbook defines itself (lower ids are built in).
  static let firstCustomNumberFormat = 164

  /// The attributes of an `<alignment>` element for `format`, each after a space; nil when the
  /// format keeps Excel's default alignment.
  private static func alignment(of format: CellFormat) -> XMLBytes? {
    var attributes = XMLBytes()
    switch format.horizontalAlignment {
    case .left: attributes.append(#" horizontal="left""#)
    case .center: attributes.append(#" horizontal="center""#)
    case .right: attributes.append(#" horizontal="right""#)
    case nil: break
    }
    switch format.verticalAlignment {
    case .top: attributes.append(#" vertical="top""#)
    case .center: attributes.append(#" vertical="center""#)
    case .bottom, nil: break
    }
    if format.wrapsText { attributes.append(#" wrapText="1""#) }
    return attributes.count == 0 ? nil : attributes
  }

  /// `color` (`0xRRGGBB`) as six upper-case hexadecimal digits.
  private static func hex(_ color: UInt32) -> String {
    let digits = String(color & 0xFF_FFFF, radix: 16, uppercase: true)
    return String(repeating: "0", count: 6 - digits.count) + digits
  }
}
