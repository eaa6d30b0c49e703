import ShegongAggregation
import ShegongValidation

extension MetricsJSON {
  /// The members of a `by_station` row.
  static func writeStation(_ row: StationRow, to json: inout JSONWriter) {
    json.field("station_id", row.stationId)
    json.field("name", row.name)
    json.field("type", row.type.code)
    json.field("area_code", row.areaCode)
    json.field("township", row.townshipCode)
    json.field("township_name", row.townshipName)
    json.field("active", row.active)
    json.field("posts_planned", row.postsPlanned)
    json.field("social_workers_on_post", row.socialWorkersOnPost)
    json.field("vacancies", row.vacancies)
    json.field("beneficiaries_registered", row.beneficiariesRegistered)
    json.field("registered_served", row.registeredServed)
    json.field("service_coverage", ratio: row.serviceCoverage)
    json.field("households_visited", row.householdsVisited)
    json.field("service_records", row.serviceRecords)
    json.field("activities", row.activities)
    json.field("activity_participants", row.activityParticipants)
    json.field("person_times", row.personTimes)
    json.field("social_worker_hours", minutes: row.socialWorkerMinutes)
    json.field("volunteer_hours", minutes: row.volunteerMinutes)
    json.field("reporting", row.reporting)
    json.field("overdue_beneficiaries", row.overdueBeneficiaries)
  }

  /// The members of a `by_township` row.
  static func writeTownship(_ row: TownshipRow, to json: inout JSONWriter) {
    json.field("area_code", row.areaCode)
    json.field("name", row.name)
    json.field("has_station", row.hasStation)
    json.field("villages_total", row.villagesTotal)
    json.field("villages_with_station_or_point", row.villagesWithStationOrPoint)
    json.field("beneficiaries_registered", row.beneficiariesRegistered)
    json.field("registered_served", row.registeredServed)
    json.field("service_coverage", ratio: row.serviceCoverage)
    json.field("households_visited", row.householdsVisited)
    json.field("service_records", row.serviceRecords)
    json.field("overdue_beneficiaries", row.overdueBeneficiaries)
  }

  /// The members of a `by_category` row.
  static func writeCategory(_ row: CategoryRow, to json: inout JSONWriter) {
    json.field("category", row.code)
    json.field("label", row.label)
    json.field("group", row.isGroup)
    json.field("beneficiaries_registered", row.beneficiariesRegistered)
    json.field("registered_served", row.registeredServed)
    json.field("service_coverage", ratio: row.serviceCoverage)
    json.field("service_records", row.serviceRecords)
    json.field("overdue_beneficiaries", row.overdueBeneficiaries)
  }

  /// The members of a `by_disability` row.
  static func writeDisability(_ row: DisabilityRow, to json: inout JSONWriter) {
    json.field("type", row.code)
    json.field("label", row.label)
    json.field("beneficiaries_registered", row.beneficiariesRegistered)
    json.field("registered_served", row.registeredServed)
  }

  /// The members of a `by_service_type` row.
  static func writeServiceType(_ row: ServiceTypeRow, to json: inout JSONWriter) {
    json.field("service_type", row.serviceType.code)
    json.field("label", row.serviceType.label)
    json.field("records", row.records)
    json.field("hours", minutes: row.minutes)
    json.field("beneficiaries", row.beneficiaries)
  }

  /// The members of a `by_activity_group` row.
  static func writeActivityGroup(_ row: ActivityGroupRow, to json: inout JSONWriter) {
    json.field("target_group", row.targetGroup.code)
    json.field("label", row.targetGroup.label)
    json.field("activities", row.activities)
    json.field("activity_participants", row.activityParticipants)
    json.field("beneficiaries", row.beneficiaries)
  }

  /// The members of a `by_worker` row.
  static func writeWorker(_ row: WorkerRow, to json: inout JSONWriter) {
    json.field("worker_id", row.workerId)
    json.field("name", row.name)
    json.field("role", row.role.code)
    json.field("station_id", row.stationId)
    json.field("service_records", row.serviceRecords)
    json.field("home_visit_records", row.homeVisitRecords)
    json.field("activities_led", row.activitiesLed)
    json.field("service_hours", minutes: row.serviceMinutes)
    json.field("activity_hours", minutes: row.activityMinutes)
    json.field("total_hours", minutes: row.totalMinutes)
    json.field("pay", row.pay)
    json.field("warnings", row.warnings)
  }

  /// The members of a `trend` row.
  static func writeTrend(_ row: TrendRow, to json: inout JSONWriter) {
    json.field("month", row.month.label)
    json.field("service_records", row.serviceRecords)
    json.field("households_visited", row.householdsVisited)
    json.field("home_visit_records", row.homeVisitRecords)
    json.field("activities", row.activities)
    json.field("activity_participants", row.activityParticipants)
    json.field("person_times", row.personTimes)
    json.field("beneficiaries_served", row.beneficiariesServed)
    json.field("social_worker_hours", minutes: row.socialWorkerMinutes)
    json.field("volunteer_hours", minutes: row.volunteerMinutes)
  }

  /// The members of an `overdue` row.
  static func writeOverdue(_ row: OverdueRow, to json: inout JSONWriter) {
    json.field("beneficiary_id", row.beneficiaryId)
    json.field("name", row.name)
    json.field("station_id", row.stationId)
    json.field("area_code", row.areaCode)
    json.key("categories")
    json.beginArray(inline: true)
    for category in row.categories { json.string(category.code) }
    json.endArray()
    json.field("interval_days", row.intervalDays)
    json.field("last_contact", date: row.lastContact)
    json.field("days_since", row.daysSince)
  }

  /// The members of a `non_reporting_stations` row.
  static func writeNonReporting(_ row: NonReportingStationRow, to json: inout JSONWriter) {
    json.field("station_id", row.stationId)
    json.field("name", row.name)
    json.field("type", row.type.code)
    json.field("township", row.townshipCode)
  }
}
