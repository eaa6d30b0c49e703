import ShegongIngest
import ShegongValidation

/// The state of one generation run: the region being built, the period, and what was written.
///
/// The region (areas, stations, workers, beneficiaries' dates) is built first and kept in
/// compact arrays; rows are then written file by file, each file from its own random stream
/// so that a change in one file does not shift the others.
final class SampleBuilder {
  let options: SampleOptions
  let plan: ScalePlan
  let directory: String

  /// The months of the period, in order.
  let months: [SampleMonth]
  /// The first day of the first month.
  let firstDay: Int
  /// The last day of the last month.
  let lastDay: Int
  /// Service rows to write in each month.
  let monthServices: [Int]

  var townships: [Township] = []
  var villages: [Village] = []
  var stations: [Station] = []
  var workers: [Worker] = []
  var beneficiaries = BeneficiaryTable()
  /// Workers who left before the first month (for planted inactive services and activities).
  var workersLeftEarly: [Int] = []
  /// Stations and points open throughout the period (for planted station mismatches).
  var openStations: [Int] = []

  var ledger = PlantLedger()
  /// The ID numbers given to beneficiaries so far (region, birth date and sequence as one
  /// number), so that no two people share one.
  var issuedIDNumbers = Set<Int>()
  /// The first ID number given, for a planted `id-duplicate`.
  var firstIDNumber: (region: Int, birth: Int, sequence: Int)?
  var writtenFiles: [SampleSummary.File] = []

  /// Digits in the number part of each kind of id.
  var stationWidth = 4
  var workerWidth = 5
  var beneficiaryWidth = 6
  var householdWidth = 6
  var activityWidth = 5
  var recordWidth = 7

  /// Creates the run for valid `options`, writing into `directory`.
  init(options: SampleOptions, directory: String) {
    self.options = options
    self.directory = directory
    plan = ScalePlan(scale: options.scale)
    var list: [SampleMonth] = []
    var month = options.from
    while month <= options.to {
      list.append(month)
      month = month.next
    }
    months = list
    firstDay = options.from.firstDay
    lastDay = options.to.firstDay + options.to.dayCount - 1

    let total = options.services ?? plan.servicesPerMonth * list.count
    let totalDays = lastDay - firstDay + 1
    var perMonth: [Int] = []
    var daysBefore = 0
    for item in list {
      let start = total * daysBefore / totalDays
      daysBefore += item.dayCount
      perMonth.append(total * daysBefore / totalDays - start)
    }
    monthServices = perMonth
  }

  /// How many broken rows to append to a master file of `base` rows that can carry `codes`
  /// codes: none when the error rate is 0, else a tenth of the rate's share, but at least one
  /// row per code (master files are kept mostly clean, so that references stay predictable).
  func extraRowCount(base: Int, codes: Int) -> Int {
    guard options.errorRate > 0 else { return 0 }
    return max(codes, Int((options.errorRate * Double(base) / 10).rounded()))
  }

  /// Appends the broken extra rows of a master file of `base` rows (areas, stations, workers):
  /// ``extraRowCount(base:codes:)`` rows, each carrying the next of `codes` in turn, which
  /// `write` appends given the row's index (from 0), its code, the code's variant and whether it
  /// is the last row. Returns how many rows were appended; each one is rejected.
  func appendExtraRows(
    to sink: ByteSink, base: Int, codes: [IssueCode],
    _ write: (_ index: Int, _ code: IssueCode, _ variant: Int, _ last: Bool) -> Void
  ) throws(SampleError) -> Int {
    let extras = extraRowCount(base: base, codes: codes.count)
    var planter = ErrorPlanter(codes: codes, rate: options.errorRate, expectedRows: extras)
    for index in 0..<extras {
      let code = codes[index % codes.count]
      write(index, code, planter.commit(code), index == extras - 1)
      try sink.endRow()
      ledger.add(code)
    }
    return extras
  }

  /// Appends the name cell of a broken extra row of a register (stations, workers): nothing for
  /// the first variant of `missing-value`; for `malformed-row`, a quote left open on the file's
  /// last row (`unclosed`), else a stray quote (`quoted` and `inner` in turn); otherwise the name
  /// that `name` appends. Returns false when the row ends at this cell.
  func appendBrokenName(
    _ sink: ByteSink, code: IssueCode, variant: Int, last: Bool, unclosed: StaticString, quoted: StaticString,
    inner: StaticString, name: () -> Void
  ) -> Bool {
    switch (code, variant % 2) {
    case (.missingValue, 0): break
    case (.malformedRow, _) where last:
      sink.append(unclosed)
      return false
    case (.malformedRow, 0): sink.append(quoted)
    case (.malformedRow, _): sink.append(inner)
    default: name()
    }
    return true
  }

  /// Chooses the widths of station and worker ids, so that every real id (extra rows
  /// included) stays below the all-nines ids that planted unknown references use.
  func sizeIDs() {
    let stationExtras = extraRowCount(base: stations.count, codes: Self.registerCodes.count)
    let workerExtras = extraRowCount(base: workers.count, codes: Self.registerCodes.count)
    stationWidth = max(4, Self.digits(stations.count + stationExtras + 1))
    workerWidth = max(5, Self.digits(workers.count + workerExtras + 1))
  }

  /// The number of decimal digits of `value` (at least 1).
  static func digits(_ value: Int) -> Int {
    var count = 1
    var rest = value / 10
    while rest > 0 {
      count += 1
      rest /= 10
    }
    return count
  }

  /// A random source for one file or stage, derived from the seed.
  func randomSource(_ stream: UInt64) -> RandomSource {
    RandomSource(seed: options.seed, stream: stream)
  }

  // MARK: Files

  /// Opens a sink for a file of the output folder (`name` may be `services/2026-07.csv`).
  func openSink(_ name: String, encoding: TextEncoding, lineEnd: ByteSink.LineEnd) throws(SampleError) -> ByteSink {
    try ByteSink(path: directory + "/" + name, encoding: encoding, lineEnd: lineEnd)
  }

  /// Finishes a sink and records the file in the summary.
  func finish(_ sink: ByteSink, name: String, rejected: Int) throws(SampleError) {
    let bytes = try sink.finish()
    writtenFiles.append(
      SampleSummary.File(
        name: name, encoding: sink.encoding, rows: sink.rows, plantedRejections: rejected, bytes: bytes))
  }

  /// Writes the header line of a file with `Column`'s columns, in order: their English names, or
  /// their first (Chinese) aliases; after the header cell `leading`, when a file has a column of its own
  /// before them (Excel's 序号).
  func header<Column: InputColumn>(
    _ sink: ByteSink, _ columns: Column.Type, chinese: Bool,
    leading: (english: StaticString, chinese: StaticString)? = nil
  ) {
    if let leading {
      sink.append(chinese ? leading.chinese : leading.english)
      sink.comma()
    }
    for (index, column) in columns.allCases.enumerated() {
      if index > 0 { sink.comma() }
      sink.append(text: column.headerName(chinese: chinese))
    }
    sink.newline()
  }

  // MARK: Ids

  /// Appends a station id, `ST0001`.
  @inline(__always)
  func stationID(_ sink: ByteSink, _ index: Int) {
    sink.append("ST")
    sink.number(stations[index].number, width: stationWidth)
  }

  /// Appends a worker id, `W00012`.
  @inline(__always)
  func workerID(_ sink: ByteSink, _ index: Int) {
    sink.byte(0x57)
    sink.number(workers[index].number, width: workerWidth)
  }

  /// Appends a beneficiary id, `B000123` (beneficiary numbers are their index + 1).
  @inline(__always)
  func beneficiaryID(_ sink: ByteSink, number: Int) {
    sink.byte(0x42)
    sink.number(number, width: beneficiaryWidth)
  }

  /// Appends an id of the given prefix whose digits are all nines: it names nothing (every
  /// width is chosen so that the real numbers stay below it).
  func unknownID(_ sink: ByteSink, prefix: StaticString, width: Int) {
    sink.append(prefix)
    for _ in 0..<width { sink.byte(0x39) }
  }
}
