import Testing

@testable import ShegongValidation

@Suite("Masking")
struct ValuesMaskingTests {
  @Test(
    "names keep their first and last character",
    arguments: [
      ("张三倩", "张*倩"),
      ("欧阳娜娜", "欧*娜"),
      ("欧阳娜", "欧*娜"),
      ("张三", "张*"),
      ("张", "*"),
      ("", ""),
      ("阿依古丽·买买提", "阿*提"),
      ("John Smith", "J*h"),
      ("Li", "L*"),
      // A family emoji is one character (grapheme cluster) of several scalars.
      ("👨‍👩‍👧小明", "👨‍👩‍👧*明"),
      ("小明👨‍👩‍👧", "小*👨‍👩‍👧"),
      // `é` written as `e` and a combining accent stays one character.
      ("Zoe\u{301}", "Z*e\u{301}"),
      ("e\u{301}", "*"),
      ("e\u{301}x", "e\u{301}*"),
    ]
  )
  func names(name: String, masked: String) {
    #expect(Masking.name(name) == masked)
  }

  @Test("a masked name never contains the middle of the name")
  func nameHidesMiddle() {
    let masked = Masking.name("司马相如")
    #expect(masked == "司*如")
    #expect(!masked.contains("马"))
    #expect(!masked.contains("相"))
  }

  @Test(
    "ID numbers keep the first 6 and last 4 characters",
    arguments: [
      ("370781199001011234", "370781********1234"),
      ("37078119900101123X", "370781********123X"),
      ("370781900101123", "370781*****1123"),
      ("3.70781E+17", "3.7078*E+17"),
      ("12345678901", "123456*8901"),
      ("1234567890", "**********"),
      ("123456789", "*********"),
      ("1", "*"),
      ("", ""),
      ("3707811990010112345", "370781*********2345"),
      ("身份证号370781199001011234", "身份证号37************1234"),
    ]
  )
  func idNumbers(id: String, masked: String) {
    #expect(Masking.idNumber(id) == masked)
    #expect(Masking.idNumber(id).count == id.count)
  }
}
