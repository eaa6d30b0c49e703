extension InputFolder {
  /// The most `.csv` files `services/` may hold: a file's place among the files read is kept in
  /// 16 bits (65 536 places), and the six other CSV files come first.
  public static let maximumServiceFiles = 65_536 - 6

  /// Throws `too-large` naming `folder` when it holds more than ``maximumServiceFiles`` files.
  static func checkServiceFileCount(_ count: Int, in folder: String) throws(IngestError) {
    guard count > maximumServiceFiles else { return }
    throw IngestError(
      .tooLarge, file: folder,
      message: "the folder holds \(count) .csv files, more than the \(maximumServiceFiles) one run can read; "
        + "merge some of them")
  }
}
