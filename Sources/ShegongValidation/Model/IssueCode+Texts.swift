/// Each code's texts in both report languages, in one place: what it means, its rule's short name,
/// and what to fix (SPEC §4, §7).
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

  /// What to fix for an issue with this code.
  public var fixAdvice: Bilingual {
    switch self {
    case .malformedRow:
      Bilingual(
        "检查本行的引号：含逗号或换行的单元格要整格放在英文双引号里，格内的双引号写成两个（\"\"）。",
        "Check the quotes on this row: put a cell that holds a comma or a line break wholly inside "
          + "double quotes, and write each quote inside it twice (\"\").")
    case .extraCell:
      Bilingual(
        "删去本行超出表头列数的单元格，或给含逗号的单元格加上双引号，免得它被拆成两格。",
        "Delete the cells beyond the header's columns, or put quotes around a cell whose comma "
          + "split it in two.")
    case .missingCell:
      Bilingual(
        "补齐本行缺少的单元格，使它与表头列数相同；没有值的格也要留出分隔符。",
        "Add the missing cells so that the row has as many as the header; leave an empty cell "
          + "between delimiters where there is no value.")
    case .missingValue:
      Bilingual(
        "填写这一必填项；若确实无从填写，请核实这条记录是否应当导出。",
        "Fill in this required cell; if there is truly no value, check whether the row belongs "
          + "in the export at all.")
    case .typeError:
      Bilingual(
        "把该单元格改成本列要求的格式（日期写作 2026-10-05，时长写作 1.5 或 90分钟，时间写作 09:30，整数不带小数）。",
        "Rewrite the cell in the column's format (dates as 2026-10-05, durations as 1.5 or 90分钟, "
          + "times as 09:30, counts as whole numbers).")
    case .constraintError:
      Bilingual(
        "把该值改为本列允许的值：代码表里的代码或名称、范围内的数，结束日期不早于开始日期。",
        "Change the value to one the column allows: a code or label from its list, a number in "
          + "range, an end date no earlier than the start date.")
    case .futureDate:
      Bilingual(
        "核对日期：服务和活动不能晚于统计截止日，多半是年份或月份录错了。",
        "Check the date: a service or activity cannot come after the as-of day, so the year or "
          + "month is most likely mistyped.")
    case .unknownReference:
      Bilingual(
        "核对编号是否录错；编号无误时，先在相应名册（区划、站点、人员、服务对象或活动）中登记这一条。",
        "Check the id for typing errors; if it is right, first add the entry to the register it "
          + "names (areas, stations, workers, beneficiaries or activities).")
    case .duplicateKey:
      Bilingual(
        "这个编号前面的行已经用过：重复录入的就删去本行，否则给本行换一个新编号。",
        "An earlier row already used this id: delete this row if it was entered twice, otherwise "
          + "give it a new id.")
    case .idChecksum:
      Bilingual(
        "对照身份证核对号码，常见错误是数字录错、相邻两位颠倒或末位 X 写错。",
        "Check the number against the ID card; a mistyped digit, two digits swapped or a wrong "
          + "final X are the usual causes.")
    case .workerInactive:
      Bilingual(
        "核对日期与该工作人员在人员名册中的入职、离职日期，改正录错的一方。",
        "Compare the date with the worker's start and end dates in workers.csv, and correct "
          + "whichever is wrong.")
    case .beneficiaryInactive:
      Bilingual(
        "核对日期与该服务对象的建档、销档日期，改正录错的一方。",
        "Compare the date with the beneficiary's registered and exited dates, and correct "
          + "whichever is wrong.")
    case .stationMismatch:
      Bilingual(
        "服务站点应填该工作人员所属的站点；若其已调往别站，请在人员名册中更新所属站点。",
        "Give the worker's own station as the service station; if the worker has moved, update "
          + "the station in workers.csv.")
    case .workerOverlap:
      Bilingual(
        "核对该工作人员当天各条服务的开始时间和时长，改正时间相互重叠的记录。",
        "Check the start times and durations of the worker's services that day, and correct the "
          + "ones that overlap.")
    case .workerDayOverLimit:
      Bilingual(
        "核对该工作人员当天各条服务的时长，删去重复录入的记录，改正录错的时长。",
        "Check the durations of the worker's services that day: delete records entered twice and "
          + "correct mistyped durations.")
    case .possibleDuplicate:
      Bilingual(
        "核对是否把同一次服务录了两遍：是就删去本行，不是就在备注里写明原因。",
        "Check whether the same service was entered twice: if so, delete this row; if not, say why "
          + "in the note.")
    case .attendanceExceedsParticipants:
      Bilingual(
        "核对活动的参与人次和签到名单，参与人次应不少于签到人数。",
        "Compare the activity's participants with its sign-in list; participants must be at least "
          + "the number signed in.")
    case .categoryAgeMismatch:
      Bilingual(
        "核对身份证号中的出生日期和对象类别：儿童类别须未满 18 周岁，独居、留守老人须年满 60 周岁，高龄老人须年满 80 周岁，改正录错的一方。",
        "Compare the birth date in the ID number with the categories: child categories are under 18, "
          + "elderly living alone and left-behind elderly 60 or over, advanced-age elderly 80 or over; correct "
          + "whichever is wrong.")
    case .idDuplicate:
      Bilingual(
        "同一身份证号已登记在前面的服务对象名下：若是同一人在两个站点重复建档，请保留一处；若号码录错，请对照身份证改正。",
        "An earlier beneficiary has the same ID number: if one person is registered twice (often at two "
          + "stations), keep one record; if the number is mistyped, correct it from the ID card.")
    }
  }
}
