import ShegongValidation

/// `workers.csv`: the social workers and volunteers of each station, in station order.
///
/// UTF-8 without BOM, English headers, LF; roles as codes, `certified` as `yes`/`no`,
/// ISO dates.
extension SampleBuilder {
  /// The codes planted on the extra rows of the registers of stations and of workers, in turn.
  static let registerCodes: [IssueCode] = [
    .missingValue, .typeError, .constraintError, .unknownReference, .duplicateKey, .extraCell, .missingCell,
    .malformedRow,
  ]

  /// Writes `workers.csv`.
  func writeWorkers() throws(SampleError) {
    var random = randomSource(5)
    let sink = try openSink("workers.csv", encoding: .utf8, lineEnd: .lf)
    header(sink, WorkerColumn.self, chinese: false)
    for (index, worker) in workers.enumerated() {
      workerID(sink, index)
      sink.comma()
      let generation: ChineseNames.Generation = random.chance(0.7) ? .young : .adult
      ChineseNames.appendPerson(to: sink, male: worker.male, generation: generation, random: &random)
      sink.comma()
      sink.append(worker.role, label: false)
      sink.comma()
      stationID(sink, worker.station)
      sink.append(worker.certified ? ",yes," : ",no,")
      sink.date(worker.start, .iso)
      sink.comma()
      if let end = worker.end { sink.date(end, .iso) }
      try sink.endRow()
    }

    let extras = try appendExtraRows(to: sink, base: workers.count, codes: Self.registerCodes) {
      index, code, variant, last in
      writeExtraWorker(sink, number: workers.count + index + 1, code: code, variant: variant, last: last, &random)
    }
    try finish(sink, name: "workers.csv", rejected: extras)
  }

  /// Appends a broken worker row that nothing references.
  private func writeExtraWorker(
    _ sink: ByteSink, number: Int, code: IssueCode, variant: Int, last: Bool, _ random: inout RandomSource
  ) {
    let start = firstDay - 200
    if code == .duplicateKey {
      workerID(sink, 0)
    } else {
      sink.byte(0x57)
      sink.number(number, width: workerWidth)
    }
    sink.comma()
    let named = appendBrokenName(
      sink, code: code, variant: variant, last: last, unclosed: "\"刘", quoted: "\"李\"小红", inner: "李\"小\"红"
    ) {
      ChineseNames.appendPerson(to: sink, male: false, generation: .young, random: &random)
    }
    guard named else { return }
    sink.comma()
    sink.append(code == .constraintError && variant % 2 == 0 ? "站长" : "volunteer")
    sink.comma()
    if code == .unknownReference {
      unknownID(sink, prefix: "ST", width: stationWidth)
    } else {
      stationID(sink, openStations.first ?? 0)
    }
    if code == .missingCell { return }
    sink.comma()
    sink.append(code == .typeError && variant % 2 == 0 ? "有证" : "no")
    sink.comma()
    switch (code, variant % 2) {
    case (.missingValue, 1): break
    case (.typeError, 1): sink.append(text: "\(CivilDay.components(start).year)-02-30")
    default: sink.date(start, .iso)
    }
    sink.comma()
    if code == .constraintError && variant % 2 == 1 { sink.date(start - 10, .iso) }
    if code == .extraCell { sink.append(",备用") }
  }
}
