import ShegongIngest

/// `duplicate-key`: a row whose key an earlier row of the same table already gave.
extension ValidationRun {
  /// Rejects the row with `duplicate-key` when `key` was accepted before; else interns it.
  /// Throws `too-large` when the keys overflow the index.
  func claimKey<Column>(
    _ scope: inout RowScope<Column>, _ column: Column, _ bytes: UnsafeBufferPointer<UInt8>, in index: inout IDIndex
  ) throws(IngestError) -> Bool {
    do throws(IDIndex.Full) {
      if try index.insert(bytes).inserted { return true }
    } catch {
      throw error.stopping(scope.fileName)
    }
    scope.addIssue(
      .repeatedKey(column: scope.name(column), key: String(decoding: bytes, as: UTF8.self)), column: column)
    return false
  }

  /// Files `duplicate-key` on a candidate of file `fileIndex`, on `line`, whose key (in
  /// `keyColumn`, headed `header` in the file) an earlier row claimed when the candidates
  /// were merged; `written` is the cell as the file wrote it, when it differs from `key`; the
  /// issue is attributed to `station` (-1 for none).
  func reportRepeatedKey<Column: InputColumn>(
    _ key: String, written: String?, keyColumn: Column, file fileIndex: Int, line: Int, header: String,
    station: Int32
  ) {
    var message = IssueMessage.repeatedKey(column: keyColumn.definition.name, key: key)
    var value = written ?? key
    // A row that may hold a name quotes no value in its message (SPEC §7 Privacy), as RowScope does.
    if !options.unmasked && Column.allCases.contains(where: { $0.definition.personalData != nil }) {
      if message.saysValueDoesNotRead(value) { value = Masking.name(value) }
      message = message.withoutQuotedValues
    }
    fileIssue(file: fileIndex, line: line, column: header, message, value: value, station: station)
  }
}
