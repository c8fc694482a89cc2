import Fluent

/// Creates complaints and suggestions.
struct M0019_CreateFeedback: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("feedback")
            .id()
            .field("reference", .string, .required)
            .field("kind", .string, .required)
            .field("beneficiary_id", .uuid, .references("beneficiaries", "id", onDelete: .setNull))
            .field("contact_name", .string, .required)
            .field("contact_phone", .string, .required)
            .field("channel", .string, .required)
            .field("text", .string, .required)
            .field("status", .string, .required)
            .field("assigned_to", .uuid)
            .field("notes", .string, .required)
            .field("response", .string, .required)
            .field("action", .string)
            .field("no_action_reason", .string, .required)
            .field("due_on", .string, .required)
            .field("closed_at", .datetime)
            .field("appeal", .string, .required)
            .field("appeals", .int, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "reference")
            .create()
        let counter = CounterModel()
        counter.id = "feedback_reference"
        counter.value = 0
        try await counter.create(on: database)
        try await IndexSpec.create(
            [
                IndexSpec("idx_feedback_status_due", on: "feedback", ["status", "due_on"]),
                IndexSpec("idx_feedback_beneficiary", on: "feedback", ["beneficiary_id", "created_at"]),
            ], on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("feedback").delete()
        try await CounterModel.query(on: database).filter(\.$id == "feedback_reference").delete()
    }
}
