import ShegongValidation

/// The `overdue` table: its rows in order, each built when it is read.
///
/// A county has few overdue beneficiaries, a province may have millions; the table keeps one compact
/// entry per row and builds the row (masking the name) only when it is read, so that it costs little
/// memory until it is written.
public struct OverdueRows: RandomAccessCollection, Sendable, Equatable {
  /// One row in compact form, gathered from the register in register order (reading it sequentially).
  struct Entry: Sendable {
    /// `beneficiary_id`.
    var id: String
    /// `name`, in full.
    var name: String
    /// The beneficiary's station index.
    var station: Int32
    /// The beneficiary's area index.
    var area: Int32
    /// The latest contact, or `PersonState.none`.
    var contact: Int32
    /// The visit interval in days.
    var interval: Int32
    /// The beneficiary's categories.
    var categories: CategorySet
  }

  /// The rows in order.
  let entries: [Entry]
  /// The day the rows are judged on.
  let day: Day
  /// Whether names appear in full.
  let unmasked: Bool
  /// The station ids, station names and area codes rows name.
  let stationIds: [String]
  let stationNames: [String]
  let areaCodes: [String]

  /// How many rows have no contact at all (they come first), counted without building rows.
  public var neverContactedCount: Int {
    entries.prefix { $0.contact == PersonState.none }.count
  }

  /// Whether both tables hold the same rows in the same order.
  public static func == (lhs: OverdueRows, rhs: OverdueRows) -> Bool {
    lhs.elementsEqual(rhs)
  }

  /// The first position.
  public var startIndex: Int { 0 }
  /// One past the last position.
  public var endIndex: Int { entries.count }

  /// The row at `position`.
  public subscript(position: Int) -> OverdueRow {
    let entry = entries[position]
    let contacted = entry.contact != PersonState.none
    return OverdueRow(
      beneficiaryId: entry.id,
      name: unmasked ? entry.name : Masking.name(entry.name),
      stationId: stationIds[Int(entry.station)],
      stationName: stationNames[Int(entry.station)],
      areaCode: areaCodes[Int(entry.area)],
      categories: CategoryLists.shared.list(entry.categories),
      intervalDays: Int(entry.interval),
      lastContact: contacted ? entry.contact : nil,
      daysSince: contacted ? Int(day) - Int(entry.contact) : nil
    )
  }
}

extension OverdueRows {
  /// An empty table.
  public init() {
    self.init(entries: [], day: 0, unmasked: false, stationIds: [], stationNames: [], areaCodes: [])
  }
}

/// The categories of every set as a list in SPEC §3 order, built once.
struct CategoryLists: Sendable {
  /// The lists of all sets of the 13 categories.
  static let shared = CategoryLists()

  private let lists: [[ShegongValidation.Category]]

  private init() {
    let all = Category.allCases
    lists = (0..<(1 << all.count)).map { set in all.filter { set & Int($0.bit) != 0 } }
  }

  /// The categories of `set`, in SPEC §3 order.
  func list(_ set: CategorySet) -> [ShegongValidation.Category] {
    lists[Int(set) & (lists.count - 1)]
  }
}
