import Fluent

/// The notifications outbox, the administrators' templates, each beneficiary's notification
/// preference, and the leases that let a scheduled job run on one instance at a time.
struct M0022_CreateOutbox: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("notifications")
            .id()
            .field("event", .string, .required)
            .field("recipient_kind", .string, .required)
            .field("recipient_id", .uuid)
            .field("related_id", .uuid)
            .field("channel", .string, .required)
            .field("address", .string, .required)
            .field("language", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("parameters", .string, .required)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime, .required)
            .field("lease_until", .datetime)
            .field("claim", .string)
            .field("provider_answer", .string, .required)
            .field("dedupe_key", .string)
            .field("created_at", .datetime, .required)
            .field("sent_at", .datetime)
            .field("read_at", .datetime)
            .unique(on: "dedupe_key")
            .create()
        try await database.schema("notification_templates")
            .id()
            .field("event", .string, .required)
            .field("channel", .string, .required)
            .field("language", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("updated_by", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "event", "channel", "language")
            .create()
        try await database.schema("notification_preferences")
            .field(
                "beneficiary_id", .uuid, .identifier(auto: false),
                .references("beneficiaries", "id", onDelete: .cascade)
            )
            .field("channel", .string)
            .field("email", .string, .required)
            .field("opted_out", .bool, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.schema("job_leases")
            .field("name", .string, .identifier(auto: false))
            .field("holder", .string, .required)
            .field("lease_until", .datetime, .required)
            .field("last_run_at", .datetime)
            .create()
        try await IndexSpec.create(
            [
                IndexSpec("idx_notifications_due", on: "notifications", ["status", "next_attempt_at"]),
                IndexSpec("idx_notifications_claim", on: "notifications", ["claim"]),
                IndexSpec(
                    "idx_notifications_recipient", on: "notifications", ["recipient_id", "channel", "created_at"]),
                IndexSpec("idx_notifications_created", on: "notifications", ["created_at"]),
            ], on: database)
    }

    func revert(on database: any Database) async throws {
        for table in ["job_leases", "notification_preferences", "notification_templates", "notifications"] {
            try await database.schema(table).delete()
        }
    }
}
