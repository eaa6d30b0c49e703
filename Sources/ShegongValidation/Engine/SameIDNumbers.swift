/// `id-duplicate` (SPEC §11): an accepted beneficiary whose ID number an earlier accepted one
/// already has is flagged, every later one, naming the first one's `beneficiary_id` and station.
///
/// The pieces of `beneficiaries.csv` are checked as they are merged, in reading order, so the
/// first holder of a number is the one read first whatever the number of threads. Only an ID
/// number of 17 digits and a digit or X counts; X and x are the same (``IDNumber/comparisonKey(_:)``).
struct SameIDNumbers {
  /// The key of a candidate without an ID number of the shape compared (no number's key reaches it).
  static let none = UInt64.max

  /// The index of `beneficiaries.csv` among the files read.
  let fileIndex: Int
  /// The `id_number` header as the file wrote it.
  let header: String
  /// Whether the ID number in the issue's value is masked.
  let masks: Bool
  /// The first accepted beneficiary with each ID number: its row in the table and its line.
  private var first: [UInt64: (row: Int32, line: Int32)] = [:]

  /// Creates the check for the file `fileIndex`.
  init(fileIndex: Int, header: String, masks: Bool) {
    self.fileIndex = fileIndex
    self.header = header
    self.masks = masks
  }

  /// Checks the `accepted` candidates of `piece` (lines `shift` further down in the file), which
  /// become rows `firstRow…` of `table` (holding the rows of the pieces before), and files an
  /// issue in `run` for each one whose number was seen before.
  mutating func check(
    _ piece: FilePiece<BeneficiaryCandidates>, shift: Int32, accepted: [Range<Int>], firstRow: Int,
    table: BeneficiaryTable, run: ValidationRun
  ) {
    let keys = piece.candidates.idNumbers
    // The candidate behind each row this piece adds, to name an earlier row of the same piece.
    var candidates: [Int] = []
    for candidate in accepted.joined() {
      let row = firstRow + candidates.count
      candidates.append(candidate)
      let key = keys[candidate]
      guard key != Self.none else { continue }
      let line = piece.lines[candidate] + shift
      guard let earlier = first[key] else {
        first[key] = (Int32(row), line)
        continue
      }
      let earlierRow = Int(earlier.row)
      let (id, station) =
        earlierRow < firstRow
        ? (table.id[earlierRow], table.station[earlierRow])
        : (
          piece.candidates.table.id[candidates[earlierRow - firstRow]],
          piece.candidates.table.station[candidates[earlierRow - firstRow]]
        )
      let number = Self.text(of: key)
      run.fileIssue(
        file: fileIndex, line: Int(line), column: header,
        .sameIDNumber(beneficiary: id, station: run.inputs.stations.id[Int(station)], line: Int(earlier.line)),
        value: masks ? Masking.idNumber(number) : number,
        station: Int32(piece.candidates.table.station[candidate]))
    }
  }

  /// The ID number a comparison key stands for (a check character x is written X).
  static func text(of key: UInt64) -> String {
    let check = key % 11
    var digits = String(key / 11)
    while digits.utf8.count < 17 { digits = "0" + digits }
    return digits + (check == 10 ? "X" : String(check))
  }
}
