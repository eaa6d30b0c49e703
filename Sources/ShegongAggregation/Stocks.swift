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
  /// The headline figures that are stocks, but for the register's (see `registeredCount`); flows are left at 0.
  var headline = Headline()
  /// `beneficiaries_registered`.
  var registeredCount = 0
  /// `stations_active` + `points_active`.
  var activeStationsAndPoints = 0
  /// `social_workers_on_post`.
  var socialWorkersOnPostTotal = 0

  init(on day: Day, inputs: ValidatedInputs) {
    self.day = day
    let areas = inputs.areas
    let stations = inputs.stations
    let workers = inputs.workers
    let beneficiaries = inputs.beneficiaries

    stationActive = (0..<stations.count).map {
      isActive(on: day, from: stations.openedOn[$0], until: stations.closedOn[$0])
    }
    var stationsActive = 0
    var pointsActive = 0
    var postsPlanned = 0
    townshipHasStation = [Bool](repeating: false, count: areas.count)
    villageHostsStation = [Bool](repeating: false, count: areas.count)
    for station in 0..<stations.count where stationActive[station] {
      let area = Int(stations.area[station])
      if stations.type[station] == .station {
        stationsActive += 1
        townshipHasStation[Int(areas.township[area])] = true
      } else {
        pointsActive += 1
      }
      if areas.level[area] == .village { villageHostsStation[area] = true }
      postsPlanned += Int(stations.postsPlanned[station])
    }
    var townships = 0
    var townshipsWithStation = 0
    var villages = VillageCounts()
    for area in 0..<areas.count {
      if areas.level[area] == .township {
        townships += 1
        if townshipHasStation[area] { townshipsWithStation += 1 }
      } else {
        villages.addVillage(hostsStation: villageHostsStation[area])
      }
    }

    var onPost = 0
    var certified = 0
    var volunteers = 0
    socialWorkersOnPost = [Int32](repeating: 0, count: stations.count)
    for worker in 0..<workers.count
    where isActive(on: day, from: workers.startDate[worker], until: workers.endDate[worker]) {
      switch workers.role[worker] {
      case .socialWorker:
        onPost += 1
        socialWorkersOnPost[Int(workers.station[worker])] += 1
        if workers.certified[worker] { certified += 1 }
      case .volunteer:
        volunteers += 1
      }
    }
    var vacancies = 0
    for station in 0..<stations.count {
      vacancies += Stocks.vacancies(
        active: stationActive[station], postsPlanned: Int(stations.postsPlanned[station]),
        onPost: Int(socialWorkersOnPost[station]))
    }

    registered = [Bool](repeating: false, count: beneficiaries.count)
    var registeredTotal = 0
    var households = 0
    var householdSeen = [Bool](repeating: false, count: beneficiaries.householdCount)
    for person in 0..<beneficiaries.count
    where isActive(on: day, from: beneficiaries.registeredOn[person], until: beneficiaries.exitedOn[person]) {
      registered[person] = true
      registeredTotal += 1
      let household = Int(beneficiaries.household[person])
      if !householdSeen[household] {
        householdSeen[household] = true
        households += 1
      }
    }

    headline[.townshipsTotal] = .count(townships)
    headline[.townshipsWithStation] = .count(townshipsWithStation)
    headline[.townshipStationCoverage] = .ratio(ratio(townshipsWithStation, townships))
    headline.take { villages[$0] }
    headline[.stationsActive] = .count(stationsActive)
    headline[.pointsActive] = .count(pointsActive)
    headline[.postsPlanned] = .count(postsPlanned)
    headline[.socialWorkersOnPost] = .count(onPost)
    headline[.vacancies] = .count(vacancies)
    headline[.certifiedSocialWorkers] = .count(certified)
    headline[.certifiedRatio] = .ratio(ratio(certified, onPost))
    headline[.volunteersRegistered] = .count(volunteers)
    registeredCount = registeredTotal
    headline[.householdsRegistered] = .count(households)
    activeStationsAndPoints = stationsActive + pointsActive
    socialWorkersOnPostTotal = onPost
  }

  /// `vacancies` of one station: max(0, posts planned − its social workers on post) when it is
  /// active, else 0.
  static func vacancies(active: Bool, postsPlanned: Int, onPost: Int) -> Int {
    active ? max(0, postsPlanned - onPost) : 0
  }
}
