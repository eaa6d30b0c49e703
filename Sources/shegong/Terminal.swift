import Glibc

/// Writing to the standard streams.
enum Terminal {
  /// Writes a line to standard error.
  static func error(_ line: String) {
    write(line + "\n", to: 2)
  }

  /// Writes text to standard output.
  static func output(_ text: String) {
    write(text, to: 1)
  }

  /// Writes bytes to a file descriptor (with `write`), retrying partial writes.
  static func write(_ bytes: [UInt8], to descriptor: Int32) {
    bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return
        }
        offset += written
      }
    }
  }

  private static func write(_ text: String, to descriptor: Int32) {
    write(Array(text.utf8), to: descriptor)
  }

  /// Whether standard error is a terminal (for the progress line).
  static var stderrIsTerminal: Bool { isatty(2) == 1 }
}
