import Foundation
import Testing

@testable import ShegongSample

@Suite("Sample options and output folder")
struct SampleOptionsTests {
  @Test("months parse from YYYY-MM and print back")
  func months() throws {
    let july = try #require(SampleMonth("2026-07"))
    #expect(july.year == 2026 && july.month == 7)
    #expect(july.description == "2026-07")
    #expect(SampleMonth("2026-7") == july)
    #expect(SampleMonth("2026-13") == nil)
    #expect(SampleMonth("26-07") == nil)
    #expect(SampleMonth("2026/07") == nil)
    #expect(SampleMonth(year: 2026, month: 12).next == SampleMonth(year: 2027, month: 1))
    #expect(july.months(through: SampleMonth(year: 2026, month: 10)) == 4)
  }

  @Test("options out of range are refused before anything is written")
  func invalidOptions() throws {
    let july = SampleMonth(year: 2026, month: 7)
    let june = SampleMonth(year: 2026, month: 6)
    let bad = [
      SampleOptions(from: july, to: june), SampleOptions(errorRate: -0.1), SampleOptions(errorRate: 1.5),
      SampleOptions(errorRate: .nan), SampleOptions(services: -1),
      SampleOptions(from: SampleMonth(year: 2000, month: 1), to: SampleMonth(year: 2020, month: 1)),
    ]
    let folder = ScratchFolder()
    defer { folder.remove() }
    for options in bad {
      #expect(throws: SampleError.self) { try options.validate() }
      #expect(throws: SampleError.self) { try folder.write(options) }
    }
    #expect(!FileManager.default.fileExists(atPath: folder.path))
    #expect(throws: Never.self) { try SampleOptions().validate() }
  }

  @Test("a run replaces the other form of the services table an earlier run left")
  func staleServices() throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    _ = try folder.write(SampleOptions(scale: .county, services: 300))
    #expect(folder.listing("services").count == 4)
    _ = try folder.write(SampleOptions())
    #expect(!folder.listing().contains("services"))
    #expect(folder.listing().contains("services.csv"))
    let shorter = SampleOptions(
      scale: .county, services: 300, from: SampleMonth(year: 2026, month: 9), to: SampleMonth(year: 2026, month: 10))
    _ = try folder.write(shorter)
    #expect(!folder.listing().contains("services.csv"))
    #expect(folder.listing("services") == ["2026-09.csv", "2026-10.csv"])
    #expect(!folder.listing().contains { $0.hasSuffix(".partial") })
  }

  @Test("foreign files in services/ stop the run and stay untouched")
  func foreignServices() throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    _ = try folder.write(SampleOptions(scale: .county, services: 300))
    let foreign = folder.path + "/services/ST0001.csv"
    try Data("record_id\n".utf8).write(to: URL(fileURLWithPath: foreign))
    #expect(throws: SampleError.self) { try folder.write(SampleOptions()) }
    #expect(throws: SampleError.self) { try folder.write(SampleOptions(scale: .county, services: 300)) }
    #expect(folder.listing("services").count == 5)
    #expect(!folder.listing().contains("services.csv"))
  }
}
