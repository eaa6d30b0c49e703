/// The sizes behind each `SampleOptions.Scale` (SPEC §8), and the derived totals for a run.
struct ScalePlan {
  /// Townships in the whole region.
  let townships: Int
  /// Townships per county (the province is cut into counties of this size).
  let townshipsPerCounty: ClosedRange<Int>
  /// Villages and communities per township.
  let villagesPerTownship: ClosedRange<Int>
  /// The share of villages that host a service point.
  let pointShare: Double
  /// The share of townships that have a social-work station.
  let stationShare: Double
  /// Social workers employed at each station.
  let socialWorkersPerStation: ClosedRange<Int>
  /// Volunteers registered at each station.
  let volunteersPerStation: ClosedRange<Int>
  /// The share of service points that have a volunteer of their own.
  let pointVolunteerShare: Double
  /// Registered beneficiaries (before planted extra rows).
  let beneficiaries: Int
  /// Services per month when `--services` is not given.
  let servicesPerMonth: Int
  /// Activities per station and month, on average.
  let activitiesPerStationMonth: Int
  /// Whether services go into `services/<month>.csv` (else one `services.csv`).
  let servicesFolder: Bool

  /// The plan of a scale.
  init(scale: SampleOptions.Scale) {
    switch scale {
    case .tiny:
      townships = 3
      townshipsPerCounty = 3...3
      villagesPerTownship = 4...4
      pointShare = 0.34
      stationShare = 1
      socialWorkersPerStation = 3...4
      volunteersPerStation = 1...2
      pointVolunteerShare = 0.5
      beneficiaries = 150
      servicesPerMonth = 100
      activitiesPerStationMonth = 3
      servicesFolder = false
    case .county:
      townships = 13
      townshipsPerCounty = 13...13
      villagesPerTownship = 11...19
      pointShare = 0.25
      stationShare = 0.93
      socialWorkersPerStation = 4...7
      volunteersPerStation = 2...5
      pointVolunteerShare = 0.6
      beneficiaries = 25_000
      servicesPerMonth = 30_000
      activitiesPerStationMonth = 5
      servicesFolder = true
    case .province:
      townships = 1_600
      townshipsPerCounty = 9...16
      villagesPerTownship = 10...20
      pointShare = 0.2
      stationShare = 0.95
      socialWorkersPerStation = 5...8
      volunteersPerStation = 3...6
      pointVolunteerShare = 0.6
      beneficiaries = 3_000_000
      servicesPerMonth = 2_000_000
      activitiesPerStationMonth = 4
      servicesFolder = true
    }
  }

  /// How many social workers and volunteers to multiply the plan's staff by, so that `services`
  /// a month stay within about nine services per worker and working day (every worker-day
  /// must stay under the daily hour limit without crowding).
  func staffFactor(servicesPerMonth demand: Int) -> Double {
    let stations = Double(townships) * stationShare
    let perStation =
      Double(socialWorkersPerStation.lowerBound + socialWorkersPerStation.upperBound) / 2
      + 0.6 * Double(volunteersPerStation.lowerBound + volunteersPerStation.upperBound) / 2
    let villages = Double(townships) * Double(villagesPerTownship.lowerBound + villagesPerTownship.upperBound) / 2
    let effectiveWorkers = stations * perStation + villages * pointShare * pointVolunteerShare * 0.6
    let capacity = effectiveWorkers * 24 * 9
    return max(1, Double(demand) / max(capacity, 1))
  }
}
