import Crypto
import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Configures `app` completely: database, migrations, middleware, routes and commands.
///
/// The executable and the tests both call this, so what is tested is what runs.
public func buildApplication(_ app: Application, configuration: AppConfiguration) async throws {
    let protection = try configuration.dataKey.resolve(for: configuration.database)
    try DatabaseSetup.register(
        configuration.database, protection: protection, ids: configuration.ids,
        poolTimeoutSeconds: configuration.databasePoolTimeoutSeconds, on: app.databases)
    for migration in ManaratMigrations.all(protection: protection) { app.migrations.add(migration) }
    try await DatabaseSetup.prepare(
        configuration.database, databases: app.databases, eventLoopGroup: app.eventLoopGroup, logger: app.logger)

    app.passwords.use(.bcrypt(cost: configuration.bcryptCost))
    let decoy = try Bcrypt.hash(Tokens.random(), cost: configuration.bcryptCost)
    // The key is needed before any request; reading it needs the settings table, so the
    // placeholder is replaced once migrations have run (see `loadSigningKey`).
    app.manarat = AppServices(
        configuration: configuration, signingKey: SymmetricKey(size: .bits256), decoyPasswordHash: decoy,
        protection: protection)

    // A research report or a complaint written at length in Arabic is several bytes a letter
    // once URL-encoded; Vapor's 16 KB default would refuse it.
    app.routes.defaultMaxBodySize = "512kb"
    app.middleware = Middlewares()
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(ErrorPageMiddleware())
    if configuration.requestDeadlineSeconds > 0 {
        app.middleware.use(DeadlineMiddleware(seconds: configuration.requestDeadlineSeconds))
    }
    app.middleware.use(SessionMiddleware())
    app.middleware.use(CSRFMiddleware())

    SiteRoutes.register(on: app.routes, configuration: configuration)

    app.asyncCommands.use(CreateAdminCommand(), as: "create-admin")
    app.asyncCommands.use(SeedDemoCommand(), as: "seed-demo")
    app.asyncCommands.use(BenchmarkSeedCommand(), as: "benchmark-seed")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(AuditCommands(), as: "audit")
    app.asyncCommands.use(RetentionCommands(), as: "retention")
    app.asyncCommands.use(OutboxCommands(), as: "outbox")
}

/// Reads the signing key from configuration, or from the database, creating and storing one the
/// first time so every instance sharing the database signs alike.
public func loadSigningKey(_ app: Application) async throws {
    let configured = app.manarat.configuration.secretKey
    let encoded: String
    if let configured {
        encoded = configured
    } else {
        encoded = try await SettingsRepository(database: app.db).valueCreatingIfMissing("signing_key") {
            Data(SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }).base64EncodedString()
        }
    }
    guard let data = Data(base64Encoded: encoded), data.count >= 32 else {
        throw DatabaseSetupError(description: "MANARAT_SECRET_KEY must be at least 32 bytes, base64-encoded")
    }
    app.manarat.signingKey = SymmetricKey(data: data)
    try await checkDataKey(app)
}

/// Refuses to go on when the configured data key is not the one the database was sealed with:
/// a new key would make what is stored unreadable, and what is written next unreadable to the
/// old key. The first start stores a value sealed with the key, to check the next ones against.
func checkDataKey(_ app: Application) async throws {
    let protection = app.manarat.protection
    let sealed = try await SettingsRepository(database: app.db).valueCreatingIfMissing("data_key_check") {
        protection.seal("manarat", as: .keyCheck)
    }
    let opened: String? = try? protection.open(sealed, as: .keyCheck)
    guard opened == "manarat" else {
        throw DatabaseSetupError(
            description:
                "the data key (MANARAT_DATA_KEY, MANARAT_DATA_KEY_FILE or manarat-data.key) is not the one this database was sealed with; start with the original key"
        )
    }
}
