import ShegongIngest

/// A column an input file may have: its English name, Chinese aliases, and whether it is required.
struct ColumnSpec: Sendable {
  /// The English name of SPEC §3.
  let name: String
  /// Other names accepted in the header (Chinese aliases first).
  let aliases: [String]
  /// Whether the header must have the column (and every row a value).
  let required: Bool

  init(_ name: String, _ aliases: [String], required: Bool = false) {
    self.name = name
    self.aliases = aliases
    self.required = required
  }
}

/// The columns of one kind of input file, in SPEC §3 order.
struct Schema: Sendable {
  let columns: [ColumnSpec]

  /// Where each known column sits in a header, by column index (nil when absent).
  ///
  /// Throws `missingColumn` for an absent required column and `duplicateColumn` when two header
  /// cells name the same column.
  func positions(in header: [String], file: String, line: Int) throws(IngestError) -> [Int?] {
    var positions = [Int?](repeating: nil, count: columns.count)
    for (position, cell) in header.enumerated() {
      let name = HeaderName.normalized(cell)
      guard !name.isEmpty else { continue }
      guard
        let column = columns.firstIndex(where: { spec in
          spec.name == name || spec.aliases.contains { HeaderName.normalized($0) == name }
        })
      else { continue }
      if let earlier = positions[column] {
        throw IngestError(
          .duplicateColumn, file: file, line: line, column: cell,
          message: "header cells \(earlier + 1) (\"\(header[earlier])\") and \(position + 1) (\"\(cell)\") "
            + "both name column \(columns[column].name)")
      }
      positions[column] = position
    }
    for (index, spec) in columns.enumerated() where spec.required && positions[index] == nil {
      throw IngestError(
        .missingColumn, file: file, line: line, column: spec.name,
        message: "required column \(spec.name) (\(spec.aliases.first ?? spec.name)) is missing from the header")
    }
    return positions
  }
}

extension Schema {
  static let areas = Schema(columns: [
    ColumnSpec("area_code", ["区划代码", "行政区划代码"], required: true),
    ColumnSpec("name", ["名称", "区划名称"], required: true),
    ColumnSpec("level", ["层级", "级别"], required: true),
    ColumnSpec("parent_code", ["上级代码", "上级区划代码"]),
  ])

  static let stations = Schema(columns: [
    ColumnSpec("station_id", ["站点编号"], required: true),
    ColumnSpec("name", ["站点名称", "名称"], required: true),
    ColumnSpec("type", ["类型", "站点类型"], required: true),
    ColumnSpec("area_code", ["所在区划", "区划代码"], required: true),
    ColumnSpec("opened_on", ["启用日期"], required: true),
    ColumnSpec("closed_on", ["停用日期"]),
    ColumnSpec("posts_planned", ["岗位数"]),
  ])

  static let workers = Schema(columns: [
    ColumnSpec("worker_id", ["人员编号"], required: true),
    ColumnSpec("name", ["姓名"], required: true),
    ColumnSpec("role", ["角色"], required: true),
    ColumnSpec("station_id", ["所属站点", "站点编号"], required: true),
    ColumnSpec("certified", ["持证", "是否持证"]),
    ColumnSpec("start_date", ["入职日期"], required: true),
    ColumnSpec("end_date", ["离职日期"]),
  ])

  static let beneficiaries = Schema(columns: [
    ColumnSpec("beneficiary_id", ["对象编号"], required: true),
    ColumnSpec("name", ["姓名"], required: true),
    ColumnSpec("id_number", ["身份证号", "身份证号码"]),
    ColumnSpec("household_id", ["户编号"]),
    ColumnSpec("area_code", ["所在村居", "区划代码"], required: true),
    ColumnSpec("station_id", ["责任站点"], required: true),
    ColumnSpec("categories", ["对象类别"], required: true),
    ColumnSpec("disability_type", ["残疾类别"]),
    ColumnSpec("disability_grade", ["残疾等级"]),
    ColumnSpec("registered_on", ["建档日期"], required: true),
    ColumnSpec("exited_on", ["销档日期"]),
  ])

  static let services = Schema(columns: [
    ColumnSpec("record_id", ["记录编号"], required: true),
    ColumnSpec("date", ["服务日期"], required: true),
    ColumnSpec("worker_id", ["服务人员编号"], required: true),
    ColumnSpec("beneficiary_id", ["对象编号"], required: true),
    ColumnSpec("service_type", ["服务类型"], required: true),
    ColumnSpec("duration", ["服务时长"], required: true),
    ColumnSpec("station_id", ["服务站点"]),
    ColumnSpec("start_time", ["开始时间"]),
    ColumnSpec("case_stage", ["个案阶段"]),
    ColumnSpec("note", ["备注"]),
  ])

  static let activities = Schema(columns: [
    ColumnSpec("activity_id", ["活动编号"], required: true),
    ColumnSpec("date", ["活动日期"], required: true),
    ColumnSpec("station_id", ["站点编号"], required: true),
    ColumnSpec("kind", ["活动类型"], required: true),
    ColumnSpec("title", ["活动名称"]),
    ColumnSpec("lead_worker_id", ["负责人编号"], required: true),
    ColumnSpec("duration", ["时长", "活动时长"], required: true),
    ColumnSpec("participants", ["参与人次"], required: true),
    ColumnSpec("volunteer_count", ["志愿者人数"]),
    ColumnSpec("volunteer_hours", ["志愿服务时长"]),
    ColumnSpec("target_group", ["服务群体"]),
  ])

  static let attendance = Schema(columns: [
    ColumnSpec("activity_id", ["活动编号"], required: true),
    ColumnSpec("beneficiary_id", ["对象编号"], required: true),
  ])
}
