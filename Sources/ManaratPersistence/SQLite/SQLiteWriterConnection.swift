import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import ManaratDomain
import NIOConcurrencyHelpers
import NIOCore
import SQLKit

/// The connection the write groups of one SQLite file run on, with one thread of its own.
///
/// SQLiteNIO runs each statement on a thread pool and resumes the caller from that thread. The
/// group's leader continues right there (`ContinueInPlace`), so a group's statements follow each
/// other on one thread with no hand-over between threads; on the readers' shared pool, the other
/// pool thread would be woken for each of them.
final class SQLiteWriterConnection: @unchecked Sendable {
    private let path: String
    private let protection: DataProtection
    private let ids: IDGenerator
    private let lock = NSLock()
    private var threadPool: NIOThreadPool?
    private var databases: Databases?
    private var eventLoop: (any EventLoop)?

    init(path: String, protection: DataProtection, ids: IDGenerator) {
        self.path = path
        self.protection = protection
        self.ids = ids
    }

    func start(on eventLoopGroup: any EventLoopGroup) {
        lock.withLock {
            guard databases == nil else { return }
            let pool = NIOThreadPool(numberOfThreads: 1)
            pool.start()
            let own = Databases(threadPool: pool, on: eventLoopGroup)
            own.use(
                ProtectedConfiguration(
                    inner: DatabaseConfigurationFactory.sqlite(.file(path), maxConnectionsPerEventLoop: 1).make(),
                    protection: protection, ids: ids), as: .sqlite)
            threadPool = pool
            databases = own
            eventLoop = eventLoopGroup.next()
        }
    }

    /// The writer's database: always the same connection.
    func database(logger: Logger) throws -> any Database {
        let (databases, eventLoop) = lock.withLock { (self.databases, self.eventLoop) }
        guard let databases, let eventLoop, let database = databases.database(.sqlite, logger: logger, on: eventLoop)
        else {
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
            defer {
                databases = nil
                threadPool = nil
                eventLoop = nil
            }
            return (databases, threadPool)
        }
    }
}
