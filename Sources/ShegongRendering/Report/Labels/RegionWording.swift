import ShegongValidation

/// How a report speaks of its region (SPEC §10) in one language: the word for the whole area
/// (`全县`, `the county`) and the title's lead (`阳山县`).
public struct RegionWording: Sendable, Equatable {
  /// The whole area, as the narrative says it: `全县`, `全区`, `全市`, `全省`, `全街道`, `全镇`;
  /// `the county`, `the district`, `the city`, `the province`, `the subdistrict`, `the town`.
  public let whole: String
  /// The level as a noun: `县`, `区`, …; `county`, `district`, ….
  public let levelName: String

  /// The wording of `region` in `language`.
  public init(_ region: Region, language: ReportLanguage) {
    let (chinese, english): (String, String) =
      switch region.level {
      case .county: ("县", "county")
      case .district: ("区", "district")
      case .city: ("市", "city")
      case .province: ("省", "province")
      case .street: ("街道", "subdistrict")
      case .town: ("镇", "town")
      }
    switch language {
    case .chinese:
      whole = "全" + chinese
      levelName = chinese
    case .english:
      whole = "the " + english
      levelName = english
    }
  }
}
