import ShegongValidation

/// What the history of services up to one day says about each beneficiary: last contact and case state.
///
/// Built from every accepted service dated on or before the day, whatever its period
/// (SPEC §5: history before P counts in `cases_open_at_end` and in last contact).
struct EndState {
  /// Marks "no such service" in `lastContact` and `caseDate`.
  static let none = Day.min

  /// The day the state is taken on.
  let day: Day
  /// Per beneficiary: the latest date ≤ day of a service of a contact type, by anyone; `none` when there is none.
  var lastContact: [Day]
  /// Per beneficiary: the date of the latest `case_work` service ≤ day; `none` when there is none.
  var caseDate: [Day]
  /// Per beneficiary: the stage of that latest case-work service (the highest stage on that date).
  var caseStage: [CaseStage]
  /// `cases_open_at_end`: beneficiaries whose latest case-work service is at stage new or follow.
  var casesOpen = 0

  init(on day: Day, inputs: ValidatedInputs) {
    self.day = day
    let services = inputs.services
    let count = inputs.beneficiaries.count
    let contactMask = inputs.policy.contactServiceTypes
    lastContact = [Day](repeating: EndState.none, count: count)
    caseDate = [Day](repeating: EndState.none, count: count)
    caseStage = [CaseStage](repeating: .new, count: count)
    for row in 0..<services.count {
      let date = services.date[row]
      guard date <= day else { continue }
      let type = services.type[row]
      let person = Int(services.beneficiary[row])
      if contactMask & type.bit != 0, date > lastContact[person] { lastContact[person] = date }
      if type == .caseWork {
        // Latest by date, then stage new < follow < close; ties in both leave the same stage,
        // so the record_id order of SPEC §5 cannot change the outcome.
        let stage = services.stage[row] ?? .follow
        if date > caseDate[person] || (date == caseDate[person] && stage > caseStage[person]) {
          caseDate[person] = date
          caseStage[person] = stage
        }
      }
    }
    for person in 0..<count where caseDate[person] != EndState.none && caseStage[person] != .close {
      casesOpen += 1
    }
  }
}
