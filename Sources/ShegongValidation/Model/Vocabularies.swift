/// Level of an area (SPEC §3 `areas.csv`).
public enum AreaLevel: UInt8, Vocabulary {
  public static let inputForms = makeInputForms()
  case township, village
  public var code: String { self == .township ? "township" : "village" }
  public var label: String { self == .township ? "乡镇/街道" : "村/社区" }
  public var englishLabel: String { self == .township ? "Township" : "Village" }
}

/// Type of a station: a social-work station (社工站) or a service point (服务点).
public enum StationType: UInt8, Vocabulary {
  public static let inputForms = makeInputForms()
  case station, point
  public var code: String { self == .station ? "station" : "point" }
  public var label: String { self == .station ? "站" : "点" }
  public var englishLabel: String { self == .station ? "Station" : "Point" }
}

/// Role of a worker.
public enum WorkerRole: UInt8, Vocabulary {
  public static let inputForms = makeInputForms()
  case socialWorker, volunteer
  public var code: String { self == .socialWorker ? "social_worker" : "volunteer" }
  public var label: String { self == .socialWorker ? "社工" : "志愿者" }
  public var englishLabel: String { self == .socialWorker ? "Social worker" : "Volunteer" }
}

/// A beneficiary category (SPEC §3), in the order reports list them.
public enum Category: UInt8, Vocabulary {
  public static let inputForms = makeInputForms()
  case dibao, dibaoEdge, tekun, orphan, unsupportedChild, childInDifficulty, leftBehindChild
  case elderlyAlone, leftBehindElderly, elderlyAdvanced, disabled, povertyMonitoring, other

  private static let names: [(String, String, String)] = [
    ("dibao", "低保", "Subsistence allowance (dibao)"), ("dibao_edge", "低保边缘", "Near-dibao"),
    ("tekun", "特困", "Extreme poverty (tekun)"), ("orphan", "孤儿", "Orphan"),
    ("unsupported_child", "事实无人抚养儿童", "De facto unsupported child"),
    ("child_in_difficulty", "困境儿童", "Child in difficulty"), ("left_behind_child", "留守儿童", "Left-behind child"),
    ("elderly_alone", "独居老人", "Elderly living alone"), ("left_behind_elderly", "留守老人", "Left-behind elderly"),
    ("elderly_advanced", "高龄老人", "Advanced-age elderly"), ("disabled", "残疾人", "Disabled person"),
    ("poverty_monitoring", "防返贫监测对象", "Poverty-relapse monitoring"), ("other", "其他", "Other"),
  ]
  public var code: String { Self.names[Int(rawValue)].0 }
  public var label: String { Self.names[Int(rawValue)].1 }
  public var englishLabel: String { Self.names[Int(rawValue)].2 }
  /// This category's bit in a `CategorySet`.
  @inlinable public var bit: UInt16 { 1 << UInt16(rawValue) }
}

/// A set of categories as a bit mask (bit n = `Category(rawValue: n)`).
public typealias CategorySet = UInt16

/// The three groups of 一老一少一困 (SPEC §3).
public enum CategoryGroup: UInt8, Vocabulary {
  public static let inputForms = makeInputForms()
  case elderly, children, hardship
  public var code: String { ["elderly", "children", "hardship"][Int(rawValue)] }
  public var label: String { ["一老(老年人)", "一少(儿童)", "一困(困难群众)"][Int(rawValue)] }
  public var englishLabel: String { ["Elderly", "Children", "Hardship"][Int(rawValue)] }
  /// The categories the group gathers.
  public var members: [Category] {
    switch self {
    case .elderly: return [.elderlyAlone, .leftBehindElderly, .elderlyAdvanced]
    case .children: return [.orphan, .unsupportedChild, .childInDifficulty, .leftBehindChild]
    case .hardship: return [.dibao, .dibaoEdge, .tekun, .povertyMonitoring, .disabled]
    }
  }
  /// The group's members as a mask.
  public var mask: CategorySet { members.reduce(0) { $0 | $1.bit } }
}

/// Disability type (GB/T 26341).
public enum DisabilityType: UInt8, Vocabulary {
  public static let inputForms = makeInputForms()
  case visual, hearing, speech, physical, intellectual, mental, multiple
  public var code: String {
    ["visual", "hearing", "speech", "physical", "intellectual", "mental", "multiple"][Int(rawValue)]
  }
  public var label: String { ["视力", "听力", "言语", "肢体", "智力", "精神", "多重"][Int(rawValue)] }
  public var englishLabel: String {
    ["Visual", "Hearing", "Speech", "Physical", "Intellectual", "Mental", "Multiple"][Int(rawValue)]
  }
  /// The colour of the four-colour ledger (四色台账).
  public var colour: LedgerColour {
    switch self {
    case .mental, .intellectual: return .red
    case .physical: return .blue
    case .visual, .hearing, .speech: return .green
    case .multiple: return .yellow
    }
  }
}

/// The four colours of the disability ledger.
public enum LedgerColour: UInt8, Vocabulary {
  public static let inputForms = makeInputForms()
  case red, blue, green, yellow
  public var code: String { ["red", "blue", "green", "yellow"][Int(rawValue)] }
  public var label: String { ["红色(精神、智力)", "蓝色(肢体)", "绿色(视力、听力、言语)", "黄色(多重)"][Int(rawValue)] }
  public var englishLabel: String {
    ["Red (mental, intellectual)", "Blue (physical)", "Green (visual, hearing, speech)", "Yellow (multiple)"][
      Int(rawValue)]
  }
}

/// Type of a service record.
public enum ServiceType: UInt8, Vocabulary {
  public static let inputForms = makeInputForms()
  case homeVisit, caseWork, phoneFollowUp, dailyCare, psychSupport, resourceLink, policyAdvice, crisis, other
  private static let names: [(String, String, String)] = [
    ("home_visit", "入户探访", "Home visit"), ("case_work", "个案服务", "Case work"),
    ("phone_follow_up", "电话回访", "Phone follow-up"), ("daily_care", "生活照料", "Daily care"),
    ("psych_support", "心理疏导", "Psychological support"), ("resource_link", "资源链接", "Resource linking"),
    ("policy_advice", "政策咨询", "Policy advice"), ("crisis", "危机干预", "Crisis intervention"),
    ("other", "其他", "Other"),
  ]
  public var code: String { Self.names[Int(rawValue)].0 }
  public var label: String { Self.names[Int(rawValue)].1 }
  public var englishLabel: String { Self.names[Int(rawValue)].2 }
  /// This type's bit in a mask of service types.
  @inlinable public var bit: UInt16 { 1 << UInt16(rawValue) }
}

/// Stage of a case-work service; ordered new < follow < close.
public enum CaseStage: UInt8, Vocabulary, Comparable {
  public static let inputForms = makeInputForms()
  case new, follow, close
  public var code: String { ["new", "follow", "close"][Int(rawValue)] }
  public var label: String { ["新增", "跟进", "结案"][Int(rawValue)] }
  public var englishLabel: String { ["New", "Follow-up", "Closed"][Int(rawValue)] }
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Kind of an activity.
public enum ActivityKind: UInt8, Vocabulary {
  public static let inputForms = makeInputForms()
  case group, community, training, outreach
  public var code: String { ["group", "community", "training", "outreach"][Int(rawValue)] }
  public var label: String { ["小组", "社区活动", "培训", "宣传"][Int(rawValue)] }
  public var englishLabel: String { ["Group session", "Community activity", "Training", "Outreach"][Int(rawValue)] }
}

/// Target group of an activity; empty means `general`.
public enum TargetGroup: UInt8, Vocabulary {
  public static let inputForms = makeInputForms()
  case elderly, children, hardship, disabled, general
  public var code: String { ["elderly", "children", "hardship", "disabled", "general"][Int(rawValue)] }
  public var label: String { ["老年人", "儿童", "困难群众", "残疾人", "一般居民"][Int(rawValue)] }
  public var englishLabel: String {
    ["Elderly", "Children", "Hardship", "Disabled", "General residents"][Int(rawValue)]
  }
}
