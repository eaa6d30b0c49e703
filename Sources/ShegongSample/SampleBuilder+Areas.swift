import ShegongValidation

/// `areas.csv`: every township followed by its villages and communities.
///
/// UTF-8 with BOM, Chinese headers, CRLF; levels as codes (`township`, `village`).
extension SampleBuilder {
  /// The codes planted on extra area rows.
  static let areaCodes: [IssueCode] = [
    .missingValue, .constraintError, .duplicateKey, .extraCell, .missingCell, .malformedRow,
  ]

  /// Writes `areas.csv`.
  func writeAreas() throws(SampleError) {
    let sink = try openSink("areas.csv", encoding: .utf8WithBOM, lineEnd: .crlf)
    header(sink, AreaColumn.self, chinese: true)
    for township in townships {
      sink.number(township.code)
      sink.comma()
      sink.append(township.name)
      sink.append(",township,")
      try sink.endRow()
      for village in villages[township.villages] {
        sink.number(village.code)
        sink.comma()
        sink.append(village.name)
        sink.append(",village,")
        sink.number(township.code)
        try sink.endRow()
      }
    }

    // Broken extra villages with codes 900 and up, which no station or beneficiary uses.
    var random = randomSource(2)
    let extras = try appendExtraRows(to: sink, base: villages.count, codes: Self.areaCodes) {
      index, code, variant, last in
      let township = townships[index % townships.count]
      sink.number(code == .duplicateKey ? villages[0].code : township.code + 900 + index / townships.count)
      sink.comma()
      switch code {
      case .missingValue: break
      case .malformedRow where last: sink.append("\"新")
      case .malformedRow: sink.append(variant % 2 == 0 ? "\"东风\"新村" : "东\"风\"村")
      default: sink.append(ChineseNames.village(community: false, random: &random))
      }
      if !(code == .malformedRow && last) {
        sink.comma()
        sink.append(code == .constraintError && variant % 3 == 2 ? "组" : "village")
        if code != .missingCell {
          sink.comma()
          if code == .constraintError && variant % 3 == 0 {
            sink.number(township.county * 1_000_000 + 999_000)
          } else if code == .duplicateKey {
            sink.number(townships[villages[0].township].code)
          } else if !(code == .constraintError && variant % 3 == 1) {
            sink.number(township.code)
          }
        }
        if code == .extraCell { sink.append(",备用") }
      }
    }
    try finish(sink, name: "areas.csv", rejected: extras)
  }
}
