/// A usage error: exit 2 with a message and a pointer to `--help`.
struct UsageError: Error, CustomStringConvertible {
  var description: String
}

/// The command line after the subcommand, read as `--name value` options and `--flag`s.
struct Arguments {
  private var remaining: [String]

  init(_ arguments: [String]) {
    remaining = arguments
  }

  /// Removes `--name` and returns whether it was there.
  mutating func flag(_ name: String) -> Bool {
    guard let index = remaining.firstIndex(of: name) else { return false }
    remaining.remove(at: index)
    return true
  }

  /// Removes `--name VALUE` (or `--name=VALUE`) and returns the value.
  mutating func option(_ name: String) throws(UsageError) -> String? {
    if let index = remaining.firstIndex(where: { $0.hasPrefix(name + "=") }) {
      let value = String(remaining[index].dropFirst(name.count + 1))
      remaining.remove(at: index)
      return value
    }
    guard let index = remaining.firstIndex(of: name) else { return nil }
    guard index + 1 < remaining.count else { throw UsageError(description: "\(name) needs a value") }
    let value = remaining[index + 1]
    remaining.removeSubrange(index...(index + 1))
    return value
  }

  /// Fails when anything was not consumed.
  func finish() throws(UsageError) {
    if let first = remaining.first {
      throw UsageError(description: first.hasPrefix("-") ? "unknown option \(first)" : "unexpected argument \(first)")
    }
  }
}
