/// `shegong sample`.
enum SampleCommand {
  static func run(_ arguments: [String]) throws -> Int32 {
    throw UsageError(description: "sample is not available yet")
  }
}
