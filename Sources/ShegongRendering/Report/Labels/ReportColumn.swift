/// A column of a workbook table; its header follows the report's language.
///
/// Columns that show a headline figure restricted to a row (a station's service records, a
/// township's coverage) are ``headline(_:)`` and reuse the key's name and unit.
public enum ReportColumn: Sendable, Equatable {
  /// A headline figure restricted to the row.
  case headline(HeadlineKey)
  /// `station_id`.
  case stationId
  /// A station's name.
  case stationName
  /// A station's type, station or point.
  case stationType
  /// An `area_code`.
  case areaCode
  /// The code of a township.
  case townshipCode
  /// The name of a township.
  case townshipName
  /// Whether a station is open at the period's end.
  case active
  /// Whether an active station has a service or activity in the period.
  case reporting
  /// Whether a township has an open station of type station.
  case hasStation
  /// A township's villages with a station or point over its villages.
  case villageCoverage
  /// A category's or group's code.
  case categoryCode
  /// A category's or group's name.
  case categoryLabel
  /// Whether a row is a group of categories (一老一少一困).
  case isGroup
  /// A disability type's or ledger colour's code.
  case disabilityCode
  /// A disability type's or ledger colour's name.
  case disabilityLabel
  /// A service type's code.
  case serviceTypeCode
  /// A service type's name.
  case serviceTypeLabel
  /// Services of the type.
  case records
  /// Hours of the services of the type, by anyone.
  case hours
  /// Distinct beneficiaries who received a service of the type.
  case beneficiaries
  /// An activity target group's code.
  case targetGroupCode
  /// An activity target group's name.
  case targetGroupLabel
  /// Distinct beneficiaries signed in at the group's activities.
  case attendees
  /// `worker_id`.
  case workerId
  /// A worker's name.
  case workerName
  /// A worker's role.
  case role
  /// The worker's own station.
  case ownStation
  /// Activities the worker led.
  case activitiesLed
  /// Hours of the worker's own services.
  case workerServiceHours
  /// Hours of the activities the worker led.
  case workerActivityHours
  /// Service hours plus activity hours.
  case totalHours
  /// Pay in 元.
  case pay
  /// Warning issues on the worker's services and led activities.
  case warnings
  /// A calendar month, `YYYY-MM`.
  case month
  /// `beneficiary_id`.
  case beneficiaryId
  /// A beneficiary's name, masked unless the run is unmasked.
  case beneficiaryName
  /// A beneficiary's categories.
  case categories
  /// The visit interval in days.
  case intervalDays
  /// The date of the last contact.
  case lastContact
  /// Days from the last contact to the period's end.
  case daysSince
  /// The file an issue or an accounting row is about.
  case file
  /// The detected encoding of a file.
  case encoding
  /// Data rows read from a file.
  case rowsRead
  /// Rows accepted.
  case accepted
  /// Rows rejected.
  case rejected
  /// The physical line of an issue.
  case line
  /// The column of an issue.
  case column
  /// An issue's severity.
  case severity
  /// An issue's code.
  case issueCode
  /// An issue's message.
  case message
  /// The value an issue is about.
  case value
  /// The number of issues of a code.
  case issueCount
  /// What an issue code means.
  case issueMeaning
  /// A headline figure's name.
  case indicator
  /// A headline key as written in the metrics JSON.
  case jsonKey
  /// A unit.
  case unit
  /// A one-sentence definition.
  case definition

  /// The column's header in `language`.
  public func header(_ language: ReportLanguage) -> String {
    if case .headline(let key) = self {
      return key.title(language)
    }
    switch language {
    case .chinese: return chineseHeader
    case .english: return englishHeader
    }
  }
}
