import Fluent

/// Satisfaction surveys an administrator defines, the invitations sent after each service and
/// answered inquiry (a hashed one-time token each), and the answers.
struct M0023_CreateSurveys: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("surveys")
            .id()
            .field("scope", .string, .required)
            .field("title_ar", .string, .required)
            .field("title_en", .string, .required)
            .field("questions", .string, .required)
            .field("is_active", .bool, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.schema("survey_invitations")
            .id()
            .field("token_hash", .string, .required)
            .field("previous_token_hash", .string)
            .field("scope", .string, .required)
            .field("subject_kind", .string, .required)
            .field("subject_id", .uuid, .required)
            .field("beneficiary_id", .uuid, .required, .references("beneficiaries", "id", onDelete: .cascade))
            .field("branch_id", .uuid)
            .field("channel", .string, .required)
            .field("staff_id", .uuid)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("answered_at", .datetime)
            .field("reminded_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.schema("survey_responses")
            .id()
            .field("invitation_id", .uuid, .required, .references("survey_invitations", "id", onDelete: .cascade))
            .field("survey_id", .uuid)
            .field("rating", .int, .required)
            .field("answers", .string, .required)
            .field("comment", .string, .required)
            .field("answered_via", .string, .required)
            .field("answered_at", .datetime, .required)
            .unique(on: "invitation_id")
            .create()
        try await IndexSpec.create(
            [
                IndexSpec("idx_survey_invitations_created", on: "survey_invitations", ["created_at"]),
                IndexSpec("idx_survey_invitations_staff", on: "survey_invitations", ["staff_id", "created_at"]),
                IndexSpec("idx_survey_invitations_subject", on: "survey_invitations", ["subject_id"]),
                IndexSpec("idx_survey_invitations_previous_token", on: "survey_invitations", ["previous_token_hash"]),
                IndexSpec("idx_surveys_scope", on: "surveys", ["scope"]),
            ], on: database)
    }

    func revert(on database: any Database) async throws {
        for table in ["survey_responses", "survey_invitations", "surveys"] {
            try await database.schema(table).delete()
        }
    }
}
