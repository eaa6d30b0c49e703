import Foundation
import ShegongValidation
import Testing

@testable import ShegongSample

@Suite("ID numbers written by the generator")
struct IDNumberWritingTests {
  /// Writes one number through a sink and reads it back.
  private func written(region: Int, birth: (Int, Int, Int), sequence: Int, corrupt: Bool) throws -> String {
    let folder = ScratchFolder()
    defer { folder.remove() }
    try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
    let sink = try ByteSink(path: folder.path + "/id.txt", encoding: .utf8, lineEnd: .lf)
    let day = CivilDay.number(year: birth.0, month: birth.1, day: birth.2)
    IDNumber.append(to: sink, region: region, birthDay: day, sequence: sequence, corrupt: corrupt)
    _ = try sink.finish()
    return String(decoding: try folder.bytes("id.txt"), as: UTF8.self)
  }

  @Test("region, birth date, sequence and the MOD 11-2 check character (GB 11643's example)")
  func wellFormed() throws {
    // Weighted sum of 11010519491231002: 167, remainder 2, check character X.
    let number = try written(region: 110105, birth: (1949, 12, 31), sequence: 2, corrupt: false)
    #expect(number == "11010519491231002X")
    #expect(number.utf8.withContiguousStorageIfAvailable { IDNumber.checksumProblem($0) } == .some(nil))
  }

  @Test("a corrupt number carries the check character of the next remainder, which validation flags")
  func corrupt() throws {
    // Remainder 2 becomes 3, whose check character is 9.
    let number = try written(region: 110105, birth: (1949, 12, 31), sequence: 1002, corrupt: true)
    #expect(number == "110105194912310029")
    let problem = number.utf8.withContiguousStorageIfAvailable { IDNumber.checksumProblem($0) }
    #expect(problem == "check character should be X")
  }
}
