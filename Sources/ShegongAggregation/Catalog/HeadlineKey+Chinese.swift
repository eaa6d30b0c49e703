extension HeadlineKey {
  /// The Chinese name and definition, in the wording of a civil-affairs statistics report.
  var chinese: (name: String, definition: String) {
    switch self {
    case .townshipsTotal:
      ("乡镇（街道）总数", "区划表中层级为乡镇/街道的区划数。")
    case .townshipsWithStation:
      ("建有社工站的乡镇数", "期末有启用中的社工站（类型为“站”）的乡镇（街道）数。")
    case .townshipStationCoverage:
      ("乡镇社工站覆盖率", "建有社工站的乡镇数 ÷ 乡镇（街道）总数。")
    case .villagesTotal:
      ("村（社区）总数", "区划表中层级为村/社区的区划数。")
    case .villagesWithStationOrPoint:
      ("设有站点的村（社区）数", "本村（社区）区划内有期末启用的社工站或服务点的村（社区）数。")
    case .villageStationCoverage:
      ("村（社区）站点覆盖率", "设有站点的村（社区）数 ÷ 村（社区）总数。")
    case .villagesReached:
      ("服务到达村（社区）数", "本期受服务对象所在的不同村（社区）数。")
    case .stationsActive:
      ("运行社工站数", "期末启用中、类型为“站”的社工站数。")
    case .pointsActive:
      ("运行服务点数", "期末启用中、类型为“点”的服务点数。")
    case .stationsReporting:
      ("报送站点数", "本期有归属于本站点的服务或活动记录的运行站点（站和点）数。")
    case .reportingRate:
      ("站点报送率", "报送站点数 ÷（运行社工站数 + 运行服务点数）。")
    case .postsPlanned:
      ("规划岗位数", "运行站点的规划岗位数之和。")
    case .socialWorkersOnPost:
      ("在岗社工数", "期末在职、角色为社工的人数。")
    case .vacancies:
      ("空岗数", "各运行站点“规划岗位数 − 本站在岗社工数”（不足0按0计）之和。")
    case .certifiedSocialWorkers:
      ("持证社工数", "在岗社工中持有职业资格证书的人数。")
    case .certifiedRatio:
      ("社工持证率", "持证社工数 ÷ 在岗社工数。")
    case .volunteersRegistered:
      ("在册志愿者数", "期末在册、角色为志愿者的人数。")
    case .beneficiariesRegistered:
      ("建档服务对象数", "期末处于建档状态（已建档且未销档）的服务对象人数。")
    case .householdsRegistered:
      ("建档户数", "建档服务对象所属的不同家庭户数。")
    case .beneficiariesServed:
      ("受服务对象数", "本期接受过服务或参加过活动签到的不同服务对象人数。")
    case .registeredServed:
      ("建档对象受服务数", "期末建档服务对象中本期受过服务的人数。")
    case .serviceCoverage:
      ("服务覆盖率", "建档对象受服务数 ÷ 建档服务对象数。")
    case .householdsVisited:
      ("入户探访户数", "本期接受过入户探访的服务对象所属的不同家庭户数。")
    case .householdVisits:
      ("入户探访户次", "本期入户探访中不同“家庭户 + 日期”的组合数。")
    case .homeVisitRecords:
      ("入户探访记录数", "本期服务类型为入户探访的服务记录数。")
    case .serviceRecords:
      ("个体服务人次", "本期服务记录数，每条记录计1人次。")
    case .activities:
      ("开展活动场次", "本期开展的小组、社区活动、培训和宣传活动场次。")
    case .groupSessions:
      ("小组活动场次", "本期活动类型为小组的活动场次。")
    case .communityActivities:
      ("社区活动场次", "本期活动类型为社区活动的活动场次。")
    case .trainings:
      ("培训场次", "本期活动类型为培训的活动场次。")
    case .outreachEvents:
      ("宣传活动场次", "本期活动类型为宣传的活动场次。")
    case .activityParticipants:
      ("活动参与人次", "本期各场活动登记的参与人次之和。")
    case .personTimes:
      ("惠及群众人次", "个体服务人次与活动参与人次之和。")
    case .casesNew:
      ("新增个案数", "本期有“新增”阶段个案服务的不同服务对象人数。")
    case .casesClosed:
      ("结案个案数", "本期有“结案”阶段个案服务的不同服务对象人数。")
    case .casesOpenAtEnd:
      ("期末在案个案数", "截至期末，最近一次个案服务处于“新增”或“跟进”阶段的服务对象人数。")
    case .serviceHours:
      ("社工个体服务时长", "本期由社工提供的服务记录时长之和。")
    case .activityHours:
      ("社工活动时长", "本期由社工负责的活动时长之和。")
    case .socialWorkerHours:
      ("社工服务总时长", "社工个体服务时长与社工活动时长之和。")
    case .volunteerHours:
      ("志愿服务时长", "本期志愿者提供的服务记录时长与各场活动志愿服务时长之和。")
    case .hoursPerSocialWorker:
      ("社工人均服务时长", "社工服务总时长 ÷ 在岗社工数。")
    case .overdueBeneficiaries:
      ("超期未回访对象数", "期末建档、且距最近一次联系（从未联系的自建档日起）已超过回访周期的服务对象人数。")
    case .beneficiariesDue:
      ("应探访对象数", "期末建档、且所属类别设有回访周期的服务对象人数。")
    case .visitOnTimeRate:
      ("探访及时率", "（应探访对象数 − 超期未回访对象数）÷ 应探访对象数；特困老年人月探访率的目标为100%。")
    }
  }
}
