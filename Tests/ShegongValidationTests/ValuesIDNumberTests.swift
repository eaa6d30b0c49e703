import Testing

@testable import ShegongValidation

@Suite("IDNumber.checksumProblem")
struct ValuesIDNumberTests {
  /// One valid number for each remainder 0–10 of the weighted sum, so every check character occurs.
  @Test(
    "valid numbers have no problem",
    arguments: [
      "110105194912313001", "110105194912317010", "11010519491231600X", "110105194912312009",
      "110105194912319008", "110105194912315007", "110105194912311006", "110105194912318005",
      "110105194912314004", "110105194912310003", "110105194912317002", "11010519491231002X",
      "37078119900101123X", "440304198512120015", "510108200002290033", "320584197506073516",
    ]
  )
  func valid(id: String) {
    #expect(IDNumber.checksumProblem(id) == nil)
    #expect(parseBytes(id) { IDNumber.checksumProblem($0) } == nil)
  }

  @Test("a lower-case x is accepted as the check character")
  func lowerCaseX() {
    #expect(IDNumber.checksumProblem("11010519491231002x") == nil)
    #expect(IDNumber.checksumProblem("37078119900101123x") == nil)
    #expect(IDNumber.checksumProblem("110105194912316001") == "check character should be X")
  }

  @Test(
    "a wrong check character names the right one",
    arguments: [
      ("370781199001011234", "check character should be X"),
      ("370781199001011230", "check character should be X"),
      ("440304198512120016", "check character should be 5"),
      ("44030419851212001X", "check character should be 5"),
      ("44030419851212001x", "check character should be 5"),
      ("110105194912313000", "check character should be 1"),
      ("11010519491231701X", "check character should be 0"),
      ("110105194912312000", "check character should be 9"),
      ("110105194912317009", "check character should be 2"),
      // Two digits swapped: the check catches the transposition.
      ("110105194912130021", "check character should be 9"),
    ]
  )
  func wrongCheckCharacter(id: String, problem: String) {
    #expect(IDNumber.checksumProblem(id) == problem)
    #expect(parseBytes(id) { IDNumber.checksumProblem($0) } == problem)
  }

  @Test(
    "values that are not 18 characters",
    arguments: [
      ("3.70781E+17", "is not 18 characters (Excel scientific notation)"),
      ("3.70781e+17", "is not 18 characters (Excel scientific notation)"),
      ("1.10105E+17", "is not 18 characters (Excel scientific notation)"),
      ("370781900101123", "is not 18 characters (an old 15-digit number)"),
      ("37078119900101123", "is not 18 characters"),
      ("3707811990010112345", "is not 18 characters"),
      ("37078119900101123XX", "is not 18 characters"),
      ("", "is not 18 characters"),
      ("X", "is not 18 characters"),
      ("37078119900101123 X", "is not 18 characters"),
      ("3707811990-01-01123X", "is not 18 characters"),
      ("E", "is not 18 characters"),
    ]
  )
  func wrongLength(id: String, problem: String) {
    #expect(IDNumber.checksumProblem(id) == problem)
    #expect(parseBytes(id) { IDNumber.checksumProblem($0) } == problem)
  }

  @Test(
    "non-digits among the first 17 characters",
    arguments: [
      "3707811990010112A3", "X70781199001011234", " 37078119900101123", "37078119900101１234",
      "370781-19900101123", "3707811990010112.4", "370781199001011２34", "身份证370781199001011",
    ]
  )
  func nonDigits(id: String) {
    #expect(IDNumber.checksumProblem(id) == "has a character other than a digit among the first 17")
  }

  @Test(
    "a check character that is neither a digit nor X",
    arguments: [
      "37078119900101123Y", "37078119900101123-", "37078119900101123*", "37078119900101123 ",
      "37078119900101123Ⅹ", "37078119900101123Ｘ", "37078119900101123十",
    ]
  )
  func badCheckCharacter(id: String) {
    #expect(IDNumber.checksumProblem(id) == "check character must be a digit or X")
  }

  @Test("the byte check stops at the end of its buffer")
  func bufferEnd() {
    #expect(parseBytes("37078119900101123X", followedBy: "0") { IDNumber.checksumProblem($0) } == nil)
    #expect(
      parseBytes("37078119900101123", followedBy: "X") { IDNumber.checksumProblem($0) } == "is not 18 characters")
  }
}

/// Birth date, sex, age and the comparison key of ID numbers (SPEC §11).
@Suite("Values: ID number holder")
struct ValuesIDNumberHolderTests {
  private func bytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    Array(text.utf8).withUnsafeBufferPointer(body)
  }

  @Test("birth dates: the leap day of 2000 is real, of 1900 not; 30 February and month 13 are not")
  func birthDates() {
    #expect(
      bytes("110105200002290013") { IDNumber.birthDate($0) } == CivilDate.dayNumber(year: 2000, month: 2, day: 29))
    #expect(bytes("110105190002290017") { IDNumber.birthDate($0) } == nil)
    #expect(bytes("11010520020230001X") { IDNumber.birthDate($0) } == nil)
    #expect(bytes("110105200213010011") { IDNumber.birthDate($0) } == nil)
    #expect(bytes("110105000001010011") { IDNumber.birthDate($0) } == nil)
  }

  @Test("sex from character 17: odd is male")
  func sex() {
    #expect(bytes("110105200002290013") { IDNumber.isMale($0) } == true)
    #expect(bytes("11010519500101008X") { IDNumber.isMale($0) } == false)
  }

  @Test("age: completed years; a 29 February birthday comes on 1 March in common years")
  func ages() throws {
    let leap = try #require(CivilDate.dayNumber(year: 2008, month: 2, day: 29))
    let day = { (y: Int, m: Int, d: Int) in CivilDate.dayNumber(year: y, month: m, day: d) ?? 0 }
    #expect(IDNumber.age(born: leap, on: day(2026, 2, 28)) == 17)
    #expect(IDNumber.age(born: leap, on: day(2026, 3, 1)) == 18)
    #expect(IDNumber.age(born: leap, on: day(2028, 2, 29)) == 20)
    #expect(IDNumber.age(born: day(1966, 3, 31), on: day(2026, 3, 30)) == 59)
    #expect(IDNumber.age(born: day(1966, 3, 31), on: day(2026, 3, 31)) == 60)
    #expect(IDNumber.age(born: leap, on: leap) == 0)
  }

  @Test("comparison key: X and x agree; other shapes have none")
  func comparisonKey() {
    let upper = bytes("11010519500101008X") { IDNumber.comparisonKey($0) }
    #expect(upper != nil)
    #expect(bytes("11010519500101008x") { IDNumber.comparisonKey($0) } == upper)
    #expect(bytes("110105195001010081") { IDNumber.comparisonKey($0) } != upper)
    #expect(bytes("11010519500101008") { IDNumber.comparisonKey($0) } == nil)
    #expect(bytes("1101051950010100AX") { IDNumber.comparisonKey($0) } == nil)
    #expect(bytes("11010519500101008Y") { IDNumber.comparisonKey($0) } == nil)
    #expect(upper.map(SameIDNumbers.text(of:)) == "11010519500101008X")
    #expect(
      bytes("000000000000000000") { IDNumber.comparisonKey($0) }.map(SameIDNumbers.text(of:)) == "000000000000000000")
  }
}
