import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import ManaratDomain
import NIOConcurrencyHelpers
import NIOCore
import SQLKit

extension Database {
    /// The data key this database was registered with.
    public var protection: DataProtection {
        get throws {
            guard let carrier = context.configuration as? any CarriesDataProtection else {
                throw DatabaseSetupError(description: "this database was not registered with a data key")
            }
            return carrier.protection
        }
    }

    /// The id generator this database was registered with: every new row a repository writes is
    /// named by it, so tests that pin the ids see them in the rows.
    public var ids: IDGenerator {
        get throws {
            guard let carrier = context.configuration as? any CarriesDataProtection else {
                throw DatabaseSetupError(description: "this database was not registered with an id generator")
            }
            return carrier.ids
        }
    }

    /// Whether this database is SQLite (as opposed to PostgreSQL).
    public var isSQLite: Bool {
        (self as? any SQLDatabase)?.dialect.name == "sqlite"
    }

    /// Runs `body` in one transaction that writes, and returns once that write is durable.
    ///
    /// On SQLite the writes of this process to one file go through `SQLiteWriters`, which runs
    /// the bodies that arrive together in one `BEGIN IMMEDIATE` transaction, each in its own
    /// savepoint (group commit): a body that throws is rolled back alone and its caller gets the
    /// error; the others commit together, with one sync of the WAL for all of them
    /// (`synchronous=FULL` syncs at every commit, which capped form posts at one per sync).
    /// `BEGIN IMMEDIATE` takes the write lock before the first read: a deferred transaction that
    /// reads and then writes fails with SQLITE_BUSY when another connection wrote in between.
    public func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws
        -> T
    {
        guard isSQLite else {
            let abandoned = AbandonedWork.flag
            return try await transaction { database in
                let result = try await body(database)
                // A request already answered 503 at its deadline: what it wrote is rolled back.
                if abandoned?.withLockedValue({ $0 }) == true { throw CancellationError() }
                return result
            }
        }
        guard let configured = context.configuration as? SQLiteFileConfiguration else {
            // An SQLite database Manarat did not register (none today): one plain transaction.
            return try await transaction { database in try await body(database) }
        }
        let writer = try configured.writer.database(logger: logger)
        let result = try await SQLiteWriters.forFile(configured.file).write(on: writer) { database in
            try await body(database) as any Sendable
        }
        return result as! T

    }
}
