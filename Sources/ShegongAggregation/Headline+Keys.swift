extension Headline {
  /// The headline keys of SPEC §5, in the order of its table, as JSON writes them.
  public static let keys: [String] = Headline().keyedValues.map(\.key)

  /// Every headline figure with its JSON key, in the order of SPEC §5's table.
  public var keyedValues: [(key: String, value: FigureValue)] {
    [
      ("townships_total", .count(townshipsTotal)),
      ("townships_with_station", .count(townshipsWithStation)),
      ("township_station_coverage", .ratio(townshipStationCoverage)),
      ("villages_total", .count(villagesTotal)),
      ("villages_with_station_or_point", .count(villagesWithStationOrPoint)),
      ("village_station_coverage", .ratio(villageStationCoverage)),
      ("villages_reached", .count(villagesReached)),
      ("stations_active", .count(stationsActive)),
      ("points_active", .count(pointsActive)),
      ("stations_reporting", .count(stationsReporting)),
      ("reporting_rate", .ratio(reportingRate)),
      ("posts_planned", .count(postsPlanned)),
      ("social_workers_on_post", .count(socialWorkersOnPost)),
      ("vacancies", .count(vacancies)),
      ("certified_social_workers", .count(certifiedSocialWorkers)),
      ("certified_ratio", .ratio(certifiedRatio)),
      ("volunteers_registered", .count(volunteersRegistered)),
      ("beneficiaries_registered", .count(beneficiariesRegistered)),
      ("households_registered", .count(householdsRegistered)),
      ("beneficiaries_served", .count(beneficiariesServed)),
      ("registered_served", .count(registeredServed)),
      ("service_coverage", .ratio(serviceCoverage)),
      ("households_visited", .count(householdsVisited)),
      ("household_visits", .count(householdVisits)),
      ("home_visit_records", .count(homeVisitRecords)),
      ("service_records", .count(serviceRecords)),
      ("activities", .count(activities)),
      ("group_sessions", .count(groupSessions)),
      ("community_activities", .count(communityActivities)),
      ("trainings", .count(trainings)),
      ("outreach_events", .count(outreachEvents)),
      ("activity_participants", .count(activityParticipants)),
      ("person_times", .count(personTimes)),
      ("cases_new", .count(casesNew)),
      ("cases_closed", .count(casesClosed)),
      ("cases_open_at_end", .count(casesOpenAtEnd)),
      ("service_hours", .minutes(serviceMinutes)),
      ("activity_hours", .minutes(activityMinutes)),
      ("social_worker_hours", .minutes(socialWorkerMinutes)),
      ("volunteer_hours", .minutes(volunteerMinutes)),
      ("hours_per_social_worker", .decimal(hoursPerSocialWorker)),
      ("overdue_beneficiaries", .count(overdueBeneficiaries)),
    ]
  }
}
