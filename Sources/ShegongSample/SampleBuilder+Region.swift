import ShegongValidation

/// Building the region: townships and villages, stations and points, workers.
extension SampleBuilder {
  /// Builds areas, stations and workers (no file is written yet).
  func buildRegion() {
    var random = randomSource(1)
    buildAreas(&random)
    buildStations(&random)
    buildWorkers(&random)
  }

  /// A random day in `low...high`; `low` when the range is empty.
  func day(_ random: inout RandomSource, _ low: Int, _ high: Int) -> Int {
    high <= low ? low : random.int(low, high)
  }

  private func buildAreas(_ random: inout RandomSource) {
    var countyIndex = 0
    while townships.count < plan.townships {
      let county =
        plan.townships <= 20
        ? 371_326 : 370_000 + (countyIndex / 8 + 1) * 100 + 21 + countyIndex % 8
      let size = min(plan.townships - townships.count, random.int(plan.townshipsPerCounty))
      let streets = size >= 10 ? 3 : (size >= 5 ? 2 : (size >= 3 ? 1 : 0))
      let xiangs = size >= 6 ? size / 4 : 0
      var usedNames = Set<[UInt8]>()
      for position in 0..<size {
        let kind: ChineseNames.TownshipKind
        let number: Int
        if position < streets {
          kind = .street
          number = position + 1
        } else if position >= size - xiangs {
          kind = .xiang
          number = 200 + position - (size - xiangs) + 1
        } else {
          kind = .town
          number = 100 + position - streets + 1
        }
        let name = unique(&usedNames) { ChineseNames.township(kind: kind, random: &random) }
        let code = county * 1_000_000 + number * 1000
        let villageCount = random.int(plan.villagesPerTownship)
        let communities: Int
        switch kind {
        case .street: communities = villageCount
        case .town: communities = min(villageCount, random.int(1, 2))
        case .xiang: communities = 0
        }
        let first = villages.count
        var villageNames = Set<[UInt8]>()
        for index in 0..<villageCount {
          let community = index < communities
          let villageNumber = community ? index + 1 : 200 + index - communities + 1
          let villageName = unique(&villageNames) { ChineseNames.village(community: community, random: &random) }
          villages.append(Village(code: code + villageNumber, township: townships.count, name: villageName))
        }
        townships.append(
          Township(code: code, county: county, name: name, villages: first..<villages.count, station: nil))
      }
      countyIndex += 1
    }
  }

  /// A name from `make` that is not in `used` yet (after a few tries, any name).
  private func unique(_ used: inout Set<[UInt8]>, _ make: () -> [UInt8]) -> [UInt8] {
    var name = make()
    var tries = 0
    while used.contains(name), tries < 30 {
      name = make()
      tries += 1
    }
    used.insert(name)
    return name
  }

  private func buildStations(_ random: inout RandomSource) {
    let longAgo = CivilDay.number(year: 2019, month: 3, day: 1)
    let periodLength = lastDay - firstDay
    for index in townships.indices {
      if index == 0 || random.chance(plan.stationShare) {
        townships[index].station = stations.count
        stations.append(
          Station(
            number: stations.count + 1, type: .station, township: index, village: nil,
            name: townships[index].name + Array("社会工作服务站".utf8),
            opened: day(&random, min(longAgo, firstDay - 400), firstDay - 90), closed: nil,
            posts: random.int(3, options.scale == .tiny ? 5 : 8)))
      }
      for village in townships[index].villages where random.chance(plan.pointShare) {
        let roll = random.below(100)
        var opened = day(&random, min(longAgo + 300, firstDay - 200), firstDay - 30)
        var closed: Int?
        if roll < 6 && periodLength > 20 {
          opened = day(&random, firstDay + 5, lastDay - 10)
        } else if roll < 11 {
          opened = day(&random, firstDay - 1500, firstDay - 700)
          closed = day(&random, opened + 200, firstDay - 60)
        }
        if closed == nil, opened < firstDay { villages[village].point = stations.count }
        stations.append(
          Station(
            number: stations.count + 1, type: .point, township: index, village: village,
            name: villages[village].name + Array("社工服务点".utf8), opened: opened, closed: closed,
            posts: random.chance(0.3) ? 1 : 0))
      }
    }
    if !stations.contains(where: { $0.closed != nil }) {
      // Every sample has a point that closed before the period, with a worker who left.
      let opened = firstDay - 1200
      stations.append(
        Station(
          number: stations.count + 1, type: .point, township: 0, village: townships[0].villages.lowerBound,
          name: villages[townships[0].villages.lowerBound].name + Array("社工服务点".utf8), opened: opened,
          closed: firstDay - 300, posts: 0))
    }
    for index in townships.indices {
      townships[index].hub = nearestStation(to: index)
    }
    openStations = stations.indices.filter { stations[$0].closed == nil && stations[$0].opened < firstDay }
  }

  /// The station of the township nearest to `index` (in list order) that has one.
  private func nearestStation(to index: Int) -> Int {
    if let own = townships[index].station { return own }
    for distance in 1..<townships.count {
      if index - distance >= 0, let station = townships[index - distance].station { return station }
      if index + distance < townships.count, let station = townships[index + distance].station { return station }
    }
    return 0
  }

  private func buildWorkers(_ random: inout RandomSource) {
    let busiest = zip(months, monthServices).map { month, count in count * 30 / month.dayCount }.max() ?? 0
    let factor = plan.staffFactor(servicesPerMonth: busiest)
    func scaled(_ count: Int) -> Int { Int((Double(count) * factor).rounded()) }
    let earliest = CivilDay.number(year: 2018, month: 1, day: 1)
    for (index, station) in stations.enumerated() {
      let hub = townships[station.township].hub
      if let closed = station.closed {
        let start = day(&random, station.opened, closed - 120)
        add(.volunteer, station: index, hub: hub, start: start, end: day(&random, start + 60, closed), &random)
        continue
      }
      if station.opened >= firstDay { continue }
      let socialWorkers: Int
      let volunteers: Int
      if station.type == .station {
        socialWorkers = scaled(random.int(plan.socialWorkersPerStation))
        volunteers = scaled(random.int(plan.volunteersPerStation))
      } else {
        socialWorkers = 0
        volunteers = random.chance(plan.pointVolunteerShare) ? max(1, scaled(1)) : 0
      }
      for position in 0..<(socialWorkers + volunteers) {
        let role: WorkerRole = position < socialWorkers ? .socialWorker : .volunteer
        var start = day(&random, max(station.opened, earliest), firstDay - 1)
        var end: Int?
        let roll = random.below(100)
        if roll < 6, start < firstDay - 90 {
          end = day(&random, start + 60, firstDay)
        } else if roll < 9, lastDay - firstDay > 20 {
          end = day(&random, firstDay + 7, lastDay)
        } else if roll < 13, lastDay - firstDay > 20 {
          start = day(&random, firstDay + 1, lastDay - 10)
        }
        add(role, station: index, hub: hub, start: start, end: end, &random)
      }
    }
    workersLeftEarly = workers.indices.filter { workers[$0].end.map { $0 <= firstDay } ?? false }
  }

  private func add(
    _ role: WorkerRole, station: Int, hub: Int, start: Int, end: Int?, _ random: inout RandomSource
  ) {
    let social = role == .socialWorker
    workers.append(
      Worker(
        number: workers.count + 1, role: role, station: station, hub: hub,
        certified: random.chance(social ? 0.45 : 0.03), male: random.chance(social ? 0.3 : 0.45),
        start: start, end: end, weight: social ? 100 : 60))
  }
}

extension RandomSource {
  /// A uniformly distributed integer in `range`.
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    int(range.lowerBound, range.upperBound)
  }
}
