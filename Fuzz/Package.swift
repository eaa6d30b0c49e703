// swift-tools-version:6.1
import PackageDescription

// Linux only, like the package it fuzzes (libFuzzer via `swift build -Xswiftc -sanitize=fuzzer`).

/// Flags every fuzz target needs: a library-style `main` for libFuzzer to replace.
let fuzzFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
  name: "shegong-fuzz",
  dependencies: [
    .package(name: "shegong", path: "..")
  ],
  targets: [
    // Decoding, header detection, records and cell values.
    .executableTarget(
      name: "FuzzCSV",
      dependencies: [.product(name: "ShegongCore", package: "shegong")],
      swiftSettings: fuzzFlags
    ),
    // The value parsers and the ID-number check.
    .executableTarget(
      name: "FuzzValues",
      dependencies: [.product(name: "ShegongCore", package: "shegong")],
      swiftSettings: fuzzFlags
    ),
    // The whole validator over a small inputs folder whose services files are the input.
    .executableTarget(
      name: "FuzzIngest",
      dependencies: [.product(name: "ShegongCore", package: "shegong")],
      swiftSettings: fuzzFlags
    ),
    // The run manifest and policy.json readers, and SHA-256 whole against in pieces.
    .executableTarget(
      name: "FuzzManifest",
      dependencies: [.product(name: "ShegongCore", package: "shegong")],
      swiftSettings: fuzzFlags
    ),
    // beneficiaries.csv read whole and in pieces, compared.
    .executableTarget(
      name: "FuzzRegisters",
      dependencies: [.product(name: "ShegongCore", package: "shegong")],
      swiftSettings: fuzzFlags
    ),
  ]
)
