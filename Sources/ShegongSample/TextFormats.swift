/// How a date is spelled in a cell; SPEC §3 accepts all of these.
enum DateStyle: CaseIterable {
  /// `2026-07-05`
  case iso
  /// `2026/7/5`
  case slash
  /// `2026.7.5`
  case dot
  /// `20260705`
  case compact
  /// `2026年7月5日`
  case chinese
  /// `46208`, an Excel serial day number
  case excel
}

/// How a duration is spelled in a cell; SPEC §3 accepts all of these.
enum DurationStyle: CaseIterable {
  /// `1.5` (hours)
  case hours
  /// `1.5h`
  case hoursH
  /// `1.5小时`
  case hoursChinese
  /// `90min`
  case minutes
  /// `90分钟`
  case minutesChinese
  /// `1小时30分`
  case hoursAndMinutes
  /// `1:30`
  case colon
}

extension ByteSink {
  /// Appends the date of day number `day` in `style`.
  func date(_ day: Int, _ style: DateStyle) {
    if style == .excel {
      number(CivilDay.excelSerial(day))
      return
    }
    let parts = CivilDay.components(day)
    number(parts.year, width: 4)
    switch style {
    case .iso:
      byte(0x2D)
      number(parts.month, width: 2)
      byte(0x2D)
      number(parts.day, width: 2)
    case .slash, .dot:
      let separator: UInt8 = style == .slash ? 0x2F : 0x2E
      byte(separator)
      number(parts.month)
      byte(separator)
      number(parts.day)
    case .compact:
      number(parts.month, width: 2)
      number(parts.day, width: 2)
    case .chinese, .excel:
      append("年")
      number(parts.month)
      append("月")
      number(parts.day)
      append("日")
    }
  }

  /// Appends a time of day, `HH:MM` (or `HH:MM:00` with `seconds`).
  func time(_ minuteOfDay: Int, seconds: Bool = false) {
    number(minuteOfDay / 60, width: 2)
    byte(0x3A)
    number(minuteOfDay % 60, width: 2)
    if seconds { append(":00") }
  }

  /// Appends a positive duration of `minutes` in `style`. Hours with a fraction are written
  /// only for quarter hours, so that every spelling reads back to the same whole minutes.
  func duration(_ minutes: Int, _ style: DurationStyle) {
    let hours = minutes / 60
    let rest = minutes % 60
    let decimalStyle = style == .hours || style == .hoursH || style == .hoursChinese
    if decimalStyle && rest % 15 != 0 {
      number(minutes)
      append("分钟")
      return
    }
    switch style {
    case .hours, .hoursH, .hoursChinese:
      number(hours)
      switch rest {
      case 15: append(".25")
      case 30: append(".5")
      case 45: append(".75")
      default: break
      }
      if style == .hoursH { byte(minutes % 7 == 0 ? 0x48 : 0x68) }
      if style == .hoursChinese { append("小时") }
    case .minutes:
      number(minutes)
      append(minutes % 11 == 0 ? "MIN" : "min")
    case .minutesChinese:
      number(minutes)
      append("分钟")
    case .hoursAndMinutes:
      if hours == 0 {
        number(minutes)
        append("分钟")
      } else {
        number(hours)
        append("小时")
        if rest > 0 {
          number(rest)
          append("分")
        }
      }
    case .colon:
      number(hours)
      byte(0x3A)
      number(rest, width: 2)
    }
  }
}
