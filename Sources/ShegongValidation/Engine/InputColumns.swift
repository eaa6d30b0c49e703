/// The columns of `areas.csv`.
public enum AreaColumn: Int, InputColumn {
  /// The columns, in SPEC §3 order.
  case code, name, level, parentCode

  /// The column's names and requirement.
  public var definition: ColumnDefinition {
    switch self {
    case .code: ColumnDefinition("area_code", ["区划代码", "行政区划代码"], required: true)
    case .name: ColumnDefinition("name", ["名称", "区划名称"], required: true)
    case .level: ColumnDefinition("level", ["层级", "级别"], required: true)
    case .parentCode: ColumnDefinition("parent_code", ["上级代码", "上级区划代码"])
    }
  }
}

/// The columns of `stations.csv`.
public enum StationColumn: Int, InputColumn {
  /// The columns, in SPEC §3 order.
  case id, name, type, areaCode, openedOn, closedOn, postsPlanned

  /// The column's names and requirement.
  public var definition: ColumnDefinition {
    switch self {
    case .id: ColumnDefinition("station_id", ["站点编号"], required: true)
    case .name: ColumnDefinition("name", ["站点名称", "名称"], required: true)
    case .type: ColumnDefinition("type", ["类型", "站点类型"], required: true)
    case .areaCode: ColumnDefinition("area_code", ["所在区划", "区划代码"], required: true)
    case .openedOn: ColumnDefinition("opened_on", ["启用日期"], required: true)
    case .closedOn: ColumnDefinition("closed_on", ["停用日期"])
    case .postsPlanned: ColumnDefinition("posts_planned", ["岗位数"])
    }
  }
}

/// The columns of `workers.csv`.
public enum WorkerColumn: Int, InputColumn {
  /// The columns, in SPEC §3 order.
  case id, name, role, stationID, certified, startDate, endDate

  /// The column's names and requirement.
  public var definition: ColumnDefinition {
    switch self {
    case .id: ColumnDefinition("worker_id", ["人员编号"], required: true)
    case .name: ColumnDefinition("name", ["姓名"], required: true)
    case .role: ColumnDefinition("role", ["角色"], required: true)
    case .stationID: ColumnDefinition("station_id", ["所属站点", "站点编号"], required: true)
    case .certified: ColumnDefinition("certified", ["持证", "是否持证"])
    case .startDate: ColumnDefinition("start_date", ["入职日期"], required: true)
    case .endDate: ColumnDefinition("end_date", ["离职日期"])
    }
  }
}

/// The columns of `beneficiaries.csv`; the name and the ID number are personal data.
public enum BeneficiaryColumn: Int, InputColumn {
  /// A beneficiary's row holds their name and ID number.
  public static var mayHoldNames: Bool { true }

  /// The columns, in SPEC §3 order.
  case id, name, idNumber, householdID, areaCode, stationID, categories, disabilityType, disabilityGrade
  case registeredOn, exitedOn

  /// The column's names, requirement and personal data.
  public var definition: ColumnDefinition {
    switch self {
    case .id: ColumnDefinition("beneficiary_id", ["对象编号"], required: true)
    case .name: ColumnDefinition("name", ["姓名"], required: true, personalData: .name)
    case .idNumber: ColumnDefinition("id_number", ["身份证号", "身份证号码"], personalData: .idNumber)
    case .householdID: ColumnDefinition("household_id", ["户编号"])
    case .areaCode: ColumnDefinition("area_code", ["所在村居", "区划代码"], required: true)
    case .stationID: ColumnDefinition("station_id", ["责任站点"], required: true)
    case .categories: ColumnDefinition("categories", ["对象类别"], required: true)
    case .disabilityType: ColumnDefinition("disability_type", ["残疾类别"])
    case .disabilityGrade: ColumnDefinition("disability_grade", ["残疾等级"])
    case .registeredOn: ColumnDefinition("registered_on", ["建档日期"], required: true)
    case .exitedOn: ColumnDefinition("exited_on", ["销档日期"])
    }
  }
}

/// The columns of a services file.
public enum ServiceColumn: Int, InputColumn {
  /// A service row can carry a name in its note or in a column the header does not name.
  public static var mayHoldNames: Bool { true }

  /// The columns, in SPEC §3 order.
  case recordID, date, workerID, beneficiaryID, serviceType, duration, stationID, startTime, caseStage, note

  /// The column's names and requirement.
  public var definition: ColumnDefinition {
    switch self {
    case .recordID: ColumnDefinition("record_id", ["记录编号"], required: true)
    case .date: ColumnDefinition("date", ["服务日期"], required: true)
    case .workerID: ColumnDefinition("worker_id", ["服务人员编号"], required: true)
    case .beneficiaryID: ColumnDefinition("beneficiary_id", ["对象编号"], required: true)
    case .serviceType: ColumnDefinition("service_type", ["服务类型"], required: true)
    case .duration: ColumnDefinition("duration", ["服务时长"], required: true)
    case .stationID: ColumnDefinition("station_id", ["服务站点"])
    case .startTime: ColumnDefinition("start_time", ["开始时间"])
    case .caseStage: ColumnDefinition("case_stage", ["个案阶段"])
    case .note: ColumnDefinition("note", ["备注"])
    }
  }
}

/// The columns of `activities.csv`.
public enum ActivityColumn: Int, InputColumn {
  /// The columns, in SPEC §3 order.
  case id, date, stationID, kind, title, leadWorkerID, duration, participants, volunteerCount, volunteerHours
  case targetGroup

  /// The column's names and requirement.
  public var definition: ColumnDefinition {
    switch self {
    case .id: ColumnDefinition("activity_id", ["活动编号"], required: true)
    case .date: ColumnDefinition("date", ["活动日期"], required: true)
    case .stationID: ColumnDefinition("station_id", ["站点编号"], required: true)
    case .kind: ColumnDefinition("kind", ["活动类型"], required: true)
    case .title: ColumnDefinition("title", ["活动名称"])
    case .leadWorkerID: ColumnDefinition("lead_worker_id", ["负责人编号"], required: true)
    case .duration: ColumnDefinition("duration", ["时长", "活动时长"], required: true)
    case .participants: ColumnDefinition("participants", ["参与人次"], required: true)
    case .volunteerCount: ColumnDefinition("volunteer_count", ["志愿者人数"])
    case .volunteerHours: ColumnDefinition("volunteer_hours", ["志愿服务时长"])
    case .targetGroup: ColumnDefinition("target_group", ["服务群体"])
    }
  }
}

/// The columns of `attendance.csv`.
public enum AttendanceColumn: Int, InputColumn {
  /// A sign-in sheet often carries the person's name beside their id.
  public static var mayHoldNames: Bool { true }

  /// The columns, in SPEC §3 order.
  case activityID, beneficiaryID

  /// The column's names and requirement.
  public var definition: ColumnDefinition {
    switch self {
    case .activityID: ColumnDefinition("activity_id", ["活动编号"], required: true)
    case .beneficiaryID: ColumnDefinition("beneficiary_id", ["对象编号"], required: true)
    }
  }
}
