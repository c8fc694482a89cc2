import Fluent

/// Triage of complaints and suggestions: what each is about and how urgent it is.
struct M0029_FeedbackTriage: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("feedback").field("category", .string).update()
        try await database.schema("feedback").field("priority", .string, .required, .sql(.default("normal"))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("feedback").deleteField("priority").update()
        try await database.schema("feedback").deleteField("category").update()
    }
}
