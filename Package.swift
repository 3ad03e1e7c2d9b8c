// swift-tools-version:6.1
import PackageDescription

/// Every Weefsel target is compiled with the same settings: Swift 6 language mode plus the
/// upcoming features the style guide asks for.
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Weefsel",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "weefsel", targets: ["weefsel"]),
        .library(name: "WeefselGraph", targets: ["WeefselGraph"]),
        .library(name: "WeefselCore", targets: ["WeefselCore"]),
        .library(name: "WeefselStore", targets: ["WeefselStore"]),
        .library(name: "WeefselMatching", targets: ["WeefselMatching"]),
        .library(name: "WeefselMaps", targets: ["WeefselMaps"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.34.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "WeefselGraph",
            dependencies: [.product(name: "Collections", package: "swift-collections")],
            swiftSettings: swiftSettings
        ),
        .target(name: "WeefselMatching", dependencies: ["WeefselGraph"], swiftSettings: swiftSettings),
        .target(
            name: "WeefselCore",
            dependencies: [
                "WeefselGraph",
                "WeefselMatching",
                "WeefselMaps",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "WeefselStore",
            dependencies: [
                "WeefselCore",
                "WeefselGraph",
                "WeefselMatching",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "WeefselServer",
            dependencies: [
                "WeefselCore",
                "WeefselGraph",
                "WeefselStore",
                "WeefselMaps",
                "WeefselMatching",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "HummingbirdOTP", package: "hummingbird-auth"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Web/Templates"), .copy("Web/Static")],
            swiftSettings: swiftSettings
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(
            name: "WeefselMaps",
            dependencies: ["WeefselGraph", "CGraphviz", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "weefsel",
            dependencies: [
                "WeefselCore",
                "WeefselGraph",
                "WeefselMatching",
                "WeefselMaps",
                "WeefselStore",
                "WeefselServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "WeefselBench",
            dependencies: [
                "WeefselGraph", "WeefselStore", "WeefselMatching", "WeefselMaps",
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/WeefselBench",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "WeefselGraphTests",
            dependencies: ["WeefselGraph"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "WeefselMatchingTests", dependencies: ["WeefselMatching"], swiftSettings: swiftSettings),
        .testTarget(
            name: "WeefselCoreTests", dependencies: ["WeefselCore", "WeefselStore", "WeefselMatching", "WeefselGraph"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "WeefselStoreTests", dependencies: ["WeefselCore", "WeefselStore", "WeefselMatching"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "WeefselMapsTests",
            dependencies: ["WeefselMaps", "WeefselGraph"],
            exclude: ["Golden"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "WeefselDurabilityTests",
            dependencies: ["weefsel", "WeefselCore", "WeefselStore", "WeefselGraph"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "WeefselServerTests",
            dependencies: [
                "WeefselCore",
                "WeefselServer",
                "WeefselStore",
                "WeefselGraph",
                "WeefselMatching",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
