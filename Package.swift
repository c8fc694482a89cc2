// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Manarat",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "manarat", targets: ["manarat"])
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        // Property-based tests of the domain rules (tests only).
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        // Pure domain: values, rules, state machines, clock and id abstractions. Foundation only.
        .target(name: "ManaratDomain"),
        // Fluent models, numbered migrations and repositories that map rows to domain values.
        .target(
            name: "ManaratPersistence",
            dependencies: [
                "ManaratDomain",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // HTTP: routes, controllers, views, middleware, string catalogs, commands.
        .target(
            name: "ManaratApp",
            dependencies: [
                "ManaratDomain",
                "ManaratPersistence",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .executableTarget(name: "manarat", dependencies: ["ManaratApp"]),
        // Fixtures and the `withApp` helper shared by the test targets.
        .target(
            name: "ManaratTestSupport",
            dependencies: [
                "ManaratApp",
                "ManaratPersistence",
                "ManaratDomain",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "ManaratDomainTests",
            dependencies: ["ManaratDomain", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ManaratPersistenceTests", dependencies: ["ManaratPersistence", "ManaratTestSupport"]),
        .testTarget(
            name: "ManaratAppTests", dependencies: ["ManaratApp", "ManaratTestSupport"], exclude: ["__Snapshots__"]),
    ]
)
