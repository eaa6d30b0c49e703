import ShegongValidation

extension ReportLabels {
  /// The Chinese labels.
  static let chinese = ReportLabels(
    language: .chinese,
    sheets: SheetNames(
      summary: "汇总", stations: "站点", townships: "乡镇", categories: "对象类别", disability: "残疾四色台账",
      serviceTypes: "服务类型", workers: "人员工时", trend: "月度趋势", overdue: "待回访", issues: "数据问题",
      definitions: "指标说明"),
    yes: "是",
    no: "否",
    listSeparator: "、",
    aboutTitle: "报告信息",
    periodTitle: "统计期",
    previousPeriodTitle: "上期",
    yearToDateTitle: "本年累计",
    asOfTitle: "数据截至",
    filesTitle: "数据质量：文件读取情况",
    issueCodesTitle: "数据质量：问题分类",
    currentColumn: "本期",
    previousColumn: "上期",
    changeColumn: "环比变化",
    yearToDateColumn: "本年累计",
    chartDataHeader: { "图表数据：\($0)" },
    stationAxis: "站点",
    monthAxis: "月份",
    personTimesAxis: "人次",
    trendTitle: { year, lastMonth in
      lastMonth == 1 ? "\(year)年1月服务量" : "\(year)年1—\(lastMonth)月服务量趋势"
    },
    stationTitle: { shown, total in
      shown < total ? "各站点服务人次（前\(shown)名，共\(total)个站点）" : "各站点服务人次"
    },
    cutNote: { shown, total, fileName in
      "本表仅列出前\(ReportFormat.integer(shown))条（共\(ReportFormat.integer(total))条，已达Excel行数上限），完整清单见 \(fileName)。"
    },
    issueMeanings: chineseMeaning
  )

  private static func chineseMeaning(_ code: IssueCode) -> String {
    switch code {
    case .malformedRow: "CSV格式错误（引号未闭合等），整行无法读取"
    case .extraCell: "该行的单元格多于表头"
    case .missingCell: "该行的单元格少于表头"
    case .missingValue: "必填项为空"
    case .typeError: "日期、时间、时长、数字或是/否无法识别"
    case .constraintError: "取值超出代码表或允许范围"
    case .futureDate: "日期晚于数据截至日"
    case .unknownReference: "引用的编号在对应文件中不存在"
    case .duplicateKey: "编号与前面已接受的行重复"
    case .idChecksum: "身份证号位数或校验位不正确"
    case .workerInactive: "服务或活动日期不在人员在职期间"
    case .beneficiaryInactive: "服务或签到日期不在对象建档期间"
    case .stationMismatch: "服务站点与人员所属站点不同"
    case .workerOverlap: "同一人员同日服务时间重叠"
    case .workerDayOverLimit: "同一人员当日服务时长超过上限"
    case .possibleDuplicate: "疑似重复录入的服务记录"
    case .attendanceExceedsParticipants: "签到人数多于登记的参与人次"
    }
  }
}
