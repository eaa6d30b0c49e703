extension HeadlineKey {
  /// The English name and definition.
  var english: (name: String, definition: String) {
    switch self {
    case .townshipsTotal:
      ("Townships", "Areas of level township (乡镇/街道).")
    case .townshipsWithStation:
      ("Townships with a station", "Townships with at least one station of type station open at the period's end.")
    case .townshipStationCoverage:
      ("Township station coverage", "Townships with a station divided by all townships.")
    case .villagesTotal:
      ("Villages", "Areas of level village (村/社区).")
    case .villagesWithStationOrPoint:
      ("Villages with a station or point", "Villages whose own area hosts a station or point open at the period's end.")
    case .villageStationCoverage:
      ("Village station coverage", "Villages with a station or point divided by all villages.")
    case .villagesReached:
      ("Villages reached", "Villages where at least one beneficiary served in the period lives.")
    case .stationsActive:
      ("Active stations", "Stations of type station open at the period's end.")
    case .pointsActive:
      ("Active service points", "Stations of type point open at the period's end.")
    case .stationsReporting:
      ("Reporting stations", "Active stations and points with at least one service or activity in the period.")
    case .reportingRate:
      ("Reporting rate", "Reporting stations divided by active stations plus active service points.")
    case .postsPlanned:
      ("Planned posts", "Sum of planned posts over active stations and points.")
    case .socialWorkersOnPost:
      ("Social workers on post", "Workers with role social worker employed at the period's end.")
    case .vacancies:
      (
        "Vacancies",
        "Sum over active stations and points of planned posts minus their social workers on post, at least 0."
      )
    case .certifiedSocialWorkers:
      ("Certified social workers", "Social workers on post who hold a certificate.")
    case .certifiedRatio:
      ("Certified ratio", "Certified social workers divided by social workers on post.")
    case .volunteersRegistered:
      ("Registered volunteers", "Workers with role volunteer active at the period's end.")
    case .beneficiariesRegistered:
      ("Registered beneficiaries", "Beneficiaries registered (and not exited) at the period's end.")
    case .householdsRegistered:
      ("Registered households", "Distinct households of the registered beneficiaries.")
    case .beneficiariesServed:
      ("Beneficiaries served", "Distinct beneficiaries with a service, or an attendance at an activity, in the period.")
    case .registeredServed:
      ("Registered and served", "Registered beneficiaries who were served in the period.")
    case .serviceCoverage:
      ("Service coverage", "Registered and served divided by registered beneficiaries.")
    case .householdsVisited:
      ("Households visited", "Distinct households of beneficiaries with a home visit in the period.")
    case .householdVisits:
      ("Household visits", "Distinct pairs of household and date among the period's home visits.")
    case .homeVisitRecords:
      ("Home visit records", "Services of type home visit in the period.")
    case .serviceRecords:
      ("Service records", "Services in the period; each record is one person-time.")
    case .activities:
      ("Activities", "Group sessions, community activities, trainings and outreach events in the period.")
    case .groupSessions:
      ("Group sessions", "Activities of kind group in the period.")
    case .communityActivities:
      ("Community activities", "Activities of kind community in the period.")
    case .trainings:
      ("Trainings", "Activities of kind training in the period.")
    case .outreachEvents:
      ("Outreach events", "Activities of kind outreach in the period.")
    case .activityParticipants:
      ("Activity participants", "Sum of the participants recorded for the period's activities.")
    case .personTimes:
      ("Person-times reached", "Service records plus activity participants.")
    case .casesNew:
      ("New cases", "Distinct beneficiaries with a case-work service at stage new in the period.")
    case .casesClosed:
      ("Closed cases", "Distinct beneficiaries with a case-work service at stage close in the period.")
    case .casesOpenAtEnd:
      (
        "Open cases at end",
        "Beneficiaries whose latest case-work service up to the period's end is at stage new or follow."
      )
    case .serviceHours:
      ("Social workers' service hours", "Durations of the period's services given by social workers.")
    case .activityHours:
      ("Social workers' activity hours", "Durations of the period's activities led by a social worker.")
    case .socialWorkerHours:
      ("Social worker hours", "Social workers' service hours plus their activity hours.")
    case .volunteerHours:
      ("Volunteer hours", "Durations of services given by volunteers plus the volunteer hours of activities.")
    case .hoursPerSocialWorker:
      ("Hours per social worker", "Social worker hours divided by social workers on post.")
    case .overdueBeneficiaries:
      (
        "Overdue beneficiaries",
        "Registered beneficiaries whose last contact (or registration, if never contacted) is longer ago "
          + "than their visit interval."
      )
    case .beneficiariesDue:
      ("Beneficiaries due visits", "Registered beneficiaries with a visit interval (from any of their categories).")
    case .visitOnTimeRate:
      (
        "Visit on-time rate",
        "Beneficiaries due visits who are not overdue, divided by beneficiaries due visits; the national target "
          + "for special-hardship elderly is 100%."
      )
    }
  }
}
