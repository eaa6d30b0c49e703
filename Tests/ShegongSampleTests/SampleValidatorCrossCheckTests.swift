import ShegongIngest
import ShegongValidation
import Testing

@testable import ShegongSample

/// Runs the project's validator over generated folders: clean samples must raise nothing, and
/// broken ones exactly the issues the summary promises.
@Suite("Sample against the validator")
struct SampleValidatorCrossCheckTests {
  /// Validates a folder as of the day after `options.to`.
  static func validate(_ path: String, _ options: SampleOptions) throws -> ValidatedInputs {
    let next = options.to.next
    let asOf = try #require(CivilDate.dayNumber(year: next.year, month: next.month, day: 1))
    return try Validator.validate(InputFolder(path: path), options: ValidationOptions(asOf: asOf))
  }

  static let cleanCases: [SampleOptions] = [
    SampleOptions(),
    SampleOptions(seed: 2),
    SampleOptions(seed: 3, from: SampleMonth(year: 2025, month: 11), to: SampleMonth(year: 2026, month: 2)),
    SampleOptions(scale: .county, seed: 4, services: 3000),
  ]

  @Test("a clean sample raises no issue at all", arguments: cleanCases)
  func clean(_ options: SampleOptions) throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    let summary = try folder.write(options)
    let result = try Self.validate(folder.path, options)
    #expect(
      result.issues.isEmpty, "\(result.issues.prefix(5).map { "\($0.file):\($0.line) \($0.code) \($0.message)" })")
    for report in result.files {
      #expect(report.rejected == 0, "\(report.name)")
      #expect(report.rows == summary.file(named: report.name)?.rows, "\(report.name)")
    }
    #expect(result.services.count == summary.serviceRows)
  }

  static let brokenCases: [SampleOptions] = [
    SampleOptions(errorRate: 0.1),
    SampleOptions(seed: 5, errorRate: 0.01),
    SampleOptions(seed: 6, errorRate: 1),
    SampleOptions(scale: .county, seed: 8, services: 3000, errorRate: 0.05),
  ]

  @Test("planted errors raise exactly the issues the summary counts", arguments: brokenCases)
  func planted(_ options: SampleOptions) throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    let summary = try folder.write(options)
    let result = try Self.validate(folder.path, options)
    var found: [String: Int] = [:]
    for issue in result.issues { found[issue.code.rawValue, default: 0] += 1 }
    #expect(found == summary.plantedIssues)
    #expect(Set(found.keys) == Set(IssueCode.allCases.map(\.rawValue)))
    for report in result.files {
      let file = try #require(summary.file(named: report.name))
      #expect(report.rows == file.rows, "\(report.name)")
      #expect(report.rejected == file.plantedRejections, "\(report.name)")
    }
  }
}

extension SampleOptions: CustomTestStringConvertible {
  public var testDescription: String {
    "\(scale) seed \(seed) \(from)…\(to) services \(services.map(String.init) ?? "default") errors \(errorRate)"
  }
}
