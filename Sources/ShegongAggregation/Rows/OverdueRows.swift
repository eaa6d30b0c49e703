import ShegongValidation

/// The `overdue` table: its rows in order, each worded only when it is read.
///
/// A county has few overdue beneficiaries, a province may have millions; the table keeps one
/// entry of integers per row (the beneficiary's index in the register, their last contact, and
/// the small integers gathered from the register in its order, so that writing the rows in
/// overdue order reads few scattered places) and words a row, masking the name, only when it is
/// read, so that the list is never held as strings.
public struct OverdueRows: RandomAccessCollection, Sendable, Equatable {
  /// One row in compact form.
  struct Entry: Sendable {
    /// The beneficiary's index in the register.
    var person: Int32
    /// The latest contact, or `PersonState.none`.
    var contact: Int32
    /// The visit interval in days.
    var interval: Int32
    /// The beneficiary's station index.
    var station: Int32
    /// The beneficiary's area index.
    var area: Int32
    /// The beneficiary's categories.
    var categories: CategorySet
  }

  /// The rows in order.
  let entries: [Entry]
  /// The day the rows are judged on.
  let day: Day
  /// Whether names appear in full.
  let unmasked: Bool
  /// The ids of the register the entries index (shared with it, not copied).
  let ids: [String]
  /// The names of the register, in full (shared with it, not copied).
  let names: [String]
  /// The station ids rows name, by station index.
  let stationIds: [String]
  /// The station names rows name, by station index.
  let stationNames: [String]
  /// The area codes rows name, by area index.
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
    let person = Int(entry.person)
    let station = Int(entry.station)
    let contacted = entry.contact != PersonState.none
    return OverdueRow(
      beneficiaryId: ids[person],
      name: unmasked ? names[person] : Masking.name(names[person]),
      stationId: stationIds[station],
      stationName: stationNames[station],
      areaCode: areaCodes[Int(entry.area)],
      categories: CategoryLists.shared.list(entry.categories),
      intervalDays: Int(entry.interval),
      lastContact: contacted ? entry.contact : nil,
      daysSince: contacted ? Int(day) - Int(entry.contact) : nil
    )
  }

  /// The rows of each station, in the table's order: for each `station_id` with overdue people on
  /// its register, the positions of their rows. Made in one pass over the rows.
  public func positionsByStation() -> [String: [Int32]] {
    var positions = [[Int32]](repeating: [], count: stationIds.count)
    for (position, entry) in entries.enumerated() {
      positions[Int(entry.station)].append(Int32(position))
    }
    var byId: [String: [Int32]] = [:]
    for (station, list) in positions.enumerated() where !list.isEmpty { byId[stationIds[station]] = list }
    return byId
  }
}

extension OverdueRows {
  /// An empty table.
  public init() {
    self.init(
      entries: [], day: 0, unmasked: false, ids: [], names: [], stationIds: [], stationNames: [], areaCodes: [])
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
