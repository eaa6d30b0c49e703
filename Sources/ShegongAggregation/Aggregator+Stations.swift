import ShegongIngest
import ShegongValidation

extension PeriodTables {
  /// `by_station`: every station and point, active or not, by `station_id` bytewise.
  func byStation() -> [StationRow] {
    let stations = inputs.stations
    let areas = inputs.areas
    let register = registerCounts(group: inputs.beneficiaries.station, groupCount: stations.count).register
    var flows = detail.stations
    flows.countHouseholdsVisited(detail.stationHouseholds)
    return stations.id.bytewiseOrder().map { station in
      let area = Int(stations.area[station])
      let township = Int(areas.township[area])
      let active = stocks.stationActive[station]
      let posts = active ? Int(stations.postsPlanned[station]) : 0
      let onPost = Int(stocks.socialWorkersOnPost[station])
      return StationRow(
        stationId: stations.id[station],
        name: stations.name[station],
        type: stations.type[station],
        areaCode: areas.code[area],
        townshipCode: areas.code[township],
        townshipName: areas.name[township],
        active: active,
        postsPlanned: posts,
        socialWorkersOnPost: onPost,
        vacancies: Stocks.vacancies(active: active, postsPlanned: posts, onPost: onPost),
        register: register[station],
        flows: flows[station],
        reporting: active && hasRows(station)
      )
    }
  }

  /// `non_reporting_stations`: active stations and points with no service or activity, by `station_id`.
  func nonReportingStations() -> [NonReportingStationRow] {
    let stations = inputs.stations
    let areas = inputs.areas
    return stations.id.bytewiseOrder().compactMap { station in
      guard stocks.stationActive[station], !hasRows(station) else { return nil }
      let township = Int(areas.township[Int(stations.area[station])])
      return NonReportingStationRow(
        stationId: stations.id[station], name: stations.name[station], type: stations.type[station],
        townshipCode: areas.code[township], townshipName: areas.name[township])
    }
  }

  /// `by_township`: every township by `area_code`, with the figures of the beneficiaries living in it.
  func byTownship() -> [TownshipRow] {
    let areas = inputs.areas
    let township = beneficiaryTownship
    let counts = registerCounts(group: township, groupCount: areas.count)
    var visits = DistinctPairs(groupCount: areas.count, itemCount: lookup.householdCount)
    for person in 0..<township.count where scan.persons[person].has(PersonState.Flag.homeVisited, block: block) {
      visits.add(group: township[person], item: inputs.beneficiaries.household[person])
    }
    var flows = counts.flows
    flows.countHouseholdsVisited(visits)
    var villages = [VillageCounts](repeating: VillageCounts(), count: areas.count)
    for area in 0..<areas.count where areas.level[area] == .village {
      let parent = Int(areas.township[area])
      villages[parent].addVillage(hostsStation: stocks.villageHostsStation[area])
    }
    return areas.code.bytewiseOrder().compactMap { area in
      guard areas.level[area] == .township else { return nil }
      return TownshipRow(
        areaCode: areas.code[area],
        name: areas.name[area],
        hasStation: stocks.townshipHasStation[area],
        villages: villages[area],
        register: counts.register[area],
        flows: flows[area]
      )
    }
  }
}
