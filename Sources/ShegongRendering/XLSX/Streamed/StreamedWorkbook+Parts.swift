import ShegongValidation

/// The parts of a ``StreamedWorkbook`` other than its sheets and styles: what the package holds,
/// how its parts relate, its properties, and the list of sheets with their defined names.
extension StreamedWorkbook {
  /// `_rels/.rels`: the workbook and the two property parts.
  static let packageRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
    Target="xl/workbook.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
    Target="docProps/core.xml"/>\
    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" \
    Target="docProps/app.xml"/></Relationships>
    """

  /// `[Content_Types].xml`: the type of every part.
  func contentTypes() -> [UInt8] {
    XMLBytes.part { xml in
      xml.append(#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#)
      xml.append(#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#)
      xml.append(#"<Default Extension="xml" ContentType="application/xml"/>"#)
      xml.append(#"<Override PartName="/docProps/app.xml" "#)
      xml.append(#"ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#)
      xml.append(#"<Override PartName="/docProps/core.xml" "#)
      xml.append(#"ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#)
      xml.append(#"<Override PartName="/xl/styles.xml" "#)
      xml.append(#"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#)
      xml.append(#"<Override PartName="/xl/workbook.xml" "#)
      xml.append(#"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#)
      if !sharedStrings.texts.isEmpty {
        xml.append(#"<Override PartName="/xl/sharedStrings.xml" "#)
        xml.append(#"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#)
      }
      for sheet in sheets {
        xml.append(#"<Override PartName="/xl/worksheets/sheet"#)
        xml.append(sheet.position + 1)
        xml.append(#".xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#)
      }
      xml.append("</Types>")
    }
  }

  /// `docProps/core.xml`: the creation time, also as the time last modified.
  func coreProperties() -> [UInt8] {
    let time = Self.w3cTime(created)
    return XMLBytes.part { xml in
      xml.append(#"<cp:coreProperties "#)
      xml.append(#"xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#)
      xml.append(#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#)
      xml.append(#"xmlns:dcmitype="http://purl.org/dc/dcmitype/" "#)
      xml.append(#"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#)
      xml.append(#"<dcterms:created xsi:type="dcterms:W3CDTF">"#)
      xml.appendEscaped(time)
      xml.append(#"</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">"#)
      xml.appendEscaped(time)
      xml.append("</dcterms:modified></cp:coreProperties>")
    }
  }

  /// `docProps/app.xml`: the sheet names, which some programs list without opening the sheets.
  func applicationProperties() -> [UInt8] {
    XMLBytes.part { xml in
      xml.append(#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" "#)
      xml.append(#"xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#)
      xml.append(#"<Application>Microsoft Excel</Application><HeadingPairs><vt:vector size="2" baseType="variant">"#)
      xml.append(#"<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>"#)
      xml.append(sheets.count)
      xml.append(#"</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size=""#)
      xml.append(sheets.count)
      xml.append(#"" baseType="lpstr">"#)
      for sheet in sheets {
        xml.append("<vt:lpstr>")
        xml.appendEscaped(sheet.name)
        xml.append("</vt:lpstr>")
      }
      xml.append("</vt:vector></TitlesOfParts></Properties>")
    }
  }

  /// `xl/workbook.xml`: the sheets, and the names Excel gives a filtered range
  /// (`_xlnm._FilterDatabase`) and the rows printed on every page (`_xlnm.Print_Titles`).
  func workbookPart() -> [UInt8] {
    XMLBytes.part { xml in
      xml.append(#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#)
      xml.append(#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#)
      xml.append(#"<bookViews><workbookView xWindow="240" yWindow="15" windowWidth="16095" windowHeight="9660"/>"#)
      xml.append("</bookViews><sheets>")
      for sheet in sheets {
        xml.append(#"<sheet name=""#)
        xml.appendEscaped(sheet.name)
        xml.append(#"" sheetId=""#)
        xml.append(sheet.position + 1)
        xml.append(#"" r:id="rId"#)
        xml.append(sheet.position + 1)
        xml.append(#""/>"#)
      }
      xml.append("</sheets>")
      var names = XMLBytes()
      for sheet in sheets {
        if let range = sheet.autofilter {
          names.append(#"<definedName name="_xlnm._FilterDatabase" localSheetId=""#)
          names.append(sheet.position)
          names.append(#"" hidden="1">"#)
          names.appendEscaped(Self.quoted(sheet.name))
          names.append("!$")
          names.appendColumnName(range.firstColumn)
          names.append("$")
          names.append(range.firstRow + 1)
          names.append(":$")
          names.appendColumnName(range.lastColumn)
          names.append("$")
          names.append(range.lastRow + 1)
          names.append("</definedName>")
        }
        if let printing = sheet.printing, printing.repeatedRows > 0 {
          names.append(#"<definedName name="_xlnm.Print_Titles" localSheetId=""#)
          names.append(sheet.position)
          names.append(#"">"#)
          names.appendEscaped(Self.quoted(sheet.name))
          names.append("!$1:$")
          names.append(printing.repeatedRows)
          names.append("</definedName>")
        }
      }
      if names.count > 0 {
        xml.append("<definedNames>")
        xml.append(names)
        xml.append("</definedNames>")
      }
      xml.append("</workbook>")
    }
  }

  /// `xl/_rels/workbook.xml.rels`: the sheets (`rId1`…), then the styles and the shared strings.
  func workbookRelationships() -> [UInt8] {
    XMLBytes.part { xml in
      xml.append(#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#)
      for sheet in sheets {
        xml.append(#"<Relationship Id="rId"#)
        xml.append(sheet.position + 1)
        xml.append(#"" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" "#)
        xml.append(#"Target="worksheets/sheet"#)
        xml.append(sheet.position + 1)
        xml.append(#".xml"/>"#)
      }
      xml.append(#"<Relationship Id="rId"#)
      xml.append(sheets.count + 1)
      xml.append(#"" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" "#)
      xml.append(#"Target="styles.xml"/>"#)
      if !sharedStrings.texts.isEmpty {
        xml.append(#"<Relationship Id="rId"#)
        xml.append(sheets.count + 2)
        xml.append(#"" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" "#)
        xml.append(#"Target="sharedStrings.xml"/>"#)
      }
      xml.append("</Relationships>")
    }
  }

  /// A sheet name as a formula writes it: in single quotes, a quote in it doubled.
  static func quoted(_ name: String) -> String {
    "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
  }

  /// `seconds` since 1970 as a W3C date-time in UTC, such as `2026-10-31T16:00:00Z`.
  static func w3cTime(_ seconds: Int) -> String {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let rest = seconds - days * 86_400
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return CivilDate.string(Day(clamping: days)) + "T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
  }
}
