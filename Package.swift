// swift-tools-version:6.1
import PackageDescription

// Linux only: the sources use Glibc, renameat2, madvise and iconv, so no other platform is claimed.

let package = Package(
  name: "shegong",
  products: [
    .executable(name: "shegong", targets: ["shegong"]),
    // The ingest and validation stages, for the fuzzing package in Fuzz/.
    .library(name: "ShegongCore", targets: ["ShegongIngest", "ShegongValidation"]),
  ],
  targets: [
    // C shim over libxlsxwriter (Debian libxlsxwriter-dev, pkg-config `xlsxwriter`).
    .systemLibrary(
      name: "CXLSXWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"])]
    ),
    // Stage 1: bytes → decoded CSV records with file and line.
    .target(name: "ShegongIngest"),
    // Stage 2: records → typed column tables and issues.
    .target(name: "ShegongValidation", dependencies: ["ShegongIngest"]),
    // Stage 3: typed tables → figures.
    .target(name: "ShegongAggregation", dependencies: ["ShegongIngest", "ShegongValidation"]),
    // Stage 4: figures → XLSX, Markdown, JSON, issues CSV.
    // The default report templates are compiled in from the top-level Templates/ (through the
    // link Sources/ShegongRendering/Templates), so the binary works from any folder.
    .target(
      name: "ShegongRendering",
      dependencies: ["ShegongAggregation", "CXLSXWriter"],
      resources: [.embedInCode("Templates/report.zh.md"), .embedInCode("Templates/report.en.md")]
    ),
    // The seeded sample-data generator behind `shegong sample`.
    .target(name: "ShegongSample", dependencies: ["ShegongIngest", "ShegongValidation"]),
    // The thin command.
    .executableTarget(
      name: "shegong",
      dependencies: ["ShegongIngest", "ShegongValidation", "ShegongAggregation", "ShegongRendering", "ShegongSample"]
    ),
    .testTarget(
      name: "ShegongIngestTests",
      dependencies: ["ShegongIngest"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "ShegongValidationTests",
      dependencies: ["ShegongValidation"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "ShegongAggregationTests",
      dependencies: ["ShegongAggregation"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "ShegongRenderingTests",
      dependencies: ["ShegongRendering"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "ShegongSampleTests",
      dependencies: ["ShegongSample", "ShegongValidation"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "ShegongTests",
      dependencies: ["shegong", "ShegongIngest", "ShegongRendering", "ShegongSample"],
      resources: [.copy("Fixtures")]
    ),
  ]
)
