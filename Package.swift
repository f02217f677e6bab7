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
    // The served registry: HTTP server, TLS, authentication, lifecycle,
    // and the HTTP client the CLI uses in client mode.
    .package(
      url: "https://github.com/hummingbird-project/hummingbird",
      exact: "2.28.1", traits: []),
    .package(
      url: "https://github.com/hummingbird-project/hummingbird-auth",
      exact: "2.5.0"),
    .package(
      url: "https://github.com/swift-server/async-http-client", exact: "1.37.0"
    ),
    .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
    .package(url: "https://github.com/apple/swift-nio-ssl", exact: "2.37.6"),
    .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
    .package(
      url: "https://github.com/swift-server/swift-service-lifecycle",
      exact: "2.13.0"),
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
    // What a user may do: authorize, run, log, answer. Every front end
    // (the CLI on a local file, the HTTP API) calls it.
    .target(
      name: "EgideService",
      dependencies: [
        "EgideCore", "EgideStore", "EgideReports",
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      swiftSettings: swiftSettings),
    // The HTTP API over EgideService (Hummingbird 2, TLS through NIOSSL).
    .target(
      name: "EgideServer",
      dependencies: [
        "EgideCore", "EgideService",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdCore", package: "hummingbird"),
        .product(name: "HummingbirdTLS", package: "hummingbird"),
        .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "UnixSignals", package: "swift-service-lifecycle"),
      ],
      swiftSettings: swiftSettings),
    .target(
      name: "EgideCLI",
      dependencies: [
        "EgideCore", "EgideStore", "EgideReports", "EgideService",
        "EgideServer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: swiftSettings),
    .executableTarget(
      name: "egide", dependencies: ["EgideCLI"], swiftSettings: swiftSettings),
    // The benchmark harness: times whole egide processes beside the sqlite3
    // CLI answering the same question; run it in release mode (Scripts/bench).
    .executableTarget(
      name: "EgideBench", dependencies: [], swiftSettings: swiftSettings),
    // The load driver: concurrent clients against a running `egide serve`,
    // timed per operation, then a check of every acknowledged report
    // (Scripts/load-test).
    .executableTarget(
      name: "EgideLoad",
      dependencies: [
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
      ],
      swiftSettings: swiftSettings),
    // What the test targets share: starting child processes without
    // Foundation's Process, whose launch crashes on Linux (see ChildProcess).
    .target(
      name: "EgideTestSupport", path: "Tests/EgideTestSupport",
      swiftSettings: swiftSettings),
    .testTarget(
      name: "EgideCoreTests",
      dependencies: [
        "EgideCore", "EgideTestSupport",
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
        "EgideStore", "EgideCore", "EgideReports", "EgideTestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      exclude: ["Golden"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "EgideServiceTests",
      dependencies: [
        "EgideService", "EgideCore", "EgideStore", "EgideTestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "EgideServerTests",
      dependencies: [
        "EgideServer", "EgideService", "EgideCore", "EgideStore",
        "EgideTestSupport",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ],
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
