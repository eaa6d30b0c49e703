import ShegongValidation

/// The spans one pass over the rows counts at once: up to four blocks of flows, their end days,
/// the block whose tables are wanted, and the months of the trend.
struct ScanPlan {
  /// The most blocks one pass counts (metrics, previous, year to date, year ago): a beneficiary's
  /// `PersonState.flags` hold four bits per block.
  static let maxBlocks = 4
  /// The most distinct last days one pass keeps history for (last contact, case state).
  static let maxEnds = 3

  /// The spans whose flows are counted; a block's index is its place here.
  let blocks: [DaySpan]
  /// The distinct last days of the blocks (one to three): history (last contact, case state) is kept for each.
  let ends: [Day]
  /// For each block, the index of its last day in `ends`.
  let blockEnd: [Int]
  /// The block whose breakdowns (stations, workers, types, groups) are collected, if any.
  let detailBlock: Int?
  /// The months of the trend, January first, if a trend is wanted.
  let trendMonths: [Period]

  /// A plan for `blocks` (at most four, with at most three distinct last days).
  init(blocks: [DaySpan], detailBlock: Int?, trendMonths: [Period]) {
    precondition(!blocks.isEmpty && blocks.count <= ScanPlan.maxBlocks, "ScanPlan: one to four blocks")
    var ends: [Day] = []
    var blockEnd: [Int] = []
    for block in blocks {
      if let index = ends.firstIndex(of: block.end) {
        blockEnd.append(index)
      } else {
        ends.append(block.end)
        blockEnd.append(ends.count - 1)
      }
    }
    precondition(ends.count <= ScanPlan.maxEnds, "ScanPlan: at most three distinct last days")
    self.blocks = blocks
    self.ends = ends
    self.blockEnd = blockEnd
    self.detailBlock = detailBlock
    self.trendMonths = trendMonths
  }

  /// The span of the trend months, if any.
  var trendSpan: DaySpan? {
    guard let first = trendMonths.first, let last = trendMonths.last else { return nil }
    return DaySpan(start: first.start, end: last.end)
  }
}
