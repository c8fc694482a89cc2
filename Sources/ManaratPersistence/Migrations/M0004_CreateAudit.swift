import Fluent

/// Creates the hash-chained `audit_entries` and its one-row `audit_head`.
struct M0004_CreateAudit: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_entries")
            .id()
            .field("sequence", .int64, .required)
            .field("occurred_at", .datetime, .required)
            .field("actor_id", .uuid)
            .field("actor_name", .string, .required)
            .field("acting_role", .string)
            .field("action", .string, .required)
            .field("record_type", .string, .required)
            .field("record_id", .string)
            .field("summary", .string, .required)
            .field("client_ip", .string)
            .field("previous_hash", .string, .required)
            .field("hash", .string, .required)
            .unique(on: "sequence")
            .create()
        try await database.schema("audit_head")
            .field("id", .int, .identifier(auto: false))
            .field("last_sequence", .int64, .required)
            .field("last_hash", .string, .required)
            .create()
        let head = AuditHeadModel()
        head.id = 1
        head.lastSequence = 0
        head.lastHash = ""
        try await head.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_head").delete()
        try await database.schema("audit_entries").delete()
    }
}
