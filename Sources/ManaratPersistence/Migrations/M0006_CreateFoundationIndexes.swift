import Fluent
import SQLKit

/// Indexes for the audit log's filters and for finding a staff member's sessions.
///
/// Fluent's schema builder cannot create indexes, so these go through SQLKit, which writes the
/// same statement for SQLite and PostgreSQL.
struct M0006_CreateFoundationIndexes: AsyncMigration {
    private static let indexes: [(name: String, table: String, columns: [String])] = [
        ("idx_audit_occurred_at", "audit_entries", ["occurred_at"]),
        ("idx_audit_actor", "audit_entries", ["actor_id", "occurred_at"]),
        ("idx_audit_record", "audit_entries", ["record_type", "record_id"]),
        ("idx_audit_action", "audit_entries", ["action", "occurred_at"]),
        ("idx_sessions_staff", "sessions", ["staff_id"]),
        ("idx_staff_branch", "staff", ["branch_id"]),
        ("idx_staff_roles_role", "staff_roles", ["role"]),
    ]

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in Self.indexes {
            var builder = sql.create(index: index.name).on(index.table)
            for column in index.columns { builder = builder.column(column) }
            try await builder.run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in Self.indexes {
            try await sql.drop(index: index.name).run()
        }
    }
}
