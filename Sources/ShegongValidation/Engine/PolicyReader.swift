import Foundation
import ShegongIngest

/// Reads `policy.json` (SPEC §6) over the defaults.
public enum PolicyReader {
  /// A JSON value, keeping numbers apart from booleans.
  private enum JSONValue: Decodable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if container.decodeNil() {
        self = .null
      } else if let value = try? container.decode(Bool.self) {
        self = .bool(value)
      } else if let value = try? container.decode(Double.self) {
        self = .number(value)
      } else if let value = try? container.decode(String.self) {
        self = .string(value)
      } else if let value = try? container.decode([JSONValue].self) {
        self = .array(value)
      } else {
        self = .object(try container.decode([String: JSONValue].self))
      }
    }
  }

  /// Parses the bytes of a policy file named `file`; throws `malformedPolicy` naming the key at fault.
  public static func parse(_ bytes: [UInt8], file: String = "policy.json") throws(IngestError) -> Policy {
    func malformed(_ key: String, _ message: String) -> IngestError {
      IngestError(.malformedPolicy, file: file, column: key, message: key.isEmpty ? message : "\(key): \(message)")
    }
    var text = bytes
    if text.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst(3) }
    let root: JSONValue
    do {
      root = try JSONDecoder().decode(JSONValue.self, from: Data(text))
    } catch {
      throw malformed("", "the file is not valid JSON")
    }
    guard case .object(let top) = root else { throw malformed("", "the file must hold one JSON object") }
    var policy = Policy()

    if let value = top["visit_interval_days"] {
      guard case .object(let intervals) = value else {
        throw malformed("visit_interval_days", "must be an object of category: days")
      }
      for key in intervals.keys.sorted() {
        let path = "visit_interval_days.\(key)"
        guard let category = Category.withCode(key) else { throw malformed(path, "\(key) is not a category code") }
        switch intervals[key] {
        case .null?:
          policy.visitIntervalDays[Int(category.rawValue)] = nil
        case .number(let days)?:
          guard days >= 0, days.rounded() == days, days <= Double(Int32.max) else {
            throw malformed(path, "an interval must be a whole number of days, 0 or more")
          }
          policy.visitIntervalDays[Int(category.rawValue)] = Int32(days)
        default:
          throw malformed(path, "must be a number of days or null")
        }
      }
    }

    if let value = top["contact_service_types"] {
      guard case .array(let items) = value else {
        throw malformed("contact_service_types", "must be a list of service type codes")
      }
      var mask: UInt16 = 0
      for item in items {
        guard case .string(let code) = item, let type = ServiceType.withCode(code) else {
          throw malformed("contact_service_types", "every entry must be a service type code such as home_visit")
        }
        mask |= type.bit
      }
      policy.contactServiceTypes = mask
    }

    for (key, keyPath) in [
      ("max_record_hours", \Policy.maxRecordMinutes), ("max_worker_hours_per_day", \.maxWorkerMinutesPerDay),
    ] {
      guard let value = top[key] else { continue }
      guard case .number(let hours) = value, hours > 0, hours < 1e9 else {
        throw malformed(key, "must be a number of hours greater than 0")
      }
      policy[keyPath: keyPath] = Int64((hours * 60).rounded())
    }

    if let value = top["pay"] {
      guard case .object(let pay) = value else {
        throw malformed("pay", "must be an object with hourly and per_record")
      }
      for (key, keyPath) in [("hourly", \Policy.hourlyRate), ("per_record", \.perRecordRate)] {
        guard let rates = pay[key] else { continue }
        guard case .object(let byType) = rates else {
          throw malformed("pay.\(key)", "must be an object of service type: 元")
        }
        for code in byType.keys.sorted() {
          let path = "pay.\(key).\(code)"
          guard let type = ServiceType.withCode(code) else {
            throw malformed(path, "\(code) is not a service type code")
          }
          guard case .number(let rate)? = byType[code] else { throw malformed(path, "must be a number") }
          guard rate >= 0, rate < 1e12 else { throw malformed(path, "a pay rate cannot be negative") }
          policy[keyPath: keyPath][Int(type.rawValue)] = Int64((rate * 10_000).rounded())
        }
      }
    }
    if let value = top["region"] {
      policy.region = try parseRegion(value, malformed: malformed)
    }
    return policy
  }

  /// Reads `region` (`name`, `code`, `level`; each optional) over the default region.
  private static func parseRegion(
    _ value: JSONValue, malformed: (String, String) -> IngestError
  ) throws(IngestError) -> Region {
    guard case .object(let members) = value else {
      throw malformed("region", "must be an object with name, code and level")
    }
    var region = Region()
    for key in ["name", "code", "level"] {
      guard let member = members[key] else { continue }
      guard case .string(let text) = member else { throw malformed("region.\(key)", "must be text") }
      switch key {
      case "name":
        region.name = text
      case "code":
        guard Region.isValidCode(text) else {
          throw malformed("region.code", "must be empty or the 12-digit 统计用区划代码, not \(text)")
        }
        region.code = text
      default:
        guard let level = Region.Level(rawValue: text) else {
          let levels = Region.Level.allCases.map(\.rawValue).joined(separator: ", ")
          throw malformed("region.level", "must be one of \(levels), not \(text)")
        }
        region.level = level
      }
    }
    return region
  }
}
