import ShegongAggregation
import ShegongValidation

extension Bilingual {
  /// The text in `language`.
  public func text(_ language: ReportLanguage) -> String {
    switch language {
    case .chinese: chinese
    case .english: english
    }
  }
}
