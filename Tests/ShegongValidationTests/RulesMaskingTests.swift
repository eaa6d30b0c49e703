import Testing

@testable import ShegongValidation

/// SPEC §4 and §7: an issue's value is masked for beneficiaries' names and ID numbers unless
/// `--unmasked`.
@Suite("Rules: masking of issue values")
struct RulesMaskingTests {
  private let beneficiaries = csv(
    Header.beneficiaries,
    "B1,张三倩,11010519491231002X,H1,V1,ST01,elderly_alone,,,2025-01-01,",
    "B2,欧阳娜娜,,H1,V1,ST01,dibao;disabled,physical,2,2025-01-01,",
    "B3,刘洋,,,V2,ST02,left_behind_child,,,2025-01-01,",
    /* 5 */ "B4,陈静怡,110105194912310021,,V1,ST01,dibao,,,2025-01-01,",
    /* 6 */ "B5,,,,V1,ST01,dibao,,,2025-01-01,",
    /* 7 */ "B6,王小明,110105194912310021,,V1,ST01,dibao,,,2025-01-01,,extra",
    /* 8 */ "B7,王\"小明,110105194912310021,,V1,ST01,dibao,,,2025-01-01,",
    /* 9 */ "B8,李四,,,V1,ST01,dibao,,,2025-02-30,")

  private let expected = [
    warn("beneficiaries.csv", 5, "id_number", "id-checksum"),
    err("beneficiaries.csv", 6, "name", "missing-value"),
    err("beneficiaries.csv", 7, "", "extra-cell"),
    err("beneficiaries.csv", 8, "", "malformed-row"),
    err("beneficiaries.csv", 9, "registered_on", "type-error"),
  ]

  @Test("masked by default: ID numbers keep 6 + 4 characters; row-level values show no name or ID number")
  func maskedByDefault() throws {
    let result = try Fixture(["beneficiaries.csv": beneficiaries]).validate()
    #expect(result.findings == expected)
    #expect(result.tally("beneficiaries.csv") == Tally(rows: 8, accepted: 4, rejected: 4))
    #expect(result.issues.map(\.value)[0] == "110105********0021")
    #expect(result.issues.map(\.value)[1] == "")
    // A value of beneficiaries.csv that does not read is masked like a name (SPEC §7 Privacy).
    #expect(result.issues.map(\.value)[4] == "2*0")
    #expect(result.issues.map(\.message)[4] == "the value is not a date")
    for issue in result.issues {
      for secret in ["陈静怡", "王小明", "小明", "110105194912310021"] {
        #expect(!issue.value.contains(secret), "\(issue.line): \(issue.value)")
        #expect(!issue.message.contains(secret), "\(issue.line): \(issue.message)")
      }
    }
  }

  @Test("--unmasked shows the values in full")
  func unmasked() throws {
    let result = try Fixture(["beneficiaries.csv": beneficiaries]).validate(unmasked: true)
    #expect(result.findings == expected)
    #expect(result.issues.map(\.value)[0] == "110105194912310021")
    #expect(result.issues.map(\.value)[2].contains("extra"))
    #expect(result.issues.map(\.value)[4] == "2025-02-30")
  }

  @Test("workers' names and ids appear as given")
  func workersAreNotMasked() throws {
    let result = try Fixture([
      "workers.csv": csv(
        Header.workers,
        "W1,李明,social_worker,ST01,yes,2025-01-01,",
        "W2,王芳,social_worker,ST02,no,2025-01-01,",
        "W3,赵亮,volunteer,ST01,,2025-01-01,",
        "W4,孙丽华,social_worker,ST01,yes,2025-01-01,,多余")
    ]).validate()
    #expect(result.findings == [err("workers.csv", 5, "", "extra-cell")])
    #expect(result.issues.first?.value == "多余")
  }
}
