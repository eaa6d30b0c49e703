import ShegongValidation

/// `policy.json`: the default visit intervals and limits spelled out, pay rates so that pay
/// figures show, and the region: a county (`青石县`, the code of the sample's county) for samples
/// of one county, a province (`青石省`) when the sample spans several counties.
extension SampleBuilder {
  /// The policy the sample's services follow: the defaults that `policy.json` spells out.
  static let policy = Policy()

  /// The `region` entry for a sample whose first county code is `county` (six digits) and that
  /// spans one county or more.
  static func regionText(county: Int, oneCounty: Bool) -> String {
    oneCounty
      ? #""region": {"name": "青石县", "code": "\#(county)000000", "level": "county"}"#
      : #""region": {"name": "青石省", "code": "\#(county / 10_000)0000000000", "level": "province"}"#
  }

  /// The policy file's text, with `region` (see ``regionText(county:oneCounty:)``).
  static func policyText(region: String) -> String {
    """
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
      },
      \(region)
    }

    """
  }

  /// Writes `policy.json`.
  func writePolicy() throws(SampleError) {
    let sink = try openSink("policy.json", encoding: .utf8, lineEnd: .lf)
    let counties = Set(townships.map(\.county)).sorted()
    let region = Self.regionText(county: counties.first ?? 0, oneCounty: counties.count <= 1)
    sink.append(text: Self.policyText(region: region))
    try finish(sink, name: "policy.json", rejected: 0)
  }
}
