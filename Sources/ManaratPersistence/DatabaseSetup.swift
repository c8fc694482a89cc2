import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import NIOConcurrencyHelpers
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
    /// Registers the database for `location` as the default one; every connection it gives
    /// carries `protection` (see `Database.protection`).
    public static func register(_ location: DatabaseLocation, protection: DataProtection, on databases: Databases) throws {
        switch location {
        case .sqlite(let path):
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw DatabaseSetupError(description: "cannot create the folder for the database at \(directory): \(error.localizedDescription)")
            }
            databases.use(SQLiteFileConfiguration(path: path, protection: protection), as: .sqlite)
        case .postgres(let url, let schema):
            var configuration = try SQLPostgresConfiguration(url: url)
            if let schema { configuration.searchPath = [schema] }
            databases.use(
                ProtectedConfiguration(
                    inner: DatabaseConfigurationFactory.postgres(configuration: configuration, maxConnectionsPerEventLoop: 4, connectionPoolTimeout: .seconds(10)).make(),
                    protection: protection
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

/// A database configuration that carries the data key, so that a repository handed any database
/// of Manarat's (a request's, a transaction's, the SQLite writer's) can seal and open fields
/// without every caller passing the key along.
protocol CarriesDataProtection {
    var protection: DataProtection { get }
}

/// Any driver's configuration with the data key attached.
struct ProtectedConfiguration: DatabaseConfiguration, CarriesDataProtection {
    var inner: any DatabaseConfiguration
    let protection: DataProtection

    var middleware: [any AnyModelMiddleware] {
        get { inner.middleware }
        set { inner.middleware = newValue }
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        inner.makeDriver(for: databases)
    }
}

public extension Database {
    /// The data key this database was registered with.
    var protection: DataProtection {
        get throws {
            guard let carrier = context.configuration as? any CarriesDataProtection else {
                throw DatabaseSetupError(description: "this database was not registered with a data key")
            }
            return carrier.protection
        }
    }

    /// Whether this database is SQLite (as opposed to PostgreSQL).
    var isSQLite: Bool {
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
    func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
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
        let result = try await SQLiteWriters.forFile(configured.file).write(on: writer) { database in try await body(database) as any Sendable }
        return result as! T

    }
}

/// The SQLite driver's configuration with the file it opens and the connection that writes it.
///
/// A write finds the queue of its file here without asking SQLite, and runs on a connection of
/// its own, served by a thread of its own (see `SQLiteWriterConnection`).
struct SQLiteFileConfiguration: DatabaseConfiguration, CarriesDataProtection {
    var inner: any DatabaseConfiguration
    /// The database file's standardized absolute path.
    let file: String
    let writer: SQLiteWriterConnection
    let protection: DataProtection

    init(path: String, protection: DataProtection) {
        inner = DatabaseConfigurationFactory.sqlite(.file(path), maxConnectionsPerEventLoop: 1).make()
        file = URL(fileURLWithPath: path).standardizedFileURL.path
        writer = SQLiteWriterConnection(path: path, protection: protection)
        self.protection = protection
    }

    var middleware: [any AnyModelMiddleware] {
        get { inner.middleware }
        set { inner.middleware = newValue }
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        writer.start(on: databases.eventLoopGroup)
        return Driver(inner: inner.makeDriver(for: databases), writer: writer)
    }

    /// The readers' driver, which also closes the writer's connection and thread.
    struct Driver: DatabaseDriver {
        let inner: any DatabaseDriver
        let writer: SQLiteWriterConnection

        func makeDatabase(with context: DatabaseContext) -> any Database {
            inner.makeDatabase(with: context)
        }

        func shutdown() {
            writer.shutdown()
            inner.shutdown()
        }

        func shutdownAsync() async {
            await writer.shutdownAsync()
            await inner.shutdownAsync()
        }
    }
}

/// The connection the write groups of one SQLite file run on, with one thread of its own.
///
/// SQLiteNIO runs each statement on a thread pool and resumes the caller from that thread. The
/// group's leader continues right there (`ContinueInPlace`), so a group's statements follow each
/// other on one thread with no hand-over between threads; on the readers' shared pool, the other
/// pool thread would be woken for each of them.
final class SQLiteWriterConnection: @unchecked Sendable {
    private let path: String
    private let protection: DataProtection
    private let lock = NSLock()
    private var threadPool: NIOThreadPool?
    private var databases: Databases?
    private var eventLoop: (any EventLoop)?

    init(path: String, protection: DataProtection) {
        self.path = path
        self.protection = protection
    }

    func start(on eventLoopGroup: any EventLoopGroup) {
        lock.withLock {
            guard databases == nil else { return }
            let pool = NIOThreadPool(numberOfThreads: 1)
            pool.start()
            let own = Databases(threadPool: pool, on: eventLoopGroup)
            own.use(ProtectedConfiguration(inner: DatabaseConfigurationFactory.sqlite(.file(path), maxConnectionsPerEventLoop: 1).make(), protection: protection), as: .sqlite)
            threadPool = pool
            databases = own
            eventLoop = eventLoopGroup.next()
        }
    }

    /// The writer's database: always the same connection.
    func database(logger: Logger) throws -> any Database {
        let (databases, eventLoop) = lock.withLock { (self.databases, self.eventLoop) }
        guard let databases, let eventLoop, let database = databases.database(.sqlite, logger: logger, on: eventLoop) else {
            throw DatabaseSetupError(description: "the database is closed")
        }
        return database
    }

    func shutdown() {
        let (databases, pool) = take()
        databases?.shutdown()
        try? pool?.syncShutdownGracefully()
    }

    func shutdownAsync() async {
        let (databases, pool) = take()
        await databases?.shutdownAsync()
        try? await pool?.shutdownGracefully()
    }

    private func take() -> (Databases?, NIOThreadPool?) {
        lock.withLock {
            defer { databases = nil; threadPool = nil; eventLoop = nil }
            return (databases, threadPool)
        }
    }
}

/// Work whose request was already answered (503 at its deadline): its writes must not be saved.
///
/// The request's deadline sets the flag; the work carries it as a task-local value, which every
/// task it starts inherits (Vapor runs route handlers in tasks of their own, so cancellation alone
/// would not reach them). `writeTransaction` checks it before each write and before it commits.
public enum AbandonedWork {
    /// Set by the deadline when the request was answered without this work.
    @TaskLocal public static var flag: NIOLockedValueBox<Bool>?
}

/// The writers of this process to one SQLite file, committed in groups.
///
/// Each event loop has its own SQLite connection; two writing at once used to meet in SQLite's
/// busy handler, which sleeps in growing steps (up to 100 ms each) and gave a form POST a p99 of
/// about two seconds under eight concurrent clients. Here a writer hands its body to the queue;
/// one task at a time (the leader) takes everything queued, runs it in one transaction on one
/// connection, each body in a savepoint, commits once and answers every caller; then it takes the
/// next group. Other processes on the same file still meet the busy timeout, as before.
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

    /// The most bodies committed together, so one group's wait stays short.
    static let groupLimit = 64

    private struct Job {
        let body: @Sendable (any Database) async throws -> any Sendable
        let continuation: CheckedContinuation<any Sendable, any Error>
        let cancelled: NIOLockedValueBox<Bool>
    }

    private let lock = NSLock()
    private let preparedConnection = NIOLockedValueBox<SQLiteConnection?>(nil)
    private var queue: [Job] = []
    private var leading = false

    /// Runs `body` in the next group's transaction and returns its result once the group committed.
    func write(on database: any Database, _ body: @escaping @Sendable (any Database) async throws -> any Sendable) async throws -> any Sendable {
        // A request answered 503 at its deadline while its body waits here is skipped when its
        // group runs, so nothing is saved behind that answer.
        let abandoned = AbandonedWork.flag ?? NIOLockedValueBox(false)
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<any Sendable, any Error>) in
            let lead = lock.withLock { () -> Bool in
                queue.append(Job(body: body, continuation: continuation, cancelled: abandoned))
                if leading { return false }
                leading = true
                return true
            }
            if lead {
                Task(executorPreference: ContinueInPlace.executor) { await self.lead(on: database) }
            }
        }
    }

    private func lead(on database: any Database) async {
        do {
            try await database.withConnection { connection in
                // The driver runs this closure in a task of its own, which does not inherit the
                // leader's executor preference: it is set again here.
                try await withTaskExecutorPreference(ContinueInPlace.executor) {
                    let sql = connection as! any SQLDatabase
                    // A new connection (the first, or one the pool opened again) gets the readers' settings.
                    // (Held, not just compared by address: a new connection could reuse a freed one's.)
                    let opened = try await (connection as! any SQLiteDatabase).withConnection { $0.eventLoop.makeSucceededFuture($0) }.get()
                    if self.preparedConnection.withLockedValue({ $0 }) !== opened {
                        try await sql.raw("PRAGMA synchronous=FULL").run()
                        try await sql.raw("PRAGMA busy_timeout=10000").run()
                        try await sql.raw("PRAGMA foreign_keys=ON").run()
                        self.preparedConnection.withLockedValue { $0 = opened }
                    }
                    while let group = self.nextGroup() {
                        await Self.commit(group, on: connection, sql: sql)
                    }
                }
            }
        } catch {
            // No connection (the database is closed): everything queued hears so.
            while let group = nextGroup() {
                for job in group { job.continuation.resume(throwing: error) }
            }
        }
    }

    /// The next group of queued bodies, or nil (and no leader any more) when none is waiting.
    private func nextGroup() -> [Job]? {
        lock.withLock {
            let taken = Array(queue.prefix(Self.groupLimit))
            queue.removeFirst(taken.count)
            if taken.isEmpty {
                leading = false
                return nil
            }
            return taken
        }
    }

    private static func commit(_ group: [Job], on connection: any Database, sql: any SQLDatabase) async {
        let results: [Result<any Sendable, any Error>]
        do {
            // Every statement here is a round trip to SQLite's thread while the write lock is
            // held, so the usual group runs its bodies one after another with no savepoint of
            // their own, and writes the audit head once for all of them.
            if let optimistic = try await run(group, on: connection, sql: sql, isolated: false) {
                results = optimistic
            } else {
                // A body failed: the whole group was rolled back, and runs again with each body in
                // a savepoint, so that only the failing one loses its writes. (Bodies only write to
                // the database, so running one twice leaves what running it once would.)
                results = try await run(group, on: connection, sql: sql, isolated: true)!
            }
        } catch {
            // The transaction itself failed (the commit, or the database went away): nothing of
            // the group was saved, and every caller hears so.
            results = group.map { _ in .failure(error) }
        }
        for (job, result) in zip(group, results) {
            job.continuation.resume(with: result)
        }
    }

    /// Runs `group` in one transaction. Not `isolated`: returns nil, with nothing saved, as soon
    /// as a body fails. `isolated`: each body runs in a savepoint and a failure is its own result.
    private static func run(_ group: [Job], on connection: any Database, sql: any SQLDatabase, isolated: Bool) async throws -> [Result<any Sendable, any Error>]? {
        let head = GroupAuditHead()
        try await sql.raw("BEGIN IMMEDIATE").run()
        do {
            var results: [Result<any Sendable, any Error>] = []
            for job in group {
                if job.cancelled.withLockedValue({ $0 }) {
                    results.append(.failure(CancellationError()))
                    continue
                }
                let saved = head.snapshot()
                if isolated { try await sql.raw("SAVEPOINT manarat_write").run() }
                do {
                    let value = try await GroupAuditHead.$current.withValue(head) { try await job.body(connection) }
                    if job.cancelled.withLockedValue({ $0 }) { throw CancellationError() }
                    if isolated { try await sql.raw("RELEASE manarat_write").run() }
                    results.append(.success(value))
                } catch {
                    guard isolated else {
                        // SQLite may have rolled the whole transaction back itself (a full disk,
                        // an I/O error), in which case there is nothing left to roll back.
                        try? await sql.raw("ROLLBACK").run()
                        return nil
                    }
                    let errorOfBody = error
                    do {
                        try await sql.raw("ROLLBACK TO manarat_write").run()
                        try await sql.raw("RELEASE manarat_write").run()
                    } catch {
                        // The savepoint went with the whole transaction: nothing of the group is
                        // saved, and every caller hears the body's error, the real cause.
                        throw FailedGroup(cause: errorOfBody)
                    }
                    head.restore(saved)
                    results.append(.failure(error))
                }
            }
            try await head.store(on: sql)
            try await sql.raw("COMMIT").run()
            return results
        } catch let failed as FailedGroup {
            try? await sql.raw("ROLLBACK").run()
            throw failed.cause
        } catch {
            try? await sql.raw("ROLLBACK").run()
            throw error
        }
    }

    private struct FailedGroup: Error {
        let cause: any Error
    }
}

/// A task executor that runs each job where it was resumed, at once.
///
/// The write group's leader runs on it: when SQLite's thread finishes a statement and resumes the
/// leader, the leader goes on right there and hands SQLite its next statement, instead of waking
/// an event loop to do it (two thread switches a statement, which capped the group).
final class ContinueInPlace: TaskExecutor {
    static let executor = ContinueInPlace()

    func enqueue(_ job: consuming ExecutorJob) {
        job.runSynchronously(on: asUnownedTaskExecutor())
    }
}

/// The audit chain's head while one SQLite write group runs: read once, advanced in memory by
/// each entry, and written back once before the group commits.
///
/// The group holds SQLite's write lock from `BEGIN IMMEDIATE` to `COMMIT`, so nothing else can
/// append in between; PostgreSQL, and SQLite outside a group, keep the head in its row.
final class GroupAuditHead: @unchecked Sendable {
    /// The head of the group the current task runs in, if any.
    @TaskLocal static var current: GroupAuditHead?

    typealias State = (sequence: Int, hash: String, dirty: Bool)?

    // Only the group's leader touches it, one body at a time.
    private var state: State = nil

    /// The head, read from its row the first time a body of the group appends.
    func load(on sql: any SQLDatabase) async throws -> (sequence: Int, hash: String) {
        if let state { return (state.sequence, state.hash) }
        guard let row = try await sql.select().columns("last_sequence", "last_hash").from(AuditHeadModel.schema).where("id", .equal, SQLBind(1)).first() else {
            throw DatabaseSetupError(description: "the audit head row is missing; run the migrations")
        }
        let loaded = (sequence: try row.decode(column: "last_sequence", as: Int.self), hash: try row.decode(column: "last_hash", as: String.self))
        state = (loaded.sequence, loaded.hash, false)
        return loaded
    }

    /// Moves the head to the entry just inserted.
    func advance(to sequence: Int, hash: String) {
        state = (sequence, hash, true)
    }

    func snapshot() -> State { state }

    func restore(_ saved: State) { state = saved }

    /// Writes the head back, if a body moved it.
    func store(on sql: any SQLDatabase) async throws {
        guard let state, state.dirty else { return }
        try await sql.update(AuditHeadModel.schema).set("last_sequence", to: SQLBind(state.sequence)).set("last_hash", to: SQLBind(state.hash)).where("id", .equal, SQLBind(1)).run()
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
