import ShegongIngest

extension ValidationRun {
  /// A row of `areas.csv` that passed its cell checks, waiting for the parent and key checks.
  private struct Candidate {
    var line: Int
    var code: String
    var name: String
    var level: AreaLevel
    var parent: String
    var parentHeader: String
    var codeHeader: String
  }

  /// Validates `areas.csv`: townships first, then villages against the accepted townships.
  ///
  /// Reading the file twice this way lets a village name a township listed below it.
  func validateAreas(_ entry: InputFolder.Entry) throws(IngestError) {
    let (source, fileIndex) = try open(entry)
    var scope = try RowScope<AreaColumn>(source: source, fileIndex: fileIndex, masksPersonalData: !options.unmasked)
    var candidates: [Candidate] = []
    while scope.next() {
      if scope.hasErrors {
        finish(&scope, accepted: false)
        continue
      }
      let code = scope.required(.code).map { String(decoding: $0, as: UTF8.self) }
      let name = scope.required(.name).map { String(decoding: $0, as: UTF8.self) }
      let level = scope.vocabulary(.level, AreaLevel.self)
      let parent = scope.text(.parentCode)
      scope.sortPendingByColumn()
      guard let code, let name, let level, !scope.hasErrors else {
        finish(&scope, accepted: false)
        continue
      }
      candidates.append(
        Candidate(
          line: scope.line, code: code, name: name, level: level, parent: parent,
          parentHeader: scope.header(.parentCode), codeHeader: scope.header(.code)))
    }
    var areas = AreaTable()
    func reject(_ candidate: Candidate, column: String, _ message: IssueMessage, value: String) {
      fileIssue(file: fileIndex, line: candidate.line, column: column, message, value: value, station: -1)
      count(file: fileIndex, accepted: false)
    }
    for level in [AreaLevel.township, .village] {
      for candidate in candidates where candidate.level == level {
        var parentIndex: Int32 = -1
        if level == .village {
          if candidate.parent.isEmpty {
            reject(candidate, column: candidate.parentHeader, .villageWithoutParent, value: "")
            continue
          }
          guard let found = areaIndex.index(of: candidate.parent), areas.level[Int(found)] == .township else {
            reject(
              candidate, column: candidate.parentHeader, .parentNotTownship(parent: candidate.parent),
              value: candidate.parent)
            continue
          }
          parentIndex = found
        }
        let index: Int32
        let inserted: Bool
        do throws(IDIndex.Full) {
          (index, inserted) = try areaIndex.insert(candidate.code)
        } catch {
          throw error.stopping(entry.name)
        }
        guard inserted else {
          reject(
            candidate, column: candidate.codeHeader,
            .repeatedKey(column: AreaColumn.code.definition.name, key: candidate.code), value: candidate.code)
          continue
        }
        areas.code.append(candidate.code)
        areas.name.append(candidate.name)
        areas.level.append(level)
        areas.parent.append(parentIndex)
        areas.township.append(level == .township ? index : parentIndex)
        count(file: fileIndex, accepted: true)
      }
    }
    inputs.areas = areas
  }
}
