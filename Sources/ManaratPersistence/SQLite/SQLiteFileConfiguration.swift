import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import ManaratDomain
import NIOConcurrencyHelpers
import NIOCore
import SQLKit

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
    let ids: IDGenerator

    init(path: String, protection: DataProtection, ids: IDGenerator) {
        inner = DatabaseConfigurationFactory.sqlite(.file(path), maxConnectionsPerEventLoop: 1).make()
        file = URL(fileURLWithPath: path).standardizedFileURL.path
        writer = SQLiteWriterConnection(path: path, protection: protection, ids: ids)
        self.protection = protection
        self.ids = ids
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
