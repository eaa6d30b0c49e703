extension IssueList {
  /// The id of the station that issue `position` is attributed to (SPEC §5 "Issues by station"),
  /// read from its record without wording the issue; empty when it is unattributed.
  public func stationID(at position: Int) -> String {
    let station = store.records[position].station
    return station >= 0 && Int(station) < stationIDs.count ? stationIDs[Int(station)] : ""
  }
}
