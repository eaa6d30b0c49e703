import ShegongValidation

/// Decides which rows of one file (or of the services table) to break, and how.
///
/// About `rate` of the rows become opportunities (by a running credit, so the share is exact
/// over long files). At each opportunity the caller asks for a code that can be planted at
/// that row; codes not planted yet are offered first, then the codes in rotation. While some
/// code is still missing, an opportunity is also forced every `spacing` rows, so that every
/// code appears at least once whenever the rate is above zero.
struct ErrorPlanter {
  /// The codes this file can carry, in rotation order.
  let codes: [IssueCode]
  /// The share of rows to break.
  let rate: Double
  private let spacing: Int
  private var credit = 0.0
  private var sinceLast = 0
  private var pointer = 0
  private var planted: [Bool]
  private var variants: [Int]

  /// Creates a planter for a file of about `expectedRows` rows.
  init(codes: [IssueCode], rate: Double, expectedRows: Int) {
    self.codes = codes
    self.rate = rate
    spacing = max(1, expectedRows / max(1, codes.count * 3))
    planted = Array(repeating: false, count: codes.count)
    variants = Array(repeating: 0, count: codes.count)
  }

  /// True when planting is on at all.
  var isActive: Bool { rate > 0 }

  /// True when `code` belongs to this planter and has not been planted yet.
  func isMissing(_ code: IssueCode) -> Bool {
    guard rate > 0, let index = codes.firstIndex(of: code) else { return false }
    return !planted[index]
  }

  /// Hands back an opportunity that the caller declined, so that the next row gets it.
  mutating func giveBack() {
    credit += 1
  }

  /// Advances by one row and tells whether this row should be broken.
  mutating func isOpportunity() -> Bool {
    guard rate > 0 else { return false }
    credit += rate
    sinceLast += 1
    if credit >= 1 {
      credit -= 1
      sinceLast = 0
      return true
    }
    if sinceLast >= spacing, planted.contains(false) {
      sinceLast = 0
      return true
    }
    return false
  }

  /// The code to plant at this row: the first applicable code not planted yet, else the first
  /// applicable one in rotation; `nil` when none applies. Call `commit` once it is planted.
  func candidate(where applicable: (IssueCode) -> Bool) -> IssueCode? {
    let count = codes.count
    for step in 0..<count {
      let index = (pointer + step) % count
      if !planted[index], applicable(codes[index]) { return codes[index] }
    }
    for step in 0..<count {
      let index = (pointer + step) % count
      if applicable(codes[index]) { return codes[index] }
    }
    return nil
  }

  /// Records that `code` was planted and returns which of its variants to use (0, 1, 2, …
  /// in turn, so that the ways of breaking a row alternate).
  mutating func commit(_ code: IssueCode) -> Int {
    guard let index = codes.firstIndex(of: code) else { return 0 }
    planted[index] = true
    pointer = (index + 1) % codes.count
    let variant = variants[index]
    variants[index] += 1
    return variant
  }
}

/// The running count of planted issues and rejected rows, for the summary.
struct PlantLedger {
  /// Issues expected, by code.
  private(set) var issues: [IssueCode: Int] = [:]

  /// Adds `count` expected issues of `code`.
  mutating func add(_ code: IssueCode, count: Int = 1) {
    guard count > 0 else { return }
    issues[code, default: 0] += count
  }

  /// The counts keyed by code string, as `SampleSummary` reports them.
  var byCodeString: [String: Int] {
    var result: [String: Int] = [:]
    for code in IssueCode.allCases {
      if let count = issues[code] { result[code.rawValue] = count }
    }
    return result
  }
}
