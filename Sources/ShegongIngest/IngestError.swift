/// A problem with the inputs that stops the run (SPEC §4 "inputs unusable": exit 3).
public struct IngestError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What kind of problem it is.
  public enum Kind: String, Sendable {
    /// A required file is missing.
    case missingFile = "missing-file"
    /// A file, or both `services.csv` and `services/`, conflict.
    case ambiguousFile = "ambiguous-file"
    /// A file could not be read from disk.
    case unreadable = "unreadable"
    /// The bytes of a file do not decode in any supported encoding.
    case undecodable = "undecodable"
    /// A file has no header line.
    case emptyFile = "empty-file"
    /// The header lacks a required column.
    case missingColumn = "missing-column"
    /// Two header cells name the same known column.
    case duplicateColumn = "duplicate-column"
    /// `policy.json` is malformed.
    case malformedPolicy = "malformed-policy"
    /// The inputs pass what one run can hold (too many services files, too many id bytes).
    case tooLarge = "too-large"
  }

  /// What kind of problem it is.
  public var kind: Kind
  /// The file as reports name it (`services/站点A.csv`), or empty.
  public var file: String
  /// The physical line, or 0 when the problem is the whole file.
  public var line: Int
  /// The column (header name) concerned, or empty.
  public var column: String
  /// What is wrong, for a person.
  public var message: String

  /// Creates an error; `line` and `column` are optional positions.
  public init(_ kind: Kind, file: String, line: Int = 0, column: String = "", message: String) {
    self.kind = kind
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `file:line:column: kind: message`, leaving out the positions that are unknown.
  public var description: String {
    var position = file
    if line > 0 { position += ":\(line)" }
    if !column.isEmpty { position += ":\(column)" }
    return position.isEmpty ? "\(kind.rawValue): \(message)" : "\(position): \(kind.rawValue): \(message)"
  }
}

extension IngestError: CommandError {
  /// Inputs that stop the run are unusable: exit 3.
  public var exitCode: ExitCode { .unusableInputs }
}
