import ShegongIngest

/// A usage error: exit 2 with a message and a pointer to `--help`.
struct UsageError: CommandError {
  var description: String
  var exitCode: ExitCode { .usage }
}

/// The command line after the subcommand, read as `--name value` options and `--flag`s.
struct Arguments {
  private var remaining: [String]
  /// The arguments as given, for the run manifest.
  let given: [String]
  /// The options and flags read so far, so that one given again is named as repeated.
  private var read: Set<String> = []

  init(_ arguments: [String]) {
    remaining = arguments
    given = arguments
  }

  /// Removes `--name` and returns whether it was there.
  mutating func flag(_ name: String) -> Bool {
    read.insert(name)
    guard let index = remaining.firstIndex(of: name) else { return false }
    remaining.remove(at: index)
    return true
  }

  /// Removes `--name VALUE` (or `--name=VALUE`) and returns the value, which must not be empty.
  mutating func option(_ name: String) throws(UsageError) -> String? {
    read.insert(name)
    let value: String
    if let index = remaining.firstIndex(where: { $0.hasPrefix(name + "=") }) {
      value = String(remaining[index].dropFirst(name.count + 1))
      remaining.remove(at: index)
    } else {
      guard let index = remaining.firstIndex(of: name) else { return nil }
      guard index + 1 < remaining.count else { throw UsageError(description: "\(name) needs a value") }
      value = remaining[index + 1]
      remaining.removeSubrange(index...(index + 1))
    }
    guard !value.isEmpty else { throw UsageError(description: "\(name) needs a value, not an empty one") }
    return value
  }

  /// Fails when anything was not consumed, naming an option given more than once as repeated.
  func finish() throws(UsageError) {
    guard let first = remaining.first else { return }
    let name = first.split(separator: "=", maxSplits: 1).first.map(String.init) ?? first
    if read.contains(name) {
      throw UsageError(description: "\(name) is given more than once")
    }
    throw UsageError(description: first.hasPrefix("-") ? "unknown option \(first)" : "unexpected argument \(first)")
  }
}
