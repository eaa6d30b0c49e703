import ShegongIngest
import Testing

@testable import ShegongValidation

/// The input columns: one case per SPEC §3 column in order, found in a header by any of their names,
/// and personal data only where SPEC §7 says.
@Suite("Input columns")
struct InputColumnTests {
  static func names<Column: InputColumn>(_ type: Column.Type) -> [String] { Column.allCases.map(\.definition.name) }

  static func personal<Column: InputColumn>(_ type: Column.Type) -> [String] {
    Column.allCases.filter { $0.definition.personalData != nil }.map(\.definition.name)
  }

  @Test("each file's columns are SPEC §3's, in order, and their raw values count from 0")
  func order() {
    #expect(Self.names(AreaColumn.self) == ["area_code", "name", "level", "parent_code"])
    #expect(Self.names(AttendanceColumn.self) == ["activity_id", "beneficiary_id"])
    #expect(
      Self.names(ServiceColumn.self) == [
        "record_id", "date", "worker_id", "beneficiary_id", "service_type", "duration", "station_id", "start_time",
        "case_stage", "note",
      ])
    #expect(BeneficiaryColumn.allCases.map(\.rawValue) == Array(0..<11))
    #expect(ActivityColumn.allCases.map(\.rawValue) == Array(0..<11))
  }

  @Test("only the beneficiary's name and ID number are personal data, each masked its own way")
  func personalData() {
    #expect(Self.personal(BeneficiaryColumn.self) == ["name", "id_number"])
    for names in [
      Self.personal(AreaColumn.self), Self.personal(StationColumn.self), Self.personal(WorkerColumn.self),
      Self.personal(ServiceColumn.self), Self.personal(ActivityColumn.self), Self.personal(AttendanceColumn.self),
    ] {
      #expect(names.isEmpty)
    }
    #expect(BeneficiaryColumn.name.definition.personalData?.masked("欧阳娜娜") == "欧*娜")
    #expect(BeneficiaryColumn.idNumber.definition.personalData?.masked("370781199001011234") == "370781********1234")
  }

  @Test("a header names columns in English or Chinese, in any order; absent optional columns are nil")
  func positions() throws {
    let header = ["站点名称", "station_id", "备用", "类型", "区划代码", "启用日期"]
    let positions = try StationColumn.positions(in: header, file: "stations.csv", line: 1)
    #expect(positions == [1, 0, 3, 4, 5, nil, nil])
  }

  @Test("a missing required column is named in English; a column named twice is refused")
  func headerErrors() {
    let missing = #expect(throws: IngestError.self) {
      try AttendanceColumn.positions(in: ["活动编号"], file: "attendance.csv", line: 1)
    }
    #expect(missing?.kind == .missingColumn)
    #expect(missing?.column == "beneficiary_id")
    let twice = #expect(throws: IngestError.self) {
      try AttendanceColumn.positions(in: ["activity_id", "对象编号", "活动编号"], file: "attendance.csv", line: 1)
    }
    #expect(twice?.kind == .duplicateColumn)
  }
}

/// A table's columns listed once: reserving and appending runs of rows reach every listed column.
@Suite("TableColumn")
struct TableColumnTests {
  struct Pair {
    var left: [Int] = []
    var right: [String] = []
    static var columns: [TableColumn<Pair>] { [.init(\.left), .init(\.right)] }
  }

  @Test("runs of rows of another table are appended to every column, in order")
  func appendRuns() {
    let other = Pair(left: [10, 11, 12, 13, 14], right: ["a", "b", "c", "d", "e"])
    var table = Pair(left: [1], right: ["z"])
    Pair.columns.reserve(8, in: &table)
    #expect(table.left.capacity >= 8 && table.right.capacity >= 8)
    Pair.columns.append([0..<2, 3..<5], of: other, to: &table)
    #expect(table.left == [1, 10, 11, 13, 14])
    #expect(table.right == ["z", "a", "b", "d", "e"])
  }
}
