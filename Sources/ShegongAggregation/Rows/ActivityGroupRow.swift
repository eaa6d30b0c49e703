import ShegongValidation

/// One row of `by_activity_group`: the activities of the period aimed at one target group.
public struct ActivityGroupRow: Sendable, Equatable, FigureRow {
  /// `target_group`.
  public var targetGroup: TargetGroup
  /// `activities`: activities with this target group.
  public var activities: Int
  /// `activity_participants`: Σ their participants.
  public var activityParticipants: Int
  /// `beneficiaries`: distinct beneficiaries signed in at one of them.
  public var beneficiaries: Int

  /// The group's activities and participants.
  public subscript(key: HeadlineKey) -> FigureValue? {
    switch key {
    case .activities: .count(activities)
    case .activityParticipants: .count(activityParticipants)
    default: nil
    }
  }
}
