import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import ManaratDomain
import NIOConcurrencyHelpers
import NIOCore
import SQLKit

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
