/// The vocabularies of SPEC §3, each value with its code and its Chinese label.
///
/// Codes and labels are `StaticString`s so that rows copy them straight into the output buffer.
protocol SampleVocabulary: CaseIterable {
  /// The English code, e.g. `home_visit`.
  var code: StaticString { get }
  /// The Chinese label, e.g. `入户探访`.
  var label: StaticString { get }
}

/// `services.service_type`.
enum ServiceType: Int, SampleVocabulary {
  case homeVisit, caseWork, phoneFollowUp, dailyCare, psychSupport, resourceLink, policyAdvice, crisis, other

  var code: StaticString {
    switch self {
    case .homeVisit: return "home_visit"
    case .caseWork: return "case_work"
    case .phoneFollowUp: return "phone_follow_up"
    case .dailyCare: return "daily_care"
    case .psychSupport: return "psych_support"
    case .resourceLink: return "resource_link"
    case .policyAdvice: return "policy_advice"
    case .crisis: return "crisis"
    case .other: return "other"
    }
  }

  var label: StaticString {
    switch self {
    case .homeVisit: return "入户探访"
    case .caseWork: return "个案服务"
    case .phoneFollowUp: return "电话回访"
    case .dailyCare: return "生活照料"
    case .psychSupport: return "心理疏导"
    case .resourceLink: return "资源链接"
    case .policyAdvice: return "政策咨询"
    case .crisis: return "危机干预"
    case .other: return "其他"
    }
  }

  /// How often each type occurs, home visits most (same order as `allCases`).
  static let weights = WeightTable([34, 10, 16, 10, 8, 7, 10, 2, 3])

  /// Possible durations in quarter hours, drawn uniformly.
  var quarterHours: ClosedRange<Int> {
    switch self {
    case .homeVisit: return 2...6
    case .caseWork: return 3...8
    case .phoneFollowUp: return 2...2
    case .dailyCare: return 4...12
    case .psychSupport: return 3...8
    case .resourceLink: return 2...6
    case .policyAdvice: return 2...4
    case .crisis: return 4...12
    case .other: return 2...6
    }
  }
}

/// `services.case_stage`.
enum CaseStage: Int, SampleVocabulary {
  case new = 1, follow, close

  var code: StaticString {
    switch self {
    case .new: return "new"
    case .follow: return "follow"
    case .close: return "close"
    }
  }

  var label: StaticString {
    switch self {
    case .new: return "新增"
    case .follow: return "跟进"
    case .close: return "结案"
    }
  }
}

/// `beneficiaries.categories`.
enum Category: Int, SampleVocabulary {
  case dibao, dibaoEdge, tekun, orphan, unsupportedChild, childInDifficulty, leftBehindChild
  case elderlyAlone, leftBehindElderly, elderlyAdvanced, disabled, povertyMonitoring, other

  var code: StaticString {
    switch self {
    case .dibao: return "dibao"
    case .dibaoEdge: return "dibao_edge"
    case .tekun: return "tekun"
    case .orphan: return "orphan"
    case .unsupportedChild: return "unsupported_child"
    case .childInDifficulty: return "child_in_difficulty"
    case .leftBehindChild: return "left_behind_child"
    case .elderlyAlone: return "elderly_alone"
    case .leftBehindElderly: return "left_behind_elderly"
    case .elderlyAdvanced: return "elderly_advanced"
    case .disabled: return "disabled"
    case .povertyMonitoring: return "poverty_monitoring"
    case .other: return "other"
    }
  }

  var label: StaticString {
    switch self {
    case .dibao: return "低保"
    case .dibaoEdge: return "低保边缘"
    case .tekun: return "特困"
    case .orphan: return "孤儿"
    case .unsupportedChild: return "事实无人抚养儿童"
    case .childInDifficulty: return "困境儿童"
    case .leftBehindChild: return "留守儿童"
    case .elderlyAlone: return "独居老人"
    case .leftBehindElderly: return "留守老人"
    case .elderlyAdvanced: return "高龄老人"
    case .disabled: return "残疾人"
    case .povertyMonitoring: return "防返贫监测对象"
    case .other: return "其他"
    }
  }

  /// The bit of this category in a beneficiary's category mask.
  var bit: UInt16 { 1 << UInt16(rawValue) }
}

/// `beneficiaries.disability_type` (GB/T 26341).
enum DisabilityType: Int, SampleVocabulary {
  case visual, hearing, speech, physical, intellectual, mental, multiple

  var code: StaticString {
    switch self {
    case .visual: return "visual"
    case .hearing: return "hearing"
    case .speech: return "speech"
    case .physical: return "physical"
    case .intellectual: return "intellectual"
    case .mental: return "mental"
    case .multiple: return "multiple"
    }
  }

  var label: StaticString {
    switch self {
    case .visual: return "视力"
    case .hearing: return "听力"
    case .speech: return "言语"
    case .physical: return "肢体"
    case .intellectual: return "智力"
    case .mental: return "精神"
    case .multiple: return "多重"
    }
  }

  /// How often each type occurs (same order as `allCases`).
  static let weights = WeightTable([12, 12, 4, 40, 12, 13, 7])
}

/// `activities.kind`.
enum ActivityKind: Int, SampleVocabulary {
  case group, community, training, outreach

  var code: StaticString {
    switch self {
    case .group: return "group"
    case .community: return "community"
    case .training: return "training"
    case .outreach: return "outreach"
    }
  }

  var label: StaticString {
    switch self {
    case .group: return "小组"
    case .community: return "社区活动"
    case .training: return "培训"
    case .outreach: return "宣传"
    }
  }

  /// How often each kind occurs (same order as `allCases`).
  static let weights = WeightTable([38, 30, 14, 18])
}

/// `activities.target_group`.
enum TargetGroup: Int, SampleVocabulary {
  case elderly, children, hardship, disabled, general

  var code: StaticString {
    switch self {
    case .elderly: return "elderly"
    case .children: return "children"
    case .hardship: return "hardship"
    case .disabled: return "disabled"
    case .general: return "general"
    }
  }

  var label: StaticString {
    switch self {
    case .elderly: return "老年人"
    case .children: return "儿童"
    case .hardship: return "困难群众"
    case .disabled: return "残疾人"
    case .general: return "一般居民"
    }
  }
}

/// `workers.role`.
enum WorkerRole: Int, SampleVocabulary {
  case socialWorker, volunteer

  var code: StaticString {
    switch self {
    case .socialWorker: return "social_worker"
    case .volunteer: return "volunteer"
    }
  }

  var label: StaticString {
    switch self {
    case .socialWorker: return "社工"
    case .volunteer: return "志愿者"
    }
  }
}

/// `stations.type`.
enum StationType: Int, SampleVocabulary {
  case station, point

  var code: StaticString {
    switch self {
    case .station: return "station"
    case .point: return "point"
    }
  }

  var label: StaticString {
    switch self {
    case .station: return "站"
    case .point: return "点"
    }
  }
}

extension ByteSink {
  /// Appends a vocabulary value as its code, or as its Chinese label when `label` is true.
  @inline(__always)
  func append<Value: SampleVocabulary>(_ value: Value, label: Bool) {
    append(label ? value.label : value.code)
  }
}
