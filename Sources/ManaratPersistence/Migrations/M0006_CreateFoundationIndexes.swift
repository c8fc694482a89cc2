import Fluent
import SQLKit

/// Indexes for the audit log's filters and for finding a staff member's sessions.
///
/// Fluent's schema builder cannot create indexes, so these go through SQLKit, which writes the
/// same statement for SQLite and PostgreSQL.
struct M0006_CreateFoundationIndexes: AsyncMigration {
    private static let indexes: [IndexSpec] = [
        IndexSpec("idx_audit_occurred_at", on: "audit_entries", ["occurred_at"]),
        IndexSpec("idx_audit_actor", on: "audit_entries", ["actor_id", "occurred_at"]),
        IndexSpec("idx_audit_record", on: "audit_entries", ["record_type", "record_id"]),
        IndexSpec("idx_audit_action", on: "audit_entries", ["action", "occurred_at"]),
        IndexSpec("idx_sessions_staff", on: "sessions", ["staff_id"]),
        IndexSpec("idx_staff_branch", on: "staff", ["branch_id"]),
        IndexSpec("idx_staff_roles_role", on: "staff_roles", ["role"]),
    ]

    func prepare(on database: any Database) async throws {
        try await IndexSpec.create(Self.indexes, on: database)
    }

    func revert(on database: any Database) async throws {
        try await IndexSpec.drop(Self.indexes, on: database)
    }
}
