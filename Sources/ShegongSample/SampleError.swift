import ShegongIngest

/// Why the generator stopped.
public enum SampleError: CommandError, Equatable, Sendable {
  /// An option is out of range (a usage error).
  case invalidOption(String)
  /// A file or folder could not be created, written or removed.
  case io(path: String, reason: String)
  /// The output folder holds files that would make the inputs ambiguous and that the
  /// generator did not write (e.g. foreign `.csv` files in `services/` when `services.csv`
  /// is to be written).
  case conflictingOutput(path: String, reason: String)

  /// A message for the user.
  public var description: String {
    switch self {
    case .invalidOption(let message): return message
    case .io(let path, let reason): return "\(path): \(reason)"
    case .conflictingOutput(let path, let reason): return "\(path): \(reason)"
    }
  }

  /// An option out of range is a usage error (exit 2); a folder that cannot be written is a failure (exit 1).
  public var exitCode: ExitCode {
    switch self {
    case .invalidOption: return .usage
    case .io, .conflictingOutput: return .failure
    }
  }
}
