/// A table row that shows headline figures restricted to itself, such as a station's
/// `households_visited`.
public protocol FigureRow: SendableMetatype {
  /// The headline figure `key` restricted to the row; nil for a key the row does not show.
  subscript(key: HeadlineKey) -> FigureValue? { get }
}
