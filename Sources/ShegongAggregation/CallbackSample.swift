import ShegongIngest
import ShegongValidation

/// The callback sample (SPEC §11): `count` of the beneficiaries with at least one accepted service
/// in the period, drawn so that anyone can repeat the draw and no one is favoured.
///
/// The candidates are ordered by the SHA-256 of the UTF-8 text `<period label>/<beneficiary_id>`
/// (its hex ascending, which is its bytes ascending) and the first `count` are taken; the rows are
/// then sorted by `beneficiary_id` bytewise.
public enum CallbackSample {
  /// The drawn rows, names masked unless `unmasked`.
  public static func rows(
    count: Int, period: Period, from inputs: ValidatedInputs, unmasked: Bool = false
  ) -> [CallbackRow] {
    let services = inputs.services
    let beneficiaries = inputs.beneficiaries
    let (start, end) = (period.start, period.end)
    // Who was served in the period.
    var served = [Bool](repeating: false, count: beneficiaries.count)
    for service in 0..<services.count where (start...end).contains(services.date[service]) {
      served[Int(services.beneficiary[service])] = true
    }
    // Every candidate's digest; the first `count` by digest (a beneficiary_id is unique, so two
    // equal digests would need two equal texts).
    var drawn: [(digest: [UInt8], person: Int)] = []
    for person in served.indices where served[person] {
      drawn.append((SHA256.digest(of: Array((period.label + "/" + beneficiaries.id[person]).utf8)), person))
    }
    drawn.sort { $0.digest.lexicographicallyPrecedes($1.digest) }
    let chosen = drawn.prefix(max(0, count)).map(\.person)
    // What the records say about the drawn, in one more pass over the services.
    var slot = [Int32](repeating: -1, count: beneficiaries.count)
    for (index, person) in chosen.enumerated() { slot[person] = Int32(index) }
    var records = [Int](repeating: 0, count: chosen.count)
    var last = [Day](repeating: start, count: chosen.count)
    var types = [UInt16](repeating: 0, count: chosen.count)
    var workers = [Set<Int32>](repeating: [], count: chosen.count)
    for service in 0..<services.count where (start...end).contains(services.date[service]) {
      let index = Int(slot[Int(services.beneficiary[service])])
      guard index >= 0 else { continue }
      records[index] += 1
      last[index] = max(last[index], services.date[service])
      types[index] |= 1 << UInt16(services.type[service].rawValue)
      workers[index].insert(services.worker[service])
    }
    var rows: [CallbackRow] = []
    rows.reserveCapacity(chosen.count)
    for (index, person) in chosen.enumerated() {
      let station = Int(beneficiaries.station[person])
      rows.append(
        CallbackRow(
          beneficiaryId: beneficiaries.id[person],
          name: unmasked ? beneficiaries.name[person] : Masking.name(beneficiaries.name[person]),
          stationId: inputs.stations.id[station], stationName: inputs.stations.name[station],
          services: records[index], lastService: last[index],
          serviceTypes: ServiceType.allCases.filter { types[index] & (1 << UInt16($0.rawValue)) != 0 },
          workers: workers[index].map { inputs.workers.id[Int($0)] }.sorted {
            bytewiseLess($0, $1)
          }))
    }
    return rows.sorted { bytewiseLess($0.beneficiaryId, $1.beneficiaryId) }
  }
}
