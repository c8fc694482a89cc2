import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import ManaratDomain
import NIOConcurrencyHelpers
import NIOCore
import SQLKit

/// Registers the configured database with Fluent.
public enum DatabaseSetup {
    /// Registers the database for `location` as the default one; every connection it gives
    /// carries `protection` and `ids` (see `Database.protection` and `Database.ids`).
    public static func register(
        _ location: DatabaseLocation, protection: DataProtection, ids: IDGenerator, poolTimeoutSeconds: Int64 = 10,
        on databases: Databases
    ) throws {
        switch location {
        case .sqlite(let path):
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw DatabaseSetupError(
                    description:
                        "cannot create the folder for the database at \(directory): \(error.localizedDescription)")
            }
            databases.use(SQLiteFileConfiguration(path: path, protection: protection, ids: ids), as: .sqlite)
        case .postgres(let url, let schema):
            var configuration = try SQLPostgresConfiguration(url: url)
            if let schema { configuration.searchPath = [schema] }
            databases.use(
                ProtectedConfiguration(
                    inner: DatabaseConfigurationFactory.postgres(
                        configuration: configuration, maxConnectionsPerEventLoop: 4,
                        connectionPoolTimeout: .seconds(poolTimeoutSeconds)
                    ).make(),
                    protection: protection,
                    ids: ids
                ),
                as: .psql
            )
        }
    }

    /// Prepares every connection before use: SQLite pragmas on each event loop's connection, and
    /// the test schema on PostgreSQL.
    ///
    /// The SQLite driver has no pragma option and keeps one connection per event loop, so each
    /// loop's connection is configured here. WAL lets readers run beside the one writer;
    /// `synchronous=FULL` makes an acknowledged write survive a power cut; the busy timeout makes a
    /// second writer wait instead of failing or spinning forever.
    public static func prepare(
        _ location: DatabaseLocation, databases: Databases, eventLoopGroup: any EventLoopGroup, logger: Logger
    ) async throws {
        switch location {
        case .sqlite:
            for eventLoop in eventLoopGroup.makeIterator() {
                guard let database = databases.database(logger: logger, on: eventLoop) as? any SQLDatabase else {
                    continue
                }
                try await database.raw("PRAGMA journal_mode=WAL").run()
                try await database.raw("PRAGMA synchronous=FULL").run()
                try await database.raw("PRAGMA busy_timeout=10000").run()
                try await database.raw("PRAGMA foreign_keys=ON").run()
            }
        case .postgres(_, let schema):
            guard let schema,
                let database = databases.database(logger: logger, on: eventLoopGroup.any()) as? any SQLDatabase
            else { return }
            try await database.raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run()
        }
    }

    /// Drops a test schema and everything in it.
    public static func dropSchema(_ schema: String, on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
    }
}
