import ShegongAggregation
import ShegongValidation

extension IssueCode {
  /// What the code means, in one short sentence in each language.
  public var meaning: Bilingual {
    switch self {
    case .malformedRow:
      Bilingual("CSV格式错误（引号未闭合等），整行无法读取", "Broken CSV syntax (such as an unclosed quote); the row cannot be read")
    case .extraCell: Bilingual("该行的单元格多于表头", "The row has more cells than the header")
    case .missingCell: Bilingual("该行的单元格少于表头", "The row has fewer cells than the header")
    case .missingValue: Bilingual("必填项为空", "A required value is empty")
    case .typeError: Bilingual("日期、时间、时长、数字或是/否无法识别", "A date, time, duration, number or yes/no value cannot be read")
    case .constraintError: Bilingual("取值超出代码表或允许范围", "A value is outside its code list or allowed range")
    case .futureDate: Bilingual("日期晚于数据截至日", "The date is after the as-of date")
    case .unknownReference: Bilingual("引用的编号在对应文件中不存在", "An id that points at no accepted row")
    case .duplicateKey: Bilingual("编号与前面已接受的行重复", "The key of an earlier accepted row again")
    case .idChecksum:
      Bilingual(
        "身份证号位数、校验位或出生日期不正确", "An ID number of the wrong length, with a wrong check character or birth date")
    case .workerInactive: Bilingual("服务或活动日期不在人员在职期间", "Dated when the worker was not employed")
    case .beneficiaryInactive: Bilingual("服务或签到日期不在对象建档期间", "Dated when the beneficiary was not registered")
    case .stationMismatch: Bilingual("服务站点与人员所属站点不同", "The service's station differs from the worker's station")
    case .workerOverlap: Bilingual("同一人员同日服务时间重叠", "Overlapping services of one worker on one day")
    case .workerDayOverLimit: Bilingual("同一人员当日服务时长超过上限", "A worker's services on one day exceed the daily limit")
    case .possibleDuplicate: Bilingual("疑似重复录入的服务记录", "Possibly the same service entered twice")
    case .attendanceExceedsParticipants: Bilingual("签到人数多于登记的参与人次", "More sign-ins than the participants recorded")
    case .categoryAgeMismatch:
      Bilingual("对象类别与身份证号中的年龄不符", "The categories do not fit the age the ID number gives")
    case .idDuplicate: Bilingual("身份证号与前面的服务对象重复", "The ID number of an earlier beneficiary again")
    }
  }

  /// The rule's short name, as a column header or a list names it (`类型错误`, `Type error`).
  public var ruleName: Bilingual {
    switch self {
    case .malformedRow: Bilingual("格式错误", "Malformed row")
    case .extraCell: Bilingual("单元格多余", "Extra cell")
    case .missingCell: Bilingual("单元格缺失", "Missing cell")
    case .missingValue: Bilingual("必填项为空", "Missing value")
    case .typeError: Bilingual("类型错误", "Type error")
    case .constraintError: Bilingual("取值不符", "Constraint error")
    case .futureDate: Bilingual("日期超前", "Future date")
    case .unknownReference: Bilingual("引用不存在", "Unknown reference")
    case .duplicateKey: Bilingual("编号重复", "Duplicate key")
    case .idChecksum: Bilingual("身份证号有误", "ID checksum")
    case .workerInactive: Bilingual("人员不在职", "Worker inactive")
    case .beneficiaryInactive: Bilingual("对象未在册", "Beneficiary inactive")
    case .stationMismatch: Bilingual("站点不一致", "Station mismatch")
    case .workerOverlap: Bilingual("服务时间重叠", "Worker overlap")
    case .workerDayOverLimit: Bilingual("日工时超限", "Day over limit")
    case .possibleDuplicate: Bilingual("疑似重复", "Possible duplicate")
    case .attendanceExceedsParticipants: Bilingual("签到超员", "Sign-ins exceed participants")
    case .categoryAgeMismatch: Bilingual("类别与年龄不符", "Category and age mismatch")
    case .idDuplicate: Bilingual("身份证号重复", "Duplicate ID number")
    }
  }
}
