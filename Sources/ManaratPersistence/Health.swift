import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit

/// A trivial query that proves the database answers.
public enum ManaratPersistenceHealth {
    /// Runs `SELECT 1`.
    public static func check(_ database: any Database) async throws -> Bool {
        guard let sql = database as? any SQLDatabase else { return false }
        try await sql.raw("SELECT 1").run()
        return true
    }
}

/// Failures of the storage itself that a person should hear about plainly.
public enum StorageFailure {
    /// Whether `error` says the database could not grow: the disk (or SQLite's size limit) is full.
    ///
    /// SQLite answers SQLITE_FULL and rolls the transaction back; PostgreSQL answers SQLSTATE
    /// 53100 (disk_full). Either way nothing of the write was saved.
    public static func isDiskFull(_ error: any Error) -> Bool {
        if let sqlite = error as? SQLiteError, sqlite.reason == .full { return true }
        if let postgres = error as? PSQLError, postgres.serverInfo?[.sqlState] == "53100" { return true }
        return false
    }
}
