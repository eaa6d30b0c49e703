import ShegongIngest

extension ValidationRun {
  /// Adds a file read in pieces to the report as the next file, then each piece in reading order:
  /// files the piece's issues (its lines moved down to the file's), claims its candidates' keys in
  /// `keys` and rejects with `duplicate-key` each candidate whose key was claimed before; files
  /// the warnings of the others and hands them to `accept` (`accepted` lists them as runs of
  /// candidates, in order; `shift` moves the piece's lines to the file's).
  ///
  /// Each piece is released once accepted. Throws `too-large` when the keys overflow an index.
  func merge<Reader: PieceReader>(
    _ file: consuming PiecedFile<Reader.Candidates>, readBy reader: Reader.Type, keys: inout IDIndex,
    accept: (_ piece: FilePiece<Reader.Candidates>, _ shift: Int32, _ accepted: [Range<Int>]) throws(IDIndex.Full) ->
      Void
  ) throws(IngestError) {
    let fileIndex = inputs.files.count
    let name = file.report.name
    inputs.files.append(file.report)
    let keyColumn = Reader.layout.keyColumn
    let header = file.headers[keyColumn.rawValue]
    var shift = 0
    var rows = 0
    var accepted = 0
    for index in file.pieces.indices {
      let piece = file.pieces[index]
      file.pieces[index] = FilePiece()
      do throws(IDIndex.Full) {
        accepted += try merge(
          piece, shift: shift, fileIndex: fileIndex, keyColumn: keyColumn, header: header, keys: &keys,
          accept: accept)
      } catch {
        throw error.stopping(name)
      }
      rows += piece.rows
      // The piece counted its lines from 1; the next starts on the line where this one stopped.
      shift += piece.nextLine - 1
    }
    inputs.files[fileIndex].rows += rows
    inputs.files[fileIndex].accepted += accepted
    inputs.files[fileIndex].rejected += rows - accepted
  }

  /// Merges one piece (see ``merge(_:readBy:keys:accept:)``) of file `fileIndex`, whose
  /// `keyColumn` the file heads `header`; returns the candidates accepted.
  private func merge<Candidates, Column: InputColumn>(
    _ piece: FilePiece<Candidates>, shift: Int, fileIndex: Int, keyColumn: Column, header: String,
    keys: inout IDIndex,
    accept: (_ piece: FilePiece<Candidates>, _ shift: Int32, _ accepted: [Range<Int>]) throws(IDIndex.Full) -> Void
  ) throws(IDIndex.Full) -> Int {
    for index in 0..<piece.issues.count { report(index, of: piece.issues, shift: shift) }
    let repeated = try keys.claim(piece.keys)
    if repeated.isEmpty {
      for index in 0..<piece.candidateWarnings.count { report(index, of: piece.candidateWarnings, shift: shift) }
      try accept(piece, Int32(shift), [piece.lines.indices])
      return piece.lines.count
    } else {
      // The accepted candidates, as runs between the repeated ones.
      var kept: [Range<Int>] = []
      var runStart = 0
      var nextRepeated = 0
      var warning = 0
      for candidate in piece.lines.indices {
        let warnings = Int(piece.warningCounts[candidate])
        defer { warning += warnings }
        if nextRepeated < repeated.count && repeated[nextRepeated] == candidate {
          nextRepeated += 1
          if runStart < candidate { kept.append(runStart..<candidate) }
          runStart = candidate + 1
          reportRepeatedKey(
            piece.keys.string(at: candidate), written: piece.writtenKeys[Int32(candidate)],
            keyColumn: keyColumn, file: fileIndex, line: Int(piece.lines[candidate]) + shift, header: header,
            station: piece.candidates.station(candidate))
          continue
        }
        for index in warning..<warning + warnings { report(index, of: piece.candidateWarnings, shift: shift) }
      }
      if runStart < piece.lines.count { kept.append(runStart..<piece.lines.count) }
      try accept(piece, Int32(shift), kept)
      return piece.lines.count - repeated.count
    }
  }
}
