import Fluent
import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import Vapor
import VaporTesting

/// Runs `body` against a fully built app on a database of its own: a temporary SQLite file, or,
/// when `DATABASE_URL` is set, a fresh schema in that PostgreSQL database. Both are removed after.
public func withApp(
    configure: (inout AppConfiguration) -> Void = { _ in },
    _ body: (Application, TestHarness) async throws -> Void
) async throws {
    let clock = TestClock()
    let environment = ProcessInfo.processInfo.environment
    let location: DatabaseLocation
    var cleanup: @Sendable () async -> Void = {}
    if let url = environment["DATABASE_URL"], url.hasPrefix("postgres") {
        let schema = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        location = .postgres(url: url, schema: schema)
    } else {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "manarat-test-\(UUID().uuidString).sqlite"
        ).path
        location = .sqlite(path: path)
        cleanup = {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
    }
    var configuration = AppConfiguration(database: location)
    configuration.clock = clock.wallClock
    configuration.bcryptCost = 4
    configuration.loadDemoOnFirstRun = false
    configuration.dataKey = .value(testDataKey)
    // Hundreds of apps share two cores while the suite runs, so a request may wait seconds for a
    // core: that is not the stalled database the deadline is for. Its own tests set it short.
    configuration.requestDeadlineSeconds = 120
    // Hundreds of tests run at once against one PostgreSQL server: a burst of writers may wait
    // longer than production's 10 s for a free connection without anything being wrong.
    configuration.databasePoolTimeoutSeconds = 60
    configure(&configuration)

    let app = try await Application.make(.testing)
    app.logger.logLevel = .warning
    do {
        try await buildApplication(app, configuration: configuration)
        try await app.autoMigrate()
        try await loadSigningKey(app)
        try await body(app, TestHarness(clock: clock))
    } catch {
        await tearDown(app, location: location)
        await cleanup()
        throw error
    }
    await tearDown(app, location: location)
    await cleanup()
}

private func tearDown(_ app: Application, location: DatabaseLocation) async {
    if case .postgres(_, let schema?) = location {
        try? await DatabaseSetup.dropSchema(schema, on: app.db)
    }
    try? await app.asyncShutdown()
}

/// The data key every test app seals with (fixed, so a test can open what another app wrote).
public let testDataKey = "7+HM3INnvbxXYvKomVNYKPSMyAHsxzO0ueVo7z58MYI="
