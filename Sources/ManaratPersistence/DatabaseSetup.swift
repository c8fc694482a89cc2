import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import NIOCore
import SQLKit

/// Where Manarat keeps its data: an embedded SQLite file by default, or PostgreSQL.
public enum DatabaseLocation: Sendable, Equatable {
    /// One SQLite file in WAL mode, for a single instance.
    case sqlite(path: String)
    /// A PostgreSQL database; `schema`, when set, is created if missing and used as the search path
    /// (tests give each test its own schema).
    case postgres(url: String, schema: String?)

    /// Reads the location from the environment: `DATABASE_URL` (postgres://…) or `MANARAT_SQLITE_PATH`.
    public static func from(environment: [String: String]) -> DatabaseLocation {
        if let url = environment["DATABASE_URL"], url.hasPrefix("postgres") {
            return .postgres(url: url, schema: environment["MANARAT_DB_SCHEMA"])
        }
        return .sqlite(path: environment["MANARAT_SQLITE_PATH"] ?? "./data/manarat.sqlite")
    }
}

/// Errors raised while opening the database, with a message an operator can act on.
public struct DatabaseSetupError: Error, CustomStringConvertible {
    /// What went wrong.
    public var description: String

    /// Creates an error with its message.
    public init(description: String) {
        self.description = description
    }
}

/// Registers the configured database with Fluent.
public enum DatabaseSetup {
    /// Registers the database for `location` as the default one.
    public static func register(_ location: DatabaseLocation, on databases: Databases) throws {
        switch location {
        case .sqlite(let path):
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw DatabaseSetupError(description: "cannot create the folder for the database at \(directory): \(error.localizedDescription)")
            }
            databases.use(.sqlite(.file(path), maxConnectionsPerEventLoop: 1), as: .sqlite)
        case .postgres(let url, let schema):
            var configuration = try SQLPostgresConfiguration(url: url)
            if let schema { configuration.searchPath = [schema] }
            databases.use(
                .postgres(configuration: configuration, maxConnectionsPerEventLoop: 4, connectionPoolTimeout: .seconds(10)),
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
    public static func prepare(_ location: DatabaseLocation, databases: Databases, eventLoopGroup: any EventLoopGroup, logger: Logger) async throws {
        switch location {
        case .sqlite:
            for eventLoop in eventLoopGroup.makeIterator() {
                guard let database = databases.database(logger: logger, on: eventLoop) as? any SQLDatabase else { continue }
                try await database.raw("PRAGMA journal_mode=WAL").run()
                try await database.raw("PRAGMA synchronous=FULL").run()
                try await database.raw("PRAGMA busy_timeout=10000").run()
                try await database.raw("PRAGMA foreign_keys=ON").run()
            }
        case .postgres(_, let schema):
            guard let schema, let database = databases.database(logger: logger, on: eventLoopGroup.any()) as? any SQLDatabase else { return }
            try await database.raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run()
        }
    }

    /// Drops a test schema and everything in it.
    public static func dropSchema(_ schema: String, on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
    }
}

public extension Database {
    /// Whether this database is SQLite (as opposed to PostgreSQL).
    var isSQLite: Bool {
        (self as? any SQLDatabase)?.dialect.name == "sqlite"
    }

    /// Runs `body` in one transaction that writes.
    ///
    /// On SQLite the transaction starts with `BEGIN IMMEDIATE`, taking the write lock before the
    /// first read: a deferred transaction that reads and then writes fails with SQLITE_BUSY when
    /// another connection wrote in between, and the busy timeout cannot help it.
    func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard isSQLite else {
            return try await transaction(body)
        }
        return try await withConnection { connection in
            // The connection first, then the turn: a task never waits for a connection while
            // holding the turn, so the two cannot deadlock.
            let sql = connection as! any SQLDatabase
            let file = try await sql.raw("PRAGMA database_list").all().first.map { try $0.decode(column: "file", as: String.self) } ?? ""
            let writers = SQLiteWriters.forFile(file)
            await writers.acquire()
            defer { writers.release() }
            try await sql.raw("BEGIN IMMEDIATE").run()
            do {
                let result = try await body(connection)
                try await sql.raw("COMMIT").run()
                return result
            } catch {
                try? await sql.raw("ROLLBACK").run()
                throw error
            }
        }
    }
}

/// Writers of this process to one file take turns, first come first served, before SQLite's own write lock.
///
/// Each event loop has its own SQLite connection; two writing at once used to meet in SQLite's
/// busy handler, which sleeps in growing steps (up to 100 ms each) and gave a form POST a p99 of
/// about two seconds under eight concurrent clients. Queued here, a writer waits only for the one
/// before it. Other processes on the same file still meet the busy timeout, as before.
final class SQLiteWriters: @unchecked Sendable {
    private static let registryLock = NSLock()
    nonisolated(unsafe) private static var registry: [String: SQLiteWriters] = [:]

    /// The queue of the writers of one database file (tests run many files side by side).
    static func forFile(_ path: String) -> SQLiteWriters {
        registryLock.withLock {
            if let existing = registry[path] { return existing }
            let created = SQLiteWriters()
            registry[path] = created
            return created
        }
    }

    private let lock = NSLock()
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let runNow = lock.withLock { () -> Bool in
                if busy {
                    waiting.append(continuation)
                    return false
                }
                busy = true
                return true
            }
            if runNow { continuation.resume() }
        }
    }

    func release() {
        let next = lock.withLock { () -> CheckedContinuation<Void, Never>? in
            if waiting.isEmpty {
                busy = false
                return nil
            }
            return waiting.removeFirst()
        }
        next?.resume()
    }
}

/// Consistent copies of the embedded database.
public enum Backup {
    /// Why a copy was not made.
    public enum Refusal: Error, Equatable {
        /// PostgreSQL is copied with its own tools (`pg_dump -Fc`), not by the application.
        case notSQLite
        /// The target already exists; a backup never overwrites a file.
        case targetExists(String)
    }

    /// Writes a consistent copy of the SQLite database to `path` with `VACUUM INTO`, which reads
    /// one snapshot while the application keeps serving (WAL readers do not block it).
    public static func sqlite(_ database: any Database, to path: String) async throws {
        guard database.isSQLite else { throw Refusal.notSQLite }
        guard !FileManager.default.fileExists(atPath: path) else { throw Refusal.targetExists(path) }
        let sql = database as! any SQLDatabase
        try await sql.raw("VACUUM INTO \(bind: path)").run()
    }
}
