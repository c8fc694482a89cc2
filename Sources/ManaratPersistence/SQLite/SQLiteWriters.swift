import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import ManaratDomain
import NIOConcurrencyHelpers
import NIOCore
import SQLKit

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
    func write(on database: any Database, _ body: @escaping @Sendable (any Database) async throws -> any Sendable)
        async throws -> any Sendable
    {
        // A request answered 503 at its deadline while its body waits here is skipped when its
        // group runs, so nothing is saved behind that answer.
        let abandoned = AbandonedWork.flag ?? NIOLockedValueBox(false)
        return try await withCheckedThrowingContinuation {
            (continuation: CheckedContinuation<any Sendable, any Error>) in
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
                    let opened = try await (connection as! any SQLiteDatabase).withConnection {
                        $0.eventLoop.makeSucceededFuture($0)
                    }.get()
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
    private static func run(_ group: [Job], on connection: any Database, sql: any SQLDatabase, isolated: Bool)
        async throws -> [Result<any Sendable, any Error>]?
    {
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
