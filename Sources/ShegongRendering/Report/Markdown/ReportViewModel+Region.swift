import ShegongAggregation
import ShegongValidation

extension ReportViewModel {
  /// `region`: `name` (empty when not given), `code` (the 12-digit code or empty), `level`
  /// (`county`, …), `whole` (`全县`, `the county`, …), `level_name` (`县`, `county`, …) and the
  /// flags `has_name` and `has_code`.
  var region: TemplateValue {
    let region = figures.region
    let wording = RegionWording(region, language: language)
    return .object([
      "name": .text(MarkdownText.cell(region.name)),
      "code": .text(region.code),
      "level": .text(region.level.rawValue),
      "whole": .text(wording.whole),
      "level_name": .text(wording.levelName),
      "has_name": .bool(!region.name.isEmpty),
      "has_code": .bool(!region.code.isEmpty),
    ])
  }
}
