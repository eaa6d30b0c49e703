extension HeadlineKey {
  /// The counts a ratio is built on (its numerator and denominator, or the counts they are made
  /// of); empty for a count or hours.
  public var ratioParts: [HeadlineKey] {
    switch self {
    case .townshipStationCoverage: [.townshipsWithStation, .townshipsTotal]
    case .villageStationCoverage: [.villagesWithStationOrPoint, .villagesTotal]
    case .reportingRate: [.stationsReporting, .stationsActive, .pointsActive]
    case .certifiedRatio: [.certifiedSocialWorkers, .socialWorkersOnPost]
    case .serviceCoverage: [.registeredServed, .beneficiariesRegistered]
    case .visitOnTimeRate: [.beneficiariesDue, .overdueBeneficiaries]
    default: []
    }
  }

  /// Whether the key counts beneficiaries (registered, served, overdue, in case work) or their
  /// households: the counts that a report circulated outside the bureau hides when they are small
  /// (`--suppress-below`). Counts of staff, places and services are not among them.
  public var countsBeneficiaries: Bool {
    switch self {
    case .beneficiariesRegistered, .householdsRegistered, .beneficiariesServed, .registeredServed, .householdsVisited,
      .casesNew, .casesClosed, .casesOpenAtEnd, .overdueBeneficiaries, .beneficiariesDue:
      true
    default:
      false
    }
  }
}
