import Fluent

/// The idempotency keys of form submissions: the key each rendered form carries, and the record
/// its first submission created, so that a retried submission finds that record instead of making
/// a second one.
///
/// No index on `created_at`: the table holds a week of posts (retention purges it daily with one
/// scan), while every public post would pay for the index inside the serialized write section.
struct M0034_CreateSubmissions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("submissions")
            .field("key", .string, .identifier(auto: false))
            .field("record_id", .uuid, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("submissions").delete()
    }
}
