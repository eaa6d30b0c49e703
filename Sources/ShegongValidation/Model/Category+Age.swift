extension Category {
  /// The ages (completed years on the as-of day) the category fits, for `category-age-mismatch`
  /// (SPEC §11): under 18 for the child categories, 60 or more for elderly_alone and
  /// left_behind_elderly, 80 or more for elderly_advanced; nil for a category of any age.
  public var ages: Range<Int>? {
    switch self {
    case .orphan, .unsupportedChild, .childInDifficulty, .leftBehindChild: 0..<18
    case .elderlyAlone, .leftBehindElderly: 60..<Int.max
    case .elderlyAdvanced: 80..<Int.max
    default: nil
    }
  }

  /// The categories of `set` that a person of `age` does not fit, in the vocabulary's order.
  public static func unfitting(_ set: CategorySet, age: Int) -> [Category] {
    allCases.filter { set & $0.bit != 0 && $0.ages.map { !$0.contains(age) } == true }
  }
}
