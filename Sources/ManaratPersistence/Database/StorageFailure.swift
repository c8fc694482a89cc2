import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit

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

    /// What the log says of a failed request's error, for the operator: the whole error, except
    /// that a PostgreSQL error keeps only its code, SQLSTATE and message. Its full reflection
    /// carries the statement's bound values, which may be an identity number typed into a search.
    public static func logText(_ error: any Error) -> String {
        guard let postgres = error as? PSQLError else { return String(reflecting: error) }
        let state = postgres.serverInfo?[.sqlState] ?? "-"
        let message = postgres.serverInfo?[.message] ?? "no server message"
        return "PostgreSQL \(postgres.code) [SQLSTATE \(state)] \(message)"
    }
}
