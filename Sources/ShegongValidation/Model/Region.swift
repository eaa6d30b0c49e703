/// The area a report covers (`policy.json` `region`, SPEC §6): its name heads the report's
/// title, its code goes into the header, and its level sets the word for the whole area.
public struct Region: Sendable, Equatable {
  /// The administrative level of the area, which sets the narrative's 全县, 全区, ….
  public enum Level: String, Sendable, CaseIterable {
    /// 县 (全县), the default.
    case county
    /// 区 (全区).
    case district
    /// 市 (全市).
    case city
    /// 省 (全省).
    case province
    /// 街道 (全街道).
    case street
    /// 镇 (全镇).
    case town
  }

  /// The area's name, such as `阳山县`; empty when not given.
  public var name: String
  /// The 12-digit 统计用区划代码, or empty.
  public var code: String
  /// The area's level.
  public var level: Level

  /// A region of `name`, `code` and `level`; by default unnamed, without a code, a county.
  public init(name: String = "", code: String = "", level: Level = .county) {
    self.name = name
    self.code = code
    self.level = level
  }

  /// Whether `code` may be a region's code: empty, or exactly 12 ASCII digits.
  public static func isValidCode(_ code: String) -> Bool {
    code.isEmpty
      || (code.utf8.count == 12 && code.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
  }
}
