/// The codes of SPEC §4.
public enum IssueCode: String, Sendable, CaseIterable, Comparable {
  case malformedRow = "malformed-row"
  case extraCell = "extra-cell"
  case missingCell = "missing-cell"
  case missingValue = "missing-value"
  case typeError = "type-error"
  case constraintError = "constraint-error"
  case futureDate = "future-date"
  case unknownReference = "unknown-reference"
  case duplicateKey = "duplicate-key"
  case idChecksum = "id-checksum"
  case workerInactive = "worker-inactive"
  case beneficiaryInactive = "beneficiary-inactive"
  case stationMismatch = "station-mismatch"
  case workerOverlap = "worker-overlap"
  case workerDayOverLimit = "worker-day-over-limit"
  case possibleDuplicate = "possible-duplicate"
  case attendanceExceedsParticipants = "attendance-exceeds-participants"
  case categoryAgeMismatch = "category-age-mismatch"
  case idDuplicate = "id-duplicate"

  /// `error` for the rejecting codes, `warning` for the others.
  public var severity: Severity {
    switch self {
    case .malformedRow, .extraCell, .missingCell, .missingValue, .typeError, .constraintError, .futureDate,
      .unknownReference, .duplicateKey:
      return .error
    default:
      return .warning
    }
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What a person should do about an issue, in one plain sentence, in Chinese and in English (for
/// the station that wrote the row).
public struct FixAdvice: Sendable, Equatable {
  /// The sentence in Chinese.
  public let chinese: String
  /// The sentence in English.
  public let english: String
}

extension IssueCode {
  /// What to fix for an issue with this code.
  public var fixAdvice: FixAdvice {
    switch self {
    case .malformedRow:
      FixAdvice(
        chinese: "检查本行的引号：含逗号或换行的单元格要整格放在英文双引号里，格内的双引号写成两个（\"\"）。",
        english: "Check the quotes on this row: put a cell that holds a comma or a line break wholly inside "
          + "double quotes, and write each quote inside it twice (\"\").")
    case .extraCell:
      FixAdvice(
        chinese: "删去本行超出表头列数的单元格，或给含逗号的单元格加上双引号，免得它被拆成两格。",
        english: "Delete the cells beyond the header's columns, or put quotes around a cell whose comma "
          + "split it in two.")
    case .missingCell:
      FixAdvice(
        chinese: "补齐本行缺少的单元格，使它与表头列数相同；没有值的格也要留出分隔符。",
        english: "Add the missing cells so that the row has as many as the header; leave an empty cell "
          + "between delimiters where there is no value.")
    case .missingValue:
      FixAdvice(
        chinese: "填写这一必填项；若确实无从填写，请核实这条记录是否应当导出。",
        english: "Fill in this required cell; if there is truly no value, check whether the row belongs "
          + "in the export at all.")
    case .typeError:
      FixAdvice(
        chinese: "把该单元格改成本列要求的格式（日期写作 2026-10-05，时长写作 1.5 或 90分钟，时间写作 09:30，整数不带小数）。",
        english: "Rewrite the cell in the column's format (dates as 2026-10-05, durations as 1.5 or 90分钟, "
          + "times as 09:30, counts as whole numbers).")
    case .constraintError:
      FixAdvice(
        chinese: "把该值改为本列允许的值：代码表里的代码或名称、范围内的数，结束日期不早于开始日期。",
        english: "Change the value to one the column allows: a code or label from its list, a number in "
          + "range, an end date no earlier than the start date.")
    case .futureDate:
      FixAdvice(
        chinese: "核对日期：服务和活动不能晚于统计截止日，多半是年份或月份录错了。",
        english: "Check the date: a service or activity cannot come after the as-of day, so the year or "
          + "month is most likely mistyped.")
    case .unknownReference:
      FixAdvice(
        chinese: "核对编号是否录错；编号无误时，先在相应名册（区划、站点、人员、服务对象或活动）中登记这一条。",
        english: "Check the id for typing errors; if it is right, first add the entry to the register it "
          + "names (areas, stations, workers, beneficiaries or activities).")
    case .duplicateKey:
      FixAdvice(
        chinese: "这个编号前面的行已经用过：重复录入的就删去本行，否则给本行换一个新编号。",
        english: "An earlier row already used this id: delete this row if it was entered twice, otherwise "
          + "give it a new id.")
    case .idChecksum:
      FixAdvice(
        chinese: "对照身份证核对号码，常见错误是数字录错、相邻两位颠倒或末位 X 写错。",
        english: "Check the number against the ID card; a mistyped digit, two digits swapped or a wrong "
          + "final X are the usual causes.")
    case .workerInactive:
      FixAdvice(
        chinese: "核对日期与该工作人员在人员名册中的入职、离职日期，改正录错的一方。",
        english: "Compare the date with the worker's start and end dates in workers.csv, and correct "
          + "whichever is wrong.")
    case .beneficiaryInactive:
      FixAdvice(
        chinese: "核对日期与该服务对象的建档、销档日期，改正录错的一方。",
        english: "Compare the date with the beneficiary's registered and exited dates, and correct "
          + "whichever is wrong.")
    case .stationMismatch:
      FixAdvice(
        chinese: "服务站点应填该工作人员所属的站点；若其已调往别站，请在人员名册中更新所属站点。",
        english: "Give the worker's own station as the service station; if the worker has moved, update "
          + "the station in workers.csv.")
    case .workerOverlap:
      FixAdvice(
        chinese: "核对该工作人员当天各条服务的开始时间和时长，改正时间相互重叠的记录。",
        english: "Check the start times and durations of the worker's services that day, and correct the "
          + "ones that overlap.")
    case .workerDayOverLimit:
      FixAdvice(
        chinese: "核对该工作人员当天各条服务的时长，删去重复录入的记录，改正录错的时长。",
        english: "Check the durations of the worker's services that day: delete records entered twice and "
          + "correct mistyped durations.")
    case .possibleDuplicate:
      FixAdvice(
        chinese: "核对是否把同一次服务录了两遍：是就删去本行，不是就在备注里写明原因。",
        english: "Check whether the same service was entered twice: if so, delete this row; if not, say why "
          + "in the note.")
    case .attendanceExceedsParticipants:
      FixAdvice(
        chinese: "核对活动的参与人次和签到名单，参与人次应不少于签到人数。",
        english: "Compare the activity's participants with its sign-in list; participants must be at least "
          + "the number signed in.")
    case .categoryAgeMismatch:
      FixAdvice(
        chinese: "核对身份证号中的出生日期和对象类别：儿童类别须未满 18 周岁，独居、留守老人须年满 60 周岁，高龄老人须年满 80 周岁，改正录错的一方。",
        english: "Compare the birth date in the ID number with the categories: child categories are under 18, "
          + "elderly living alone and left-behind elderly 60 or over, advanced-age elderly 80 or over; correct "
          + "whichever is wrong.")
    case .idDuplicate:
      FixAdvice(
        chinese: "同一身份证号已登记在前面的服务对象名下：若是同一人在两个站点重复建档，请保留一处；若号码录错，请对照身份证改正。",
        english: "An earlier beneficiary has the same ID number: if one person is registered twice (often at two "
          + "stations), keep one record; if the number is mistyped, correct it from the ID card.")
    }
  }
}
