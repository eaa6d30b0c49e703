import ShegongValidation

extension Aggregator {
  /// `data_quality`: the files in reading order and the issue count of each code that occurred.
  static func dataQuality(_ inputs: ValidatedInputs) -> DataQuality {
    let codes = IssueCode.allCases
    var counts = [Int](repeating: 0, count: codes.count)
    let position = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
    for record in inputs.issues.records {
      if let index = position[record.code] { counts[index] += 1 }
    }
    let occurred = codes.indices.filter { counts[$0] > 0 }
      .map { IssueCount(code: codes[$0], count: counts[$0]) }
      .sorted { bytewiseLess($0.code.rawValue, $1.code.rawValue) }
    return DataQuality(files: inputs.files, issuesByCode: occurred)
  }
}
