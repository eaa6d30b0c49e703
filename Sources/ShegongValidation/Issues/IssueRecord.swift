/// One issue as validation keeps it: 24 bytes of numbers. Its texts (column, value, the values
/// its message names) sit in the ``IssueStore``'s pool and argument slots, and it is worded as
/// an ``Issue`` only when an output writes it.
public struct IssueRecord: Sendable, Equatable {
  /// Physical line where the row starts.
  public let line: Int32
  /// The station the issue is attributed to (SPEC §5 "Issues by station"): an index into the
  /// accepted stations, or -1 when unattributed.
  public internal(set) var station: Int32
  /// The column's header cell, as a pool number (the empty text for a row-level issue).
  let column: Int32
  /// The value shown, as a pool number.
  let value: Int32
  /// Where the message's values start in the store's argument slots.
  let arguments: UInt32
  /// Index of the file in reading order.
  let file: UInt16
  /// The message kind (see ``IssueMessage/write(to:)``).
  let kind: UInt8
  /// The code.
  public let code: IssueCode

  /// Index of the file in reading order.
  public var fileIndex: Int { Int(file) }
  /// `error` or `warning`, from the code.
  public var severity: Severity { code.severity }
  /// The attributed station's index, or nil when unattributed.
  public var stationIndex: Int? { station >= 0 ? Int(station) : nil }
}
