import ShegongValidation

/// What stands on one day: open stations, workers on post, registered beneficiaries (SPEC §5 stocks).
struct Stocks {
  /// The day the stocks are taken on.
  let day: Day
  /// Per station: open on the day.
  var stationActive: [Bool]
  /// Per station: social workers of the station (their own `station_id`) employed on the day.
  var socialWorkersOnPost: [Int32]
  /// Per area: a township with an open station of type `station` whose township it is.
  var townshipHasStation: [Bool]
  /// Per area: a village whose own area code hosts an open station or point.
  var villageHostsStation: [Bool]
  /// Per beneficiary: registered on the day.
  var registered: [Bool]
  /// The headline figures that are stocks; flows are left at 0.
  var headline = Headline()

  init(on day: Day, inputs: ValidatedInputs) {
    self.day = day
    let areas = inputs.areas
    let stations = inputs.stations
    let workers = inputs.workers
    let beneficiaries = inputs.beneficiaries

    stationActive = (0..<stations.count).map {
      isActive(on: day, from: stations.openedOn[$0], until: stations.closedOn[$0])
    }
    townshipHasStation = [Bool](repeating: false, count: areas.count)
    villageHostsStation = [Bool](repeating: false, count: areas.count)
    for station in 0..<stations.count where stationActive[station] {
      let area = Int(stations.area[station])
      if stations.type[station] == .station {
        headline.stationsActive += 1
        townshipHasStation[Int(areas.township[area])] = true
      } else {
        headline.pointsActive += 1
      }
      if areas.level[area] == .village { villageHostsStation[area] = true }
      headline.postsPlanned += Int(stations.postsPlanned[station])
    }
    for area in 0..<areas.count {
      if areas.level[area] == .township {
        headline.townshipsTotal += 1
        if townshipHasStation[area] { headline.townshipsWithStation += 1 }
      } else {
        headline.villagesTotal += 1
        if villageHostsStation[area] { headline.villagesWithStationOrPoint += 1 }
      }
    }

    socialWorkersOnPost = [Int32](repeating: 0, count: stations.count)
    for worker in 0..<workers.count
    where isActive(on: day, from: workers.startDate[worker], until: workers.endDate[worker]) {
      switch workers.role[worker] {
      case .socialWorker:
        headline.socialWorkersOnPost += 1
        socialWorkersOnPost[Int(workers.station[worker])] += 1
        if workers.certified[worker] { headline.certifiedSocialWorkers += 1 }
      case .volunteer:
        headline.volunteersRegistered += 1
      }
    }
    for station in 0..<stations.count where stationActive[station] {
      headline.vacancies += max(0, Int(stations.postsPlanned[station]) - Int(socialWorkersOnPost[station]))
    }

    registered = [Bool](repeating: false, count: beneficiaries.count)
    var householdSeen = [Bool](repeating: false, count: beneficiaries.householdCount)
    for person in 0..<beneficiaries.count
    where isActive(on: day, from: beneficiaries.registeredOn[person], until: beneficiaries.exitedOn[person]) {
      registered[person] = true
      headline.beneficiariesRegistered += 1
      let household = Int(beneficiaries.household[person])
      if !householdSeen[household] {
        householdSeen[household] = true
        headline.householdsRegistered += 1
      }
    }

    headline.townshipStationCoverage = ratio(headline.townshipsWithStation, headline.townshipsTotal)
    headline.villageStationCoverage = ratio(headline.villagesWithStationOrPoint, headline.villagesTotal)
    headline.certifiedRatio = ratio(headline.certifiedSocialWorkers, headline.socialWorkersOnPost)
  }
}
