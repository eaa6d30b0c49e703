/// `policy.json`: the default visit intervals and limits spelled out, and pay rates so that
/// pay figures show.
extension SampleBuilder {
  /// The policy file's text.
  static let policyText = """
    {
      "visit_interval_days": {
        "elderly_alone": 30,
        "left_behind_elderly": 30,
        "elderly_advanced": 60,
        "orphan": 30,
        "unsupported_child": 30,
        "child_in_difficulty": 30,
        "left_behind_child": 60,
        "tekun": 30,
        "dibao": 90,
        "dibao_edge": 90,
        "disabled": 90,
        "poverty_monitoring": 30
      },
      "contact_service_types": ["home_visit", "case_work", "daily_care", "psych_support", "crisis"],
      "max_record_hours": 12,
      "max_worker_hours_per_day": 12,
      "pay": {
        "hourly": {"home_visit": 40, "case_work": 60, "daily_care": 35, "psych_support": 60, "crisis": 80},
        "per_record": {"phone_follow_up": 5, "resource_link": 10, "policy_advice": 5}
      }
    }

    """

  /// Writes `policy.json`.
  func writePolicy() throws(SampleError) {
    let sink = try openSink("policy.json", encoding: .utf8, lineEnd: .lf)
    sink.append(text: Self.policyText)
    try finish(sink, name: "policy.json", rejected: 0)
  }
}
