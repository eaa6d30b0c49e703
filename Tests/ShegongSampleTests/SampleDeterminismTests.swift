import ShegongSample
import Testing

@Suite("Sample determinism")
struct SampleDeterminismTests {
  @Test("the same options give byte-identical files and summaries")
  func sameBytes() throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    let options = SampleOptions(seed: 7, errorRate: 0.1)
    let first = try folder.write(options, into: "a")
    let second = try folder.write(options, into: "b")
    #expect(first == second)
    #expect(folder.listing("a") == folder.listing("b"))
    for file in first.files {
      #expect(try folder.bytes("a/" + file.name) == folder.bytes("b/" + file.name), "\(file.name)")
    }
  }

  @Test("month files are identical across runs too")
  func sameMonthFiles() throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    let options = SampleOptions(scale: .county, seed: 3, services: 1500, errorRate: 0.05)
    let first = try folder.write(options, into: "a")
    _ = try folder.write(options, into: "b")
    for file in first.files where file.name.hasPrefix("services/") {
      #expect(try folder.bytes("a/" + file.name) == folder.bytes("b/" + file.name), "\(file.name)")
    }
  }

  @Test("another seed gives other data")
  func otherSeed() throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    _ = try folder.write(SampleOptions(seed: 1), into: "a")
    _ = try folder.write(SampleOptions(seed: 2), into: "b")
    #expect(try folder.bytes("a/beneficiaries.csv") != folder.bytes("b/beneficiaries.csv"))
    #expect(try folder.bytes("a/services.csv") != folder.bytes("b/services.csv"))
  }
}
