import Testing

@testable import ShegongValidation

/// The ID consistency warnings of SPEC §11 on `beneficiaries.csv`, with hand-built ID numbers
/// whose check characters were computed by hand (ISO 7064 MOD 11-2).
@Suite("Rules: ID consistency")
struct RulesIDConsistencyTests {
  /// Rows around the as-of day 2026-03-31: leap days, a future date, ages exactly 18, 60 and 80.
  static let register = csv(
    Header.beneficiaries,
    /* 2 */ "B1,张一,110105200002290013,,V1,ST01,dibao,,,2025-01-01,",
    /* 3 */ "B2,张二,110105190002290017,,V1,ST01,dibao,,,2025-01-01,",
    /* 4 */ "B3,张三,110105202604010014,,V1,ST01,dibao,,,2025-01-01,",
    /* 5 */ "B4,张四,110105200803310010,,V1,ST01,left_behind_child,,,2025-01-01,",
    /* 6 */ "B5,张五,11010520080401001X,,V1,ST01,orphan,,,2025-01-01,",
    /* 7 */ "B6,张六,110105196603310017,,V1,ST01,elderly_alone,,,2025-01-01,",
    /* 8 */ "B7,张七,110105196604010016,,V1,ST01,left_behind_elderly;elderly_advanced;dibao,,,2025-01-01,",
    /* 9 */ "B8,张八,110105194603310018,,V1,ST01,elderly_advanced,,,2025-01-01,",
    /* 10 */ "B9,张九,110105194604010017,,V1,ST01,elderly_advanced,,,2025-01-01,",
    /* 11 */ "B10,李一,11010519500101008X,,V1,ST01,dibao,,,2025-01-01,",
    /* 12 */ "B11,李二,11010519500101008x,,V2,ST02,dibao,,,2025-01-01,",
    /* 13 */ "B12,李三,11010519500101008X,,V1,ST01,dibao,,,2025-01-01,",
    /* 14 */ "B13,李四,11010520020230001X,,V1,ST01,dibao,,,2025-01-01,",
    /* 15 */ "B14,李五,110105194603310018,,V9,ST01,dibao,,,2025-01-01,",
    /* 16 */ "B15,李六,110105194603310018,,V1,ST01,dibao,,,2025-01-01,",
    /* 17 */ "B1,李七,110105194603310018,,V1,ST01,dibao,,,2025-01-01,")

  @Test("birth dates, ages on the as-of day, and repeated ID numbers", arguments: [nil, 2])
  func rules(threads: Int?) throws {
    let result = try Fixture(["beneficiaries.csv": Self.register]).validate(
      threads: threads, minimumPieceBytes: threads == nil ? nil : 64)
    let file = "beneficiaries.csv"
    #expect(
      result.findings == [
        warn(file, 3, "id_number", "id-checksum"),
        warn(file, 4, "id_number", "id-checksum"),
        warn(file, 5, "categories", "category-age-mismatch"),
        warn(file, 8, "categories", "category-age-mismatch"),
        warn(file, 10, "categories", "category-age-mismatch"),
        warn(file, 12, "id_number", "id-duplicate"),
        warn(file, 13, "id_number", "id-duplicate"),
        warn(file, 14, "id_number", "id-checksum"),
        err(file, 15, "area_code", "unknown-reference"),
        warn(file, 16, "id_number", "id-duplicate"),
        err(file, 17, "beneficiary_id", "duplicate-key"),
      ])
    let messages = result.issues.filter { $0.severity == .warning }.map(\.message)
    #expect(messages[0] == "the birth date in the ID number (characters 7–14) is not a real date")
    #expect(messages[1] == "the birth date in the ID number is after the as-of day 2026-03-31")
    #expect(
      messages[2] == "age 18 on the as-of day 2026-03-31 (from the ID number) does not fit left_behind_child (under 18)"
    )
    #expect(
      messages[3]
        == "age 59 on the as-of day 2026-03-31 (from the ID number) does not fit left_behind_elderly (60 or over), "
        + "elderly_advanced (80 or over)")
    #expect(messages[4].hasPrefix("age 79 "))
    // The first holder is named, with its station, for the lowercase x and for every later row.
    #expect(messages[5] == "the same ID number as beneficiary B10 of station ST01 (line 11)")
    #expect(messages[6] == "the same ID number as beneficiary B10 of station ST01 (line 11)")
    // A rejected row holds no number: the first accepted holder is B8.
    #expect(messages[8] == "the same ID number as beneficiary B8 of station ST01 (line 9)")
    // Values masked as SPEC §7 says.
    let values = result.issues.filter { $0.code == .idDuplicate }.map(\.value)
    #expect(values == ["110105********008X", "110105********008X", "110105********0018"])
    #expect(result.issues.first { $0.code == .categoryAgeMismatch }?.value == "left_behind_child")
  }

  @Test("unmasked, the repeated number is shown in full")
  func unmasked() throws {
    let result = try Fixture(["beneficiaries.csv": Self.register]).validate(unmasked: true)
    #expect(result.issues.filter { $0.code == .idDuplicate }.first?.value == "11010519500101008X")
  }

  @Test("a day later: the orphan turns 18, the elders 60 and 80, and the birth on that day is no longer future")
  func asOfMovesAges() throws {
    let result = try Fixture(["beneficiaries.csv": Self.register]).validate(asOf: "2026-04-01")
    let lines = result.issues.filter { $0.code == .categoryAgeMismatch }.map(\.line)
    // B5 (born 2008-04-01, orphan) turns 18; B4 is 18 still; B7 and B9 turn 60 and 80 (B7's
    // elderly_advanced still does not fit 60).
    #expect(lines == [5, 6, 8])
    #expect(result.issues.contains { $0.line == 4 && $0.code == .idChecksum } == false)
  }
}
