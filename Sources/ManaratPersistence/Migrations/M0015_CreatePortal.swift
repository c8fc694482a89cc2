import Fluent

/// The beneficiary portal: sessions for beneficiaries, one-time codes, the message log the
/// development sender writes to, service ratings and data-subject requests.
struct M0015_CreatePortal: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sessions")
            .field("beneficiary_id", .uuid)
            .update()
        try await database.schema("portal_codes")
            .id()
            .field("identity_number", .string, .required)
            .field("beneficiary_id", .uuid)
            .field("code_hash", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("attempts", .int, .required)
            .field("consumed_at", .datetime)
            .create()
        try await database.schema("messages")
            .id()
            .field("recipient_kind", .string, .required)
            .field("recipient_id", .uuid)
            .field("channel", .string, .required)
            .field("address", .string, .required)
            .field("body", .string, .required)
            .field("status", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("service_ratings")
            .id()
            .field("request_id", .uuid, .required, .references("support_requests", "id", onDelete: .cascade))
            .field("beneficiary_id", .uuid, .required)
            .field("score", .int, .required)
            .field("comment", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "request_id")
            .create()
        try await database.schema("data_requests")
            .id()
            .field("beneficiary_id", .uuid, .required, .references("beneficiaries", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("details", .string, .required)
            .field("status", .string, .required)
            .field("due_on", .string, .required)
            .field("answer", .string, .required)
            .field("created_at", .datetime, .required)
            .field("answered_at", .datetime)
            .create()
        try await IndexSpec.create(
            [
                IndexSpec("idx_sessions_beneficiary", on: "sessions", ["beneficiary_id"]),
                IndexSpec("idx_portal_codes_identity", on: "portal_codes", ["identity_number", "created_at"]),
                IndexSpec("idx_messages_created", on: "messages", ["created_at"]),
                IndexSpec("idx_data_requests_status", on: "data_requests", ["status", "due_on"]),
                IndexSpec("idx_data_requests_beneficiary", on: "data_requests", ["beneficiary_id"]),
            ], on: database)
    }

    func revert(on database: any Database) async throws {
        for table in ["data_requests", "service_ratings", "messages", "portal_codes"] {
            try await database.schema(table).delete()
        }
        try await database.schema("sessions").deleteField("beneficiary_id").update()
    }
}
