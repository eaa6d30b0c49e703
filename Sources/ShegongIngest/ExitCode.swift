/// The status a `shegong` run exits with (SPEC §2), in the manner of swift-argument-parser's
/// `ExitCode`: each code the specification names has a name here, and nothing else spells the
/// numbers.
public struct ExitCode: RawRepresentable, Hashable, Sendable {
  /// The number the process exits with.
  public var rawValue: Int32

  /// The code with the number `rawValue`.
  public init(rawValue: Int32) {
    self.rawValue = rawValue
  }

  /// 0: the run did what it was asked (reports written, no row rejected, help shown).
  public static let success = ExitCode(rawValue: 0)
  /// 1: any failure that has no code of its own, such as an output that cannot be written.
  public static let failure = ExitCode(rawValue: 1)
  /// 2: the command line is wrong (an unknown option, a value out of range).
  public static let usage = ExitCode(rawValue: 2)
  /// 3: the inputs are unusable (a required file or column missing, a file not decodable, a
  /// duplicate header, a template error); no report is written.
  public static let unusableInputs = ExitCode(rawValue: 3)
  /// 4: rows were rejected (`validate`, and `report --strict`, whose reports are still written).
  public static let rowsRejected = ExitCode(rawValue: 4)
  /// 5: `verify` found a file of the report folder changed, missing or unlisted in its manifest.
  public static let reportChanged = ExitCode(rawValue: 5)

  /// 128 + the signal's number: the run was stopped by `signal` (SIGINT, SIGTERM, SIGHUP), as
  /// shells report a process a signal ended.
  public static func stopped(by signal: Int32) -> ExitCode {
    ExitCode(rawValue: 128 + signal)
  }
}

/// An error that ends a run: it carries the code the process exits with, and its `description`
/// is the message printed on standard error (after `shegong: `).
///
/// Every error type that can reach the command conforms; the command's one `catch` prints the
/// message and exits with the code, and an error of any other type exits with ``ExitCode/failure``.
public protocol CommandError: Error, CustomStringConvertible {
  /// The code the process exits with when this error ends the run.
  var exitCode: ExitCode { get }
}
