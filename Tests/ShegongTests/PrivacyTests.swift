import Foundation
import Testing

/// SPEC §7 Privacy: no output holds a beneficiary's full name or ID number unless `--unmasked`,
/// wherever in a row it was typed — a shifted column of `beneficiaries.csv`, or a broken services
/// or attendance row.
@Suite("Privacy: names and ID numbers typed into the wrong place stay out of every output")
struct PrivacyTests {
  /// The names and ID numbers planted below; none of them is in the committed sample.
  static let secrets = [
    "司徒玉兰", "欧阳春花", "上官秀英", "诸葛明辉", "东方红梅", "慕容雪晴", "皇甫嘉怡", "端木子涵", "公孙雨桐", "令狐冬青",
    "371326195608180378", "37132619700101123X", "371326198001011235", "37132619750505678X",
  ]

  /// Rows added to the committed sample's files, each putting a name or an ID number where it
  /// does not belong.
  static let planted: [(file: String, rows: [String])] = [
    (
      "beneficiaries.csv",
      [
        // A name where a date belongs (type-error).
        "B900002,欧阳春花,,,371326001001,ST0001,独居老人,,,欧阳春花,",
        // An ID number where the area code belongs (unknown-reference).
        "B900003,上官秀英,371326195608180378,,371326195608180378,ST0001,独居老人,,,2023/1/1,",
        // A name where the station belongs (unknown-reference).
        "B900004,诸葛明辉,,,371326001001,诸葛明辉,独居老人,,,2023/1/1,",
        // A name among the categories, and one as a disability type.
        "B900005,东方红梅,,,371326001001,ST0001,东方红梅,,,2023/1/1,",
        "B900006,慕容雪晴,,,371326001001,ST0001,独居老人,慕容雪晴,,2023/1/1,",
        // A column left out: every value shifted one place left (missing-cell).
        "B900007,皇甫嘉怡,37132619700101123X,371326001001,ST0001,独居老人,,,2023/1/1,",
        // Two cells too many (extra-cell).
        "B900008,端木子涵,,,371326001001,ST0001,独居老人,,,2023/1/1,,371326198001011235,端木子涵",
        // Text after a closing quote (malformed-row).
        "B900009,\"公孙\"雨桐,,,371326001001,ST0001,独居老人,,,2023/1/1,",
        // A name typed as the id, on a row rejected for its date.
        "令狐冬青,令狐冬青,,,371326001001,ST0001,独居老人,,,x,",
      ]
    ),
    (
      "services/2026-10.csv",
      [
        // A note holding a name, then text after its closing quote (malformed-row).
        "R9000001,2026-10-05,W00001,B000001,home_visit,1,ST0001,08:00,,\"探访司徒玉兰\"好",
        // A short row holding a name and an ID number (missing-cell).
        "R9000002,2026-10-05,W00001,欧阳春花,371326195608180378",
        // Extra cells holding a name and an ID number (extra-cell).
        "R9000003,2026-10-05,W00001,B000001,home_visit,1,ST0001,08:30,,,上官秀英,37132619750505678X",
        // An ID number where the beneficiary id belongs (unknown-reference).
        "R9000004,2026-10-05,W00001,371326198001011235,home_visit,1,ST0001,09:00,,",
      ]
    ),
    (
      "attendance.csv",
      [
        // A name beside the ids (extra-cell), a name alone (missing-cell), and an unclosed quote.
        "A00001,B000001,诸葛明辉",
        "东方红梅",
        "\"A00001,慕容雪晴 37132619700101123X",
      ]
    ),
  ]

  /// A copy of the sample with the rows planted, reported into a new folder; returns that folder.
  static func report(_ extra: [String]) throws -> String {
    let inputs = try CommandRunner.copyOfInputs()
    for (file, rows) in planted {
      let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: inputs + "/" + file))
      try handle.seekToEnd()
      try handle.write(contentsOf: Data(rows.map { $0 + "\n" }.joined().utf8))
      try handle.close()
    }
    let out = try CommandRunner.temporaryFolder()
    let result = try CommandRunner.run(["report", "--inputs", inputs, "--out", out, "--period", "2026-10"] + extra)
    #expect(result.status == 0, "\(result.stderr)")
    return out
  }

  /// Every output's text: the text files as they are, the workbook's parts unzipped.
  static func outputs(in folder: String) throws -> [(name: String, text: String)] {
    var texts: [(String, String)] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
      let path = folder + "/" + name
      if name.hasSuffix(".xlsx") {
        // Every part, inflated one after another (a part name such as `[Content_Types].xml` would
        // be read by unzip as a pattern).
        texts.append((name, try unzip(["-p", path])))
      } else {
        texts.append((name, String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)))
      }
    }
    return texts
  }

  /// The standard output of `unzip` with `arguments`.
  static func unzip(_ arguments: [String]) throws -> String {
    let result = try CommandRunner.launch(
      URL(fileURLWithPath: "/usr/bin/unzip"), arguments, describing: ["unzip"] + arguments)
    #expect(result.status == 0)
    return String(decoding: result.stdout, as: UTF8.self)
  }

  @Test("masked by default: no output holds a planted name or ID number")
  func masked() throws {
    let out = try Self.report([])
    let outputs = try Self.outputs(in: out)
    #expect(outputs.contains { $0.name.hasPrefix("issues-") })
    #expect(outputs.contains { $0.name.hasSuffix(".xlsx") && $0.text.contains("数据问题") })
    for (name, text) in outputs {
      for secret in Self.secrets {
        #expect(!text.contains(secret), "\(name) holds \(secret)")
      }
    }
    // The issues are still there, with what can be shown.
    let issues = String(
      decoding: try Data(contentsOf: URL(fileURLWithPath: out + "/issues-2026-10.csv")), as: UTF8.self)
    #expect(issues.contains("the value is not a date,欧*花"))
    #expect(issues.contains("371326********0378"))
    #expect(issues.contains("371326********1235"))
    #expect(issues.contains("the value is not a list of category codes or labels,东*梅"))
  }

  @Test("--unmasked: the planted names and ID numbers may appear")
  func unmasked() throws {
    let outputs = try Self.outputs(in: try Self.report(["--unmasked"]))
    let all = outputs.map(\.text).joined()
    for secret in ["欧阳春花", "371326195608180378", "371326198001011235", "端木子涵"] {
      #expect(all.contains(secret), "\(secret)")
    }
  }
}
