import Fluent

/// The idempotency keys of form submissions: the key each rendered form carries, and the record
/// its first submission created, so that a retried submission finds that record instead of making
/// a second one.
struct M0034_CreateSubmissions: AsyncMigration {
    private static let index = IndexSpec("idx_submissions_created", on: "submissions", ["created_at"])

    func prepare(on database: any Database) async throws {
        try await database.schema("submissions")
            .field("key", .string, .identifier(auto: false))
            .field("record_id", .uuid, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await IndexSpec.create([Self.index], on: database)
    }

    func revert(on database: any Database) async throws {
        try await IndexSpec.drop([Self.index], on: database)
        try await database.schema("submissions").delete()
    }
}
