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
