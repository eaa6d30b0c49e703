import ShegongValidation

/// `stations.csv`: each township's station followed by the service points of its villages.
///
/// GB18030 as Excel saves it on Chinese Windows: Chinese headers behind an extra 序号 column,
/// CRLF, types as labels (站, 点), dates as `2021年3月15日`, and two lines of bare commas
/// left below the table (planted broken rows follow them).
extension SampleBuilder {
  /// Writes `stations.csv`.
  func writeStations() throws(SampleError) {
    var random = randomSource(3)
    let sink = try openSink("stations.csv", encoding: .gb18030, lineEnd: .crlf)
    header(sink, StationColumn.self, chinese: true, leading: ("no", "序号"))
    for (index, station) in stations.enumerated() {
      let style: DateStyle = random.below(5) == 0 ? .slash : .chinese
      sink.number(index + 1)
      sink.comma()
      stationID(sink, index)
      sink.comma()
      sink.append(station.name)
      sink.comma()
      sink.append(station.type, label: true)
      sink.comma()
      sink.number(station.village.map { villages[$0].code } ?? townships[station.township].code)
      sink.comma()
      sink.date(station.opened, style)
      sink.comma()
      if let closed = station.closed { sink.date(closed, style) }
      sink.comma()
      if random.below(20) == 0 && station.posts < 10 {
        // A full-width digit, as typed with a Chinese input method (U+FF10 and on).
        sink.append([0xEF, 0xBC, UInt8(0x90 + station.posts)])
      } else {
        sink.number(station.posts)
      }
      try sink.endRow()
    }

    // Excel leaves lines of bare delimiters below a table; they are not rows. Broken rows come
    // after them, as if typed in later, so that an unclosed quote on the last one swallows nothing.
    for _ in 0..<2 {
      sink.append(",,,,,,,")
      sink.newline()
    }

    let extras = try appendExtraRows(to: sink, base: stations.count, codes: Self.registerCodes) {
      index, code, variant, last in
      writeExtraStation(sink, number: stations.count + index + 1, code: code, variant: variant, last: last)
    }
    try finish(sink, name: "stations.csv", rejected: extras)
  }

  /// Appends a broken station row that nothing references.
  private func writeExtraStation(_ sink: ByteSink, number: Int, code: IssueCode, variant: Int, last: Bool) {
    let village = villages[number % villages.count]
    let opened = firstDay - 400
    sink.number(number)
    sink.comma()
    if code == .duplicateKey {
      stationID(sink, 0)
    } else {
      sink.append("ST")
      sink.number(number, width: stationWidth)
    }
    sink.comma()
    let named = appendBrokenName(
      sink, code: code, variant: variant, last: last, unclosed: "\"新建点", quoted: "\"新风\"服务点", inner: "新\"风\"服务点"
    ) {
      sink.append(village.name)
      sink.append("社工服务点")
    }
    guard named else { return }
    sink.comma()
    sink.append(code == .constraintError && variant % 3 == 0 ? "中心" : "点")
    sink.comma()
    if code == .unknownReference {
      sink.number(townships[village.township].code + 998)
    } else {
      sink.number(village.code)
    }
    if code == .missingCell { return }
    sink.comma()
    switch (code, variant % 2) {
    case (.missingValue, 1): break
    case (.typeError, 0): sink.append(text: "\(CivilDay.components(opened).year)年2月30日")
    default: sink.date(opened, .chinese)
    }
    sink.comma()
    if code == .constraintError && variant % 3 == 2 { sink.date(opened - 30, .chinese) }
    sink.comma()
    switch code {
    case .typeError where variant % 2 == 1: sink.append("2.5")
    case .constraintError where variant % 3 == 1: sink.append("-1")
    default: sink.number(1)
    }
    if code == .extraCell { sink.append(",备用") }
  }
}
