import ShegongValidation

/// What one pass learns about one beneficiary, packed into 32 bytes so that a row touches one small record.
struct PersonState {
  /// Marks "none" in the contact and case fields.
  static let none = Int32.min

  /// Bits of a block's four flags; block b uses them shifted left by `4 * b`.
  enum Flag {
    /// A service in the block, or an attendance at an activity in it.
    static let served: UInt16 = 1 << 0
    /// A `home_visit` service in the block.
    static let homeVisited: UInt16 = 1 << 1
    /// A `case_work` service at stage new in the block.
    static let caseNew: UInt16 = 1 << 2
    /// A `case_work` service at stage close in the block.
    static let caseClosed: UInt16 = 1 << 3
  }

  /// The latest contact dated on or before the first end day, or `none`.
  var contact0 = PersonState.none
  /// The latest contact dated on or before the second end day, or `none`.
  var contact1 = PersonState.none
  /// The latest case-work service up to the first end day as `date × 4 + stage`, or `none`.
  var case0 = PersonState.none
  /// The same for the second end day.
  var case1 = PersonState.none
  /// Services in the detail block.
  var detailServices: Int32 = 0
  /// `Flag` bits of every block.
  var flags: UInt16 = 0
  /// Months of the trend (bit m = month m) with a service or attendance.
  var monthsServed: UInt16 = 0
  /// Months of the trend with a `home_visit` service.
  var monthsVisited: UInt16 = 0
  /// Service types received in the detail block, as a mask of `ServiceType.bit`.
  var types: UInt16 = 0
  /// The beneficiary's household number, kept here so that a home visit reads no other array.
  var household: Int32 = 0

  /// Whether `flag` is set for `block`.
  @inline(__always)
  func has(_ flag: UInt16, block: Int) -> Bool {
    flags & (flag << UInt16(4 * block)) != 0
  }

  /// The latest contact up to end `index` (0 or 1), or `none`; `Scan.contact(_:end:)` reads any end.
  @inline(__always)
  func contact(end index: Int) -> Int32 { index == 0 ? contact0 : contact1 }

  /// The latest case key up to end `index` (0 or 1), or `none`; `Scan.caseKey(_:end:)` reads any end.
  @inline(__always)
  func caseKey(end index: Int) -> Int32 { index == 0 ? case0 : case1 }

  /// `date × 4 + stage`: ordered by date, then stage new < follow < close.
  @inline(__always)
  static func caseKey(date: Day, stage: CaseStage) -> Int32 {
    date &* 4 &+ Int32(stage.rawValue)
  }

  /// Whether a case key's stage is new or follow, that is, the case is open.
  @inline(__always)
  static func isOpen(caseKey key: Int32) -> Bool {
    key != none && (key & 3) != Int32(CaseStage.close.rawValue)
  }
}
