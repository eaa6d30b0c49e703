import ShegongValidation

/// One row of the callback sample (抽查回访名单, SPEC §11): a beneficiary served in the period,
/// drawn for a confirmation call, with what the records say happened.
public struct CallbackRow: Sendable, Equatable {
  /// `beneficiary_id`.
  public var beneficiaryId: String
  /// `name`: masked (`张*倩`) unless the sample was drawn unmasked.
  public var name: String
  /// `station_id`: the beneficiary's station.
  public var stationId: String
  /// The name of the beneficiary's station.
  public var stationName: String
  /// `services`: the accepted service records of the beneficiary in the period.
  public var services: Int
  /// `last_service`: the date of the latest of them.
  public var lastService: Day
  /// `service_types`: their types, in the vocabulary's order, each once.
  public var serviceTypes: [ServiceType]
  /// `workers`: the `worker_id`s of the workers who gave them, bytewise, each once.
  public var workers: [String]
}
