import ShegongIngest

/// Splits one large CSV file into pieces that can be read at once on several threads, and joins
/// what the pieces gave back into what reading the file whole gives.
///
/// A piece starts just after a line feed, near an equal share of the data. Where that line feed
/// lies inside a quoted cell, the piece before it ends on a quote that never closes; ``read(_:count:minimumBytes:progress:_:)``
/// then refuses the pieces (as it does for any syntax problem) and the file is read whole, so a
/// misplaced cut can cost time but never a row. Physical line numbers are counted from each
/// piece's start and shifted when the pieces are merged.
enum FilePieces {
  /// Up to `count` ranges of `source`'s data, each at least `minimumBytes` long, that together
  /// cover every data byte; one range when the file is too small to split.
  static func ranges(of source: CSVSource, count: Int, minimumBytes: Int) -> [Range<Int>] {
    let bytes = source.file.bytes
    let start = source.dataOffset
    let end = bytes.count
    let pieces = min(count, (end - start) / max(minimumBytes, 1))
    guard pieces > 1 else { return [start..<end] }
    var bounds = [start]
    for piece in 1..<pieces {
      var cut = max(start + (end - start) * piece / pieces, bounds[bounds.count - 1])
      while cut < end && bytes[cut] != UInt8(ascii: "\n") { cut += 1 }
      cut += 1
      if cut < end && cut > bounds[bounds.count - 1] { bounds.append(cut) }
    }
    bounds.append(end)
    return (0..<(bounds.count - 1)).map { bounds[$0]..<bounds[$0 + 1] }
  }

  /// The records of `source` read in up to `count` pieces at once, each of at least `minimumBytes`
  /// (`readPiece` gets a piece's range and first line), in reading order; or one piece for the
  /// whole file when it is too small to cut or any piece met a syntax problem.
  static func read<Candidates>(
    _ source: CSVSource, count: Int, minimumBytes: Int, progress: ValidationProgress?,
    _ readPiece: @Sendable (_ range: Range<Int>, _ line: Int) throws(IngestError) -> FilePiece<Candidates>
  ) throws(IngestError) -> [FilePiece<Candidates>] {
    let ranges = ranges(of: source, count: count, minimumBytes: minimumBytes)
    if ranges.count > 1 {
      // A piece throws only what its header throws, which the caller has checked: nil is never kept.
      let read = ranges.indices.concurrentMap { piece in
        try? readPiece(ranges[piece], piece == 0 ? source.dataLine : 1)
      }
      let complete = read.compactMap { $0 }
      if complete.count == ranges.count && !complete.contains(where: \.sawSyntaxProblem) { return complete }
      // A piece began inside a quoted line break, or the file breaks the syntax: read it whole.
      progress?.add(-complete.reduce(0) { $0 + $1.rows })
    }
    return [try readPiece(source.dataOffset..<source.file.bytes.count, source.dataLine)]
  }
}
