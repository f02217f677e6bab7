// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "Egide",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "egide", targets: ["egide"]),
    .library(name: "EgideCore", targets: ["EgideCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(
      url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
    .package(
      url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
  ],
  targets: [
    .target(name: "EgideCore", swiftSettings: swiftSettings),
    .target(
      name: "EgideStore",
      dependencies: [
        "EgideCore",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "_CryptoExtras", package: "swift-crypto"),
      ],
      swiftSettings: swiftSettings),
    .target(
      name: "EgideReports", dependencies: ["EgideCore"],
      swiftSettings: swiftSettings),
    .target(
      name: "EgideCLI",
      dependencies: [
        "EgideCore", "EgideStore", "EgideReports",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings),
    .executableTarget(
      name: "egide", dependencies: ["EgideCLI"], swiftSettings: swiftSettings),
    // The benchmark harness: times whole egide processes beside the sqlite3
    // CLI answering the same question; run it in release mode (Scripts/bench).
    .executableTarget(
      name: "EgideBench", dependencies: [], swiftSettings: swiftSettings),
    // What the test targets share: starting child processes without
    // Foundation's Process, whose launch crashes on Linux (see ChildProcess).
    .target(
      name: "EgideTestSupport", path: "Tests/EgideTestSupport",
      swiftSettings: swiftSettings),
    .testTarget(
      name: "EgideCoreTests",
      dependencies: [
        "EgideCore",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "EgideReportsTests",
      dependencies: ["EgideReports", "EgideCore", "EgideTestSupport"],
      exclude: ["Golden"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "EgideStoreTests",
      dependencies: [
        "EgideStore", "EgideCore", "EgideReports",
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      exclude: ["Golden"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "EgideCLITests",
      dependencies: [
        "egide", "EgideCore", "EgideStore", "EgideCLI", "EgideTestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Golden", "Fixtures"],
      swiftSettings: swiftSettings),
  ]
)
